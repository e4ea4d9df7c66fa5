import type { BlackScreen } from './blackScreen'
import { sharedState } from '@slidev/client'
import { magicKeys } from '../workarounds/slidev-internals'
import { computed } from 'vue'

/**
 * Slidev's state shared between the presenter view and the slide views (BroadcastChannel in a built deck,
 * the dev server's socket in `npm run dev`), with one more field: whether the screen is blanked. Blanking
 * in either window blanks both. In a built deck a window opened later starts lit; the dev server keeps the state.
 */
const shared = sharedState as typeof sharedState & { blackScreen?: boolean }

/** The black screen, the same in every window of the talk. */
export function useBlackScreen(): BlackScreen {
  return {
    blanked: computed(() => shared.blackScreen === true),
    toggle: () => (shared.blackScreen = !shared.blackScreen),
    reveal: () => (shared.blackScreen = false),
  }
}

/**
 * The keys presenters' remotes send for "black screen" (Logitech, Kensington): `b`, and `.` by its character
 * or by its place on the keyboard (`Period`: on a French AZERTY keyboard that key types ":" and "." needs Shift).
 * Not with Ctrl, Alt or Meta, which belong to the browser.
 */
export const blackScreenKey = computed(() => (magicKeys.b.value || magicKeys['.'].value || magicKeys.period.value)
  && !magicKeys.ctrl.value && !magicKeys.alt.value && !magicKeys.meta.value)
