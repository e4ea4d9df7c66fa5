import { defineConfig } from 'vite'

export default defineConfig({
  css: {
    lightningcss: {
      // Slidev 52.20.1's own code-line-number CSS nests a `dark:` rule that lightningcss cannot
      // minify with unocss 66.10.5 (the newest this registry serves); error recovery drops that one
      // rule instead of failing the build. Remove once Slidev and unocss versions line up again.
      errorRecovery: true,
    },
  },
})
