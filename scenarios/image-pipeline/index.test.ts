import type { PipelineState } from '.'
import { describe, expect, it } from 'vitest'
import { allStates, stateAt, stepCount } from '../scenario'
import { advance, imagePipeline, push, STAGES } from '.'

const last = stepCount(imagePipeline)

function invariants(state: PipelineState) {
  for (const r of state.runs) {
    const statuses = STAGES.map(s => r.stages[s])
    const failedAt = statuses.indexOf('failed')
    const image = state.registry.find(i => i.version === r.version)
    // A stage passes only after every stage before it passed.
    statuses.forEach((s, i) => {
      if (s === 'passed' || s === 'failed')
        expect(statuses.slice(0, i).every(x => x === 'passed')).toBe(true)
    })
    if (failedAt >= 0) {
      expect(statuses.slice(failedAt + 1).every(s => s === 'skipped')).toBe(true)
      expect(image).toBeUndefined()
    }
    expect(Boolean(image)).toBe(r.stages.image === 'passed')
    expect(Boolean(image?.deployable)).toBe(r.stages.ready === 'passed')
  }
}

describe('image pipeline', () => {
  it('keeps the pipeline rules at every step', () => {
    allStates(imagePipeline).forEach(invariants)
  })

  it('turns the first commit into a deployable, versioned image', () => {
    const states = allStates(imagePipeline)
    const baked = states.findIndex(s => s.registry.some(i => i.version === 'v42'))
    expect(baked).toBeGreaterThan(0)
    expect(states[baked].registry).toContainEqual({ name: 'resto-api', version: 'v42', deployable: false })
    expect(states[baked + 1].registry).toContainEqual({ name: 'resto-api', version: 'v42', deployable: true })
    expect(states[baked - 1].runs[0].stages.test).toBe('passed')
  })

  it('stops the second run at its failing test: no image, nothing new to deploy', () => {
    const end = stateAt(imagePipeline, last)
    const second = end.runs[1]
    expect(second.stages).toEqual({ commit: 'passed', build: 'passed', test: 'failed', image: 'skipped', ready: 'skipped' })
    expect(end.registry.map(i => i.version)).toEqual(['v41', 'v42'])
    expect(end.registry.every(i => i.deployable)).toBe(true)
  })

  it('never yields a deployable image from a failed test, whatever comes after', () => {
    let state = stateAt(imagePipeline, last)
    for (let i = 0; i < 5; i++) {
      state = advance('run-2', 'passed', '').apply(state)
      invariants(state)
    }
    expect(state.registry.some(img => img.version === 'v43')).toBe(false)
    const failingBuild = push({ id: 'run-3', label: '', commit: 'x', message: '', version: 'v44' }, '').apply(state)
    const stopped = [advance('run-3', 'failed', ''), advance('run-3', 'passed', ''), advance('run-3', 'passed', '')]
      .reduce((s, step) => step.apply(s), failingBuild)
    invariants(stopped)
    expect(stopped.registry.some(img => img.version === 'v44')).toBe(false)
  })

  it('clamps out-of-range steps to the first or last state', () => {
    expect(stateAt(imagePipeline, -1)).toBe(imagePipeline.initial)
    expect(stateAt(imagePipeline, 99)).toBe(stateAt(imagePipeline, last))
  })
})
