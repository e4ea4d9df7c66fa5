import type { ShortcutOptions } from '@slidev/types'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { withoutTimedRepeat } from './single-press'

describe('workaround single-press (workarounds/single-press.ts)', () => {
  it('turns the timed repeat off and keeps everything else of each shortcut', () => {
    const fn = () => {}
    const base: ShortcutOptions[] = [{ name: 'next_down', key: 'down', fn, autoRepeat: true }, { name: 'toggle_dark', key: 'd', fn }]
    expect(withoutTimedRepeat(base)).toEqual([{ name: 'next_down', key: 'down', fn, autoRepeat: false }, { name: 'toggle_dark', key: 'd', fn }])
  })
  it('is still needed: Slidev repeats a held key on a timer, not on the keyboard\'s repeated keydowns', () => {
    const source = readFileSync('node_modules/@slidev/client/logic/shortcuts.ts', 'utf8')
    expect(source, 'single-press: Slidev no longer repeats on a timer; remove workarounds/single-press.ts').toMatch(/timer = setTimeout\(trigger, /)
  })
})
