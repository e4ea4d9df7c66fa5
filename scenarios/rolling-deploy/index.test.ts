import type { RollingState } from '.'
import { describe, expect, it } from 'vitest'
import { placeOf, serving } from '../infra'
import { allStates, stateAt, stepCount } from '../scenario'
import { SPARE_PLACES } from '../topology'
import { BACK_ENDS, boot, drain, healthyInRotation, IN_FLIGHT, passHealthCheck, remove, replace, REQUESTS_PER_STEP, ROLLBACK, rollingDeploy, ROLLOUT, ROLLOUT_STEPS, servingVersions } from '.'

const DEPLOY_STEPS = ROLLOUT_STEPS
const last = stepCount(rollingDeploy)

/** Every move of these replacements, one after the other. */
const movesOf = (replacements: typeof ROLLOUT) => replacements.flatMap(r => replace(r, ['', '', '', '', '']))

/** Every intermediate state, including those inside a click that makes a whole replacement. */
function everyMove(): RollingState[] {
  const states = [rollingDeploy.initial]
  const moves = [...movesOf(ROLLOUT), ...movesOf(ROLLBACK)]
  for (const step of moves)
    states.push(step.apply(states[states.length - 1]))
  return states
}

describe('rolling deploy', () => {
  it('never has fewer than two back ends serving, at any step nor any move between two steps', () => {
    for (const state of [...allStates(rollingDeploy), ...everyMove()])
      expect(healthyInRotation(state).length).toBeGreaterThanOrEqual(BACK_ENDS)
  })

  it('shows the first replacement move by move, then makes the second in one click', () => {
    expect(ROLLOUT_STEPS).toBe(5 + 1)
    const before = stateAt(rollingDeploy, ROLLOUT_STEPS - 1)
    const after = stateAt(rollingDeploy, ROLLOUT_STEPS)
    expect(servingVersions(before)).toEqual(['v41', 'v42'])
    expect(serving(after, 'back').map(m => m.label)).toEqual(['Back 3', 'Back 4'])
    expect(after.served - before.served).toBe(5 * REQUESTS_PER_STEP)
  })

  it('rolls back in one click, the last one, from v42 straight to v41', () => {
    expect(last).toBe(ROLLOUT_STEPS + 1)
    const before = stateAt(rollingDeploy, last - 1)
    const after = stateAt(rollingDeploy, last)
    expect(servingVersions(before)).toEqual(['v42'])
    expect(servingVersions(after)).toEqual(['v41'])
    expect(serving(after, 'back').map(m => m.label)).toEqual(['Back 5', 'Back 6'])
    // Back 4 and Back 3 are gone (a removed machine's ghost leaves when a new one boots in its place).
    expect(after.machines.filter(m => ['back-3', 'back-4'].includes(m.id)).every(m => m.status === 'removed')).toBe(true)
    expect(after.served - before.served).toBe(ROLLBACK.length * 5 * REQUESTS_PER_STEP)
  })

  it('serves every request: errors stay at 0 while the served count grows each step', () => {
    const states = allStates(rollingDeploy)
    states.forEach(s => expect(s.errors).toBe(0))
    for (let k = 1; k < states.length; k++)
      expect(states[k].served).toBeGreaterThan(states[k - 1].served)
    expect(stateAt(rollingDeploy, DEPLOY_STEPS).served).toBe(ROLLOUT.length * 5 * REQUESTS_PER_STEP)
  })

  it('counts errors when a machine is removed without draining, or when nothing serves', () => {
    const start = rollingDeploy.initial
    const brutal = remove('back-1', '').apply(start)
    expect(brutal.errors).toBe(IN_FLIGHT)
    const empty = [drain('back-1', ''), drain('back-2', '')].reduce((s, step) => step.apply(s), start)
    expect(empty.errors).toBe(REQUESTS_PER_STEP)
  })

  it('boots new machines out of rotation, and lets them in only once healthy', () => {
    const booted = boot('back-9', 'Back 9', 'v42', '').apply(rollingDeploy.initial)
    expect(booted.machines.find(m => m.id === 'back-9')).toMatchObject({ status: 'provisioning', inRotation: false, version: 'v42' })
    expect(passHealthCheck('back-9', '').apply(booted).machines.find(m => m.id === 'back-9')?.inRotation).toBe(false)
  })

  it('starts on v41 and ends the deploy running only v42', () => {
    expect(servingVersions(rollingDeploy.initial)).toEqual(['v41'])
    const deployed = stateAt(rollingDeploy, DEPLOY_STEPS)
    expect(servingVersions(deployed)).toEqual(['v42'])
    expect(healthyInRotation(deployed)).toHaveLength(BACK_ENDS)
    expect(deployed.machines.filter(m => m.role === 'back' && m.status !== 'removed').every(m => m.version === 'v42')).toBe(true)
  })

  it('rolls back with the same moves and ends on v41, with full capacity', () => {
    const end = stateAt(rollingDeploy, last)
    expect(servingVersions(end)).toEqual(['v41'])
    expect(healthyInRotation(end)).toHaveLength(BACK_ENDS)
    expect(everyMove().at(-1)).toEqual(end)
  })

  it('keeps no link to a removed machine', () => {
    for (const state of allStates(rollingDeploy)) {
      const gone = state.machines.filter(m => m.status === 'removed').map(m => m.id)
      expect(state.links.filter(l => gone.includes(l.from) || gone.includes(l.to))).toEqual([])
    }
  })

  it('never stacks two machines on the same place', () => {
    for (const state of allStates(rollingDeploy)) {
      const places = state.machines.map(placeOf)
      expect(new Set(places).size).toBe(places.length)
    }
  })

  it('boots the first new back end in the spare place, the next in the place of the one it removed', () => {
    const placed = (k: number, id: string) => placeOf(stateAt(rollingDeploy, k).machines.find(m => m.id === id)!)
    expect(placed(1, 'back-3')).toBe(SPARE_PLACES.back)
    expect(placed(6, 'back-4')).toBe('back-1')
  })

  it('clamps out-of-range steps to the first or last state', () => {
    expect(stateAt(rollingDeploy, -2)).toBe(rollingDeploy.initial)
    expect(stateAt(rollingDeploy, 1000)).toBe(stateAt(rollingDeploy, last))
  })
})
