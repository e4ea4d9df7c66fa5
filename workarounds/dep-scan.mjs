// Workaround: the dev server scans our sources for npm dependencies. Slidev's dev server (dev, `slidev export`)
// scans only its own entry; a dependency imported by our components alone (qrcode) was found mid-load, and
// Vite's reload left the first export after a fresh install as blank "Loading slide..." pages.
// Buys: every dependency is pre-bundled before the first page loads: no reload mid-load, no blank export.
// Remove when: Slidev's dev server scans the deck's components, composables and setup files itself.
// Guard: test/browser/dev.spec.ts starts the dev server on a fresh dependency cache and fails if Vite had
// to optimise a dependency after the start.

/** Where Vite looks for npm imports before serving anything (`optimizeDeps.entries`). */
export const DEP_SCAN_ENTRIES = ['components/**/*.vue', 'composables/**/*.ts', 'setup/**/*.ts']
