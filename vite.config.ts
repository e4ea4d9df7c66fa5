import { defineConfig } from 'vite'
import { frenchControlsPlugin } from './scripts/french-controls.mjs'
import { hostingPlugin } from './scripts/hosting.mjs'
import { leanClient } from './scripts/lean-client.mjs'
import { narrativePlugin } from './scripts/narrative-plugin.mjs'
import { readingHtmlPlugin } from './scripts/reading-html.mjs'
import { slideEntryCss } from './scripts/slide-entry-css.mjs'
import { wakeLockPlugin } from './scripts/wake-lock.mjs'

export default defineConfig({
  // CSP <meta> and a complete web manifest in the built site (scripts/hosting.mjs); a client without the
  // parts of Slidev this deck never uses, so slide 1 loads only what it draws (scripts/lean-client.mjs);
  // the talk's narrative for the reading page alone (scripts/narrative-plugin.mjs); styles that let a slide
  // change classes without restyling all it holds (scripts/slide-entry-css.mjs); Slidev's controls named in
  // French (scripts/french-controls.mjs); a screen wake lock that a refusal does not break (scripts/wake-lock.mjs);
  // the reading page as HTML (scripts/reading-html.mjs).
  plugins: [hostingPlugin(), leanClient(), narrativePlugin(), slideEntryCss(), frenchControlsPlugin(), wakeLockPlugin(), readingHtmlPlugin()],
  server: {
    // Builds, exports and test output land in the project folder; watching them reloaded the deck mid-run.
    watch: { ignored: ['**/dist*/**', '**/exports/**', '**/test-results*/**', '**/playwright-report/**'] },
  },
  optimizeDeps: {
    // Slidev's dev server (dev, `slidev export`) scans only its own entry for npm dependencies; one
    // imported by our components alone (qrcode) was found mid-load, and Vite's reload left the first
    // export after a fresh install as blank "Loading slide..." pages. Scanning our sources finds them upfront.
    entries: ['components/**/*.vue', 'composables/**/*.ts', 'setup/**/*.ts'],
  },
  build: {
    rollupOptions: {
      output: {
        // Slidev's own chunking (node_modules/@slidev/cli/dist/serve-*.mjs, createConfigPlugin) minus two rules:
        // it puts every icon of the deck in one chunk, which slide 1 loads as soon as any icon is on it (without
        // that rule each icon travels with the demo or slide that draws it), and Shiki's modules in one chunk,
        // which held Vue and floating-vue, and now only a stylesheet that slide 1 waited for on its own.
        manualChunks(id: string) {
          const module = ['file-saver', 'vue', '@vue'].find(name => id.includes(`/node_modules/${name}`))
          if (module)
            return `modules/${module.replace('@', '').replace('/', '-')}`
        },
      },
    },
  },
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
