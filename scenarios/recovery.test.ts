import type { Timed } from './recovery'
import { describe, expect, it } from 'vitest'
import { restaurantLocator } from './topology'
import { badgeBox, firstEvent, formatDuration, formatTimeOfDay, readableSize, shownScale, timedStep, withoutVersions } from './recovery'

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

  it('writes a time of day as HH:MM, and durations as the talk says them', () => {
    expect(formatTimeOfDay(14 * 60 + 30)).toBe('14:30')
    expect(formatTimeOfDay(9 * 60 + 5)).toBe('09:05')
    expect(formatTimeOfDay(24 * 60 + 1)).toBe('00:01')
    expect(formatDuration(40, 'seconds')).toBe('40 s')
    expect(formatDuration(155, 'seconds')).toBe('2 min 35')
    expect(formatDuration(120, 'seconds')).toBe('2 min')
    expect(formatDuration(50, 'minutes')).toBe('50 min')
    expect(formatDuration(150, 'minutes')).toBe('2 h 30')
    expect(formatDuration(240, 'minutes')).toBe('4 h')
    expect(formatDuration(-3, 'minutes')).toBe('0 min')
  })

  it('sizes labels to read as 14 px once the drawing is scaled to its shown height', () => {
    const shown = { viewBox: { width: 1000, height: 400 }, max: { width: 900, height: 350 } }
    expect(shownScale(shown)).toBe(0.875)
    expect(readableSize(shown)).toBe(16)
    expect(shownScale({ ...shown, max: { width: 500, height: 350 } })).toBe(0.5)
    expect(readableSize({ ...shown, max: { width: 300, height: 350 } }) * 0.3).toBeGreaterThanOrEqual(14)
    expect(badgeBox('Servis', 20, true).width - badgeBox('Servis', 20, false).width).toBe(26)
    expect(badgeBox('Servis', 20, false).height).toBe(32)
  })

  it('drops version pills, handing back the same machine object for an unchanged machine', () => {
    const infra = restaurantLocator()
    const once = withoutVersions(infra)
    expect(once.machines.every(m => m.version === undefined)).toBe(true)
    expect(once.machines.map(m => m.id)).toEqual(infra.machines.map(m => m.id))
    expect(withoutVersions({ ...infra }).machines[1]).toBe(once.machines[1])
  })
})
