import type { DriftState } from '.'
import { describe, expect, it } from 'vitest'
import { allStates, captionAt, stateAt, stepCount } from '../scenario'
import { CONFIG_KEYS, differences, intervene, releaseByHand, servers, snowflakeDrift } from '.'

const last = stepCount(snowflakeDrift)

/** Independent of `differences`: the keys on which at least two servers disagree. */
function disagreeing(state: DriftState): string[] {
  const ids = servers(state).map(m => m.id)
  return CONFIG_KEYS.filter(key => new Set(ids.map(id => state.configs[id][key])).size > 1)
}

describe('snowflake drift', () => {
  it('starts with four identical servers and an empty difference panel', () => {
    const start = stateAt(snowflakeDrift, 0)
    expect(servers(start)).toHaveLength(4)
    const configs = servers(start).map(m => JSON.stringify(start.configs[m.id]))
    expect(new Set(configs).size).toBe(1)
    expect(new Set(servers(start).map(m => `${m.version}/${m.status}`)).size).toBe(1)
    expect(differences(start)).toEqual([])
  })

  it('ends with every server different from the others', () => {
    const end = stateAt(snowflakeDrift, last)
    const configs = servers(end).map(m => JSON.stringify(end.configs[m.id]))
    expect(new Set(configs).size).toBe(4)
  })

  it('lists exactly the differences at every step, with each server’s value', () => {
    for (const state of allStates(snowflakeDrift)) {
      const diffs = differences(state)
      expect(diffs.map(d => d.key)).toEqual(disagreeing(state))
      for (const d of diffs) {
        for (const v of d.values)
          expect(v.value).toBe(state.configs[v.server][d.key])
        expect(d.values.some(v => v.outlier)).toBe(true)
        expect(d.values.some(v => !v.outlier)).toBe(true)
      }
    }
  })

  it('makes one manual change per click before the release', () => {
    const states = allStates(snowflakeDrift)
    for (let k = 1; k < last; k++)
      expect(differences(states[k])).toHaveLength(differences(states[k - 1]).length + 1)
  })

  it('fails the hand-applied release exactly on the servers whose config differs from what it was tested on', () => {
    const end = stateAt(snowflakeDrift, last)
    const failing = servers(end).filter(m => m.status === 'failing').map(m => m.id)
    // The hand edit of March breaks it, not a package: v42 was tested with the standard delay.
    expect(failing).toEqual(['srv-4'])
    expect(end.configs['srv-4'].timeout).not.toBe(end.configs['srv-1'].timeout)
    expect(servers(end).every(m => m.version === 'v42')).toBe(true)
    expect(servers(stateAt(snowflakeDrift, last - 1)).every(m => m.status === 'healthy')).toBe(true)
  })

  it('would have passed on an untouched fleet', () => {
    const release = releaseByHand({ version: 'v42', requires: { timeout: '30 s' } }, '')
    const drifted = intervene('srv-3', 'timeout', '90 s', '').apply(snowflakeDrift.initial)
    expect(servers(release.apply(snowflakeDrift.initial)).every(m => m.status === 'healthy')).toBe(true)
    expect(servers(release.apply(drifted)).filter(m => m.status === 'failing').map(m => m.id)).toEqual(['srv-3'])
  })

  it('clamps out-of-range steps to the first or last state', () => {
    expect(stateAt(snowflakeDrift, -5)).toBe(stateAt(snowflakeDrift, 0))
    expect(stateAt(snowflakeDrift, 1e9)).toBe(stateAt(snowflakeDrift, last))
    expect(captionAt(snowflakeDrift, Number.NaN)).toBe(snowflakeDrift.intro)
  })
})
