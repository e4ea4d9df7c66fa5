// Workaround: the dev server scans our sources for npm dependencies. Slidev's dev server (dev, `slidev export`)
// scans only its own entry; a dependency imported by our components alone (qrcode) was found mid-load, and
// Vite's reload left the first export after a fresh install as blank "Loading slide..." pages.
// Buys: every dependency is pre-bundled before the first page loads: no reload mid-load, no blank export.
// Remove when: Slidev's dev server scans the deck's components, composables and setup files itself.
// Guard: workarounds/guards.test.ts checks vite.config.ts scans these entries and that they cover every file
// importing an npm package Slidev's client does not depend on (a static check: what the dev server finds late
// depends on timing).

/** Where Vite looks for npm imports before serving anything (`optimizeDeps.entries`). */
export const DEP_SCAN_ENTRIES = ['components/**/*.vue', 'composables/**/*.ts', 'setup/**/*.ts']
