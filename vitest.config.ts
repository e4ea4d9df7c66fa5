import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['scenarios/**/*.test.ts', 'scripts/**/*.test.ts', 'test/unit/**/*.test.ts'],
    environment: 'node',
  },
})
