// Workaround: one press, one move. Slidev repeats a held navigation key with a timer (logic/shortcuts.ts,
// `autoRepeat`): 1 s after a keydown it moves again if it has not yet seen the keyup. On a busy page the keyup
// can be handled after that timer (Slidev mounts every slide in one task 3 s after load, over a second of CPU
// on a loaded or slow machine), and a single press moves twice: seen in `npm test`, where one ArrowDown went
// from slide 13 to 15 and, another time, from 14 to 16. This turns the timed repeat off for Slidev's shortcuts.
// Buys: a clicker's press moves one step, however busy the page. Costs: holding an arrow key moves once.
// Remove when: Slidev repeats on the keyboard's own repeated keydowns (`event.repeat`) rather than a timer.
// Guard: workarounds/single-press.test.ts checks Slidev's shortcuts still repeat on a timer.
import type { ShortcutOptions } from '@slidev/types'

/** Slidev's shortcuts with no timed repeat. */
export function withoutTimedRepeat(shortcuts: ShortcutOptions[]): ShortcutOptions[] {
  return shortcuts.map(shortcut => shortcut.autoRepeat ? { ...shortcut, autoRepeat: false } : shortcut)
}
