import { configDefaults, defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['scenarios/**/*.test.ts', 'scripts/**/*.test.ts', 'test/unit/**/*.test.ts', 'workarounds/**/*.test.ts'],
    // Checks of the built deck: `npm test` runs them once the build is made (vitest.dist.config.ts).
    exclude: [...configDefaults.exclude, '**/*.dist.test.ts'],
    environment: 'node',
  },
})
