import type { Scenario } from './scenario'
import { describe, expect, it } from 'vitest'
import { allStates, captionAt, clampStep, stateAt, stepCount } from './scenario'

const counter: Scenario<{ n: number }> = {
  id: 'counter',
  title: 'Counter',
  intro: 'zero',
  initial: { n: 0 },
  steps: [
    { caption: 'one', apply: s => ({ n: s.n + 1 }) },
    { caption: 'two', apply: s => ({ n: s.n + 1 }) },
  ],
}

describe('scenario', () => {
  it('gives the state after k steps, starting from the initial state', () => {
    expect(stateAt(counter, 0)).toEqual({ n: 0 })
    expect(stateAt(counter, 2)).toEqual({ n: 2 })
    expect(stepCount(counter)).toBe(2)
  })

  it('clamps any step number to a valid state', () => {
    expect(clampStep(counter, -3)).toBe(0)
    expect(clampStep(counter, 99)).toBe(2)
    expect(clampStep(counter, 1.7)).toBe(1)
    expect(clampStep(counter, Number.NaN)).toBe(0)
    expect(clampStep(counter, Number.POSITIVE_INFINITY)).toBe(2)
    expect(stateAt(counter, 99)).toEqual({ n: 2 })
  })

  it('captions step 0 with the intro and step k with the k-th step', () => {
    expect(captionAt(counter, 0)).toBe('zero')
    expect(captionAt(counter, 1)).toBe('one')
    expect(captionAt(counter, 7)).toBe('two')
  })

  it('returns the same state object for the same step (pure and cached)', () => {
    expect(stateAt(counter, 1)).toBe(stateAt(counter, 1))
    expect(allStates(counter)).toHaveLength(3)
  })
})
