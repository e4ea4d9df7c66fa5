import { defineConfig } from 'vitest/config'

// The checks that read the built deck ($DIST, $DIST_SUB): `npm test` runs them after its builds.
export default defineConfig({
  test: {
    include: ['**/*.dist.test.ts'],
    exclude: ['node_modules/**', 'dist*/**'],
    environment: 'node',
  },
})
