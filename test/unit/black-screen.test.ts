import type { NavOperations, ShortcutOptions } from '@slidev/types'
import { describe, expect, it } from 'vitest'
import { computed, ref } from 'vue'
import { BLACK_SCREEN_SHORTCUT, withBlackScreen } from '../../composables/blackScreen'

function setup() {
  const moved: string[] = []
  const move = (name: string) => () => void moved.push(name)
  const nav = { next: move('next'), prev: move('prev'), nextSlide: move('nextSlide'), prevSlide: move('prevSlide'), goFirst: move('goFirst'), goLast: move('goLast'), toggleDark: move('dark') } as unknown as NavOperations
  // Slidev's base shortcuts, as setup/shortcuts.ts in @slidev/client names them (a few of each kind).
  const base: ShortcutOptions[] = [
    { name: 'next_right', key: 'right', fn: nav.next, autoRepeat: true },
    { name: 'prev_left', key: 'left', fn: nav.prev, autoRepeat: true },
    { name: 'next_down', key: 'down', fn: nav.nextSlide, autoRepeat: true },
    { name: 'toggle_dark', key: 'd', fn: nav.toggleDark },
  ]
  const blanked = ref(false)
  const screen = { blanked: computed(() => blanked.value), toggle: () => (blanked.value = !blanked.value), reveal: () => (blanked.value = false) }
  const key = ref(false)
  const shortcuts = withBlackScreen(nav, base, screen, key)
  const press = (name: string) => shortcuts.find(s => s.name === name)!.fn!()
  return { base, blanked, key, moved, press, shortcuts }
}

describe('withBlackScreen: the clicker\'s black screen among Slidev\'s shortcuts', () => {
  it('adds one shortcut on the given key that blanks the screen and brings it back', () => {
    const { blanked, key, press, shortcuts } = setup()
    expect(shortcuts.filter(s => s.name === BLACK_SCREEN_SHORTCUT).map(s => s.key)).toEqual([key])
    press(BLACK_SCREEN_SHORTCUT)
    expect(blanked.value).toBe(true)
    press(BLACK_SCREEN_SHORTCUT)
    expect(blanked.value).toBe(false)
  })
  it('moves as Slidev does while the screen is lit', () => {
    const { moved, press } = setup()
    press('next_right')
    press('prev_left')
    press('next_down')
    expect(moved).toEqual(['next', 'prev', 'nextSlide'])
  })
  it('while black, a navigation key only brings the screen back, where it was; the next one moves', () => {
    const { blanked, moved, press } = setup()
    for (const name of ['next_right', 'prev_left', 'next_down']) {
      press(BLACK_SCREEN_SHORTCUT)
      press(name)
      expect(blanked.value, name).toBe(false)
    }
    expect(moved).toEqual([])
    press('next_right')
    expect(moved).toEqual(['next'])
  })
  it('keeps every other shortcut as Slidev gave it, with its key and repeat', () => {
    const { base, shortcuts } = setup()
    expect(shortcuts.find(s => s.name === 'toggle_dark')).toBe(base[3])
    expect(shortcuts.slice(0, 3).map(({ name, key, autoRepeat }) => ({ name, key, autoRepeat })))
      .toEqual(base.slice(0, 3).map(({ name, key, autoRepeat }) => ({ name, key, autoRepeat })))
  })
})
