import type { NavOperations, ShortcutOptions } from '@slidev/types'
import type { Ref } from 'vue'

/** The projected screen blanked to black, as a clicker's "black screen" button asks. */
export interface BlackScreen {
  blanked: Readonly<Ref<boolean>>
  toggle: () => void
  reveal: () => void
}

/** The name of the shortcut that blanks the screen or brings it back. */
export const BLACK_SCREEN_SHORTCUT = 'black_screen'

/**
 * Slidev's shortcuts plus the clicker's black-screen key (`key`): it blanks the screen, and brings it back.
 * While the screen is black, a key that would move (next, previous, next or previous slide, first, last) only
 * brings it back, on the slide and step it left: reveal.js keeps the slide where it was while paused too
 * (it ignores navigation keys then), and a speaker who presses "next" to end the pause expects to see what
 * the room saw last, not the step after it.
 */
export function withBlackScreen(nav: NavOperations, base: ShortcutOptions[], screen: BlackScreen, key: Ref<boolean>): ShortcutOptions[] {
  const moves = new Set<() => unknown>([nav.next, nav.prev, nav.nextSlide, nav.prevSlide, nav.goFirst, nav.goLast])
  const resumeOr = (move: () => unknown) => () => {
    if (screen.blanked.value)
      screen.reveal()
    else
      move()
  }
  return [
    ...base.map(shortcut => shortcut.fn && moves.has(shortcut.fn) ? { ...shortcut, fn: resumeOr(shortcut.fn) } : shortcut),
    { name: BLACK_SCREEN_SHORTCUT, key, fn: screen.toggle },
  ]
}
