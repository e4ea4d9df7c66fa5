import { defineConfig } from 'vite'
import { hostingPlugin } from './scripts/hosting.mjs'

export default defineConfig({
  // CSP <meta> and a complete web manifest in the built site (scripts/hosting.mjs).
  plugins: [hostingPlugin()],
  css: {
    lightningcss: {
      // Slidev 52.20.1's code.css uses `--uno:` shortcuts with a `dark:` variant inside `::before`;
      // unocss 66.10.5 (the newest this registry serves) expands them into nested CSS that the
      // lightningcss minifier rejects. With recovery it emits the intended rules (checked in
      // dist: line-number and inline-code styles, light and dark, are intact). Rewriting that file
      // in a pre-transform plugin does not help: unocss misplaces the expansion either way.
      // Remove once Slidev and unocss versions line up again.
      errorRecovery: true,
    },
  },
})
