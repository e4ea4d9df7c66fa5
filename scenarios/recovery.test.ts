import type { Timed } from './recovery'
import { describe, expect, it } from 'vitest'
import { firstEvent, formatClock, timedStep } from './recovery'

describe('recovery helpers', () => {
  const start: Timed & { n: number } = { at: 0, events: [], n: 0 }

  it('moves the clock to the step\'s time, records its event, applies the change, then settles', () => {
    const step = timedStep<typeof start>('c', 30, { kind: 'alert', label: 'Alerte' }, s => ({ n: s.n + 1 }), s => ({ ...s, n: s.n * 10 }))
    expect(step.caption).toBe('c')
    expect(step.apply(start)).toEqual({ at: 30, events: [{ at: 30, kind: 'alert', label: 'Alerte' }], n: 10 })
    expect(timedStep<typeof start>('', 5, null, () => ({})).apply(start)).toEqual({ ...start, at: 5 })
  })

  it('finds the first event of a kind', () => {
    const s = { at: 9, events: [{ at: 1, kind: 'action', label: 'a' }, { at: 2, kind: 'action', label: 'b' }] } as const
    expect(firstEvent(s, 'action')?.label).toBe('a')
    expect(firstEvent(s, 'alert')).toBeUndefined()
  })

  it('writes seconds as m:ss and minutes since midnight as HH:MM', () => {
    expect(formatClock(155)).toBe('2:35')
    expect(formatClock(5)).toBe('0:05')
    expect(formatClock(-3)).toBe('0:00')
    expect(formatClock(14 * 60 + 30, true)).toBe('14:30')
    expect(formatClock(9 * 60 + 5, true)).toBe('09:05')
    expect(formatClock(24 * 60 + 1, true)).toBe('00:01')
  })
})
