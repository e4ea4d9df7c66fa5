// Workaround: a screen wake lock that a refusal does not break. A Vite plugin that gives Slidev's slide view
// (pages/play.vue) composables/useScreenWakeLock.ts in place of Slidev's own useWakeLock, which leaves a refused wake lock as an uncaught rejection and never asks again
// (see that file). Slidev 52.20.1 has no setting for it; the plugin rewrites play.vue's import as Vite loads it.
// Buys: no uncaught NotAllowedError in WebKit on every load, and a lock that takes hold at the first key press.
// Remove when: Slidev's useWakeLock catches the refusal and asks again after a user gesture.
// Guard: the build fails when play.vue no longer imports useWakeLock (workarounds/slidev-source.mjs); the
// WebKit lane (test/engines) and test/browser/accessibility.spec.ts fail on an unhandled refusal.
import { fileURLToPath } from 'node:url'
import { editSource, slidevClientFile } from './slidev-source.mjs'

const SCREEN_WAKE_LOCK = fileURLToPath(new URL('../composables/useScreenWakeLock.ts', import.meta.url))

/** play.vue's source importing the deck's wake lock instead of Slidev's. */
export function withScreenWakeLock(code) {
  return editSource('pages/play.vue', code, [{
    what: 'the import of \'../composables/useWakeLock\'',
    find: /(\bimport\s*\{\s*useWakeLock\s*\}\s*from\s*)(['"])\.\.\/composables\/useWakeLock\2/g,
    replace: (_, importClause) => `${importClause}${JSON.stringify(SCREEN_WAKE_LOCK)}`,
  }], fileURLToPath(import.meta.url))
}

export function wakeLockPlugin() {
  return {
    name: 'mise-en-prod:wake-lock',
    enforce: 'pre',
    transform(code, id) {
      if (slidevClientFile(id) !== 'pages/play.vue')
        return
      try {
        return { code: withScreenWakeLock(code), map: null }
      }
      catch (error) {
        this.error(error.message)
      }
    },
  }
}
