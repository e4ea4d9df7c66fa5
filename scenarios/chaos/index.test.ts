import { describe, expect, it } from 'vitest'
import { allStates, captionAt, stateAt, stepCount } from '../scenario'
import { capacity, selfHealing, serviceMode } from '../self-healing'
import { CHAOS_TARGETS, chaosScenario, chaosTimings, DATACENTER, SPOF_FR } from './index'

const SEEDS = [1, 7, 42, 2026, 99999]

describe('chaos mode', () => {
  it('offers every machine of the service and the whole datacenter', () => {
    expect(CHAOS_TARGETS.map(t => t.failure)).toEqual(['lb', 'front-1', 'front-2', 'back-1', 'back-2', 'db-primary', 'db-replica', DATACENTER])
  })

  for (const { failure } of CHAOS_TARGETS) {
    for (const seed of SEEDS) {
      it(`${failure} (seed ${seed}) heals, or ends down naming the single point of failure`, () => {
        const scenario = chaosScenario(failure, seed)
        const states = allStates(scenario)
        const last = states[states.length - 1]
        expect(serviceMode(states[0].infra)).toBe('nominal')
        expect(states[1].events[0].kind).toBe('incident')
        if (SPOF_FR[failure]) {
          expect(serviceMode(last.infra)).toBe('down')
          expect(last.spof).toBe(SPOF_FR[failure])
          expect(captionAt(scenario, stepCount(scenario))).toContain(SPOF_FR[failure])
          expect(states.some(s => s.events.some(e => e.kind === 'recovered'))).toBe(false)
        }
        else {
          expect(serviceMode(last.infra)).toBe('nominal')
          expect(capacity(last.infra).percent).toBe(100)
          expect(last.spof).toBeNull()
          expect(last.alert).toBeNull()
          expect(last.infra.machines.find(m => m.id === failure)!.status).toBe('quarantined')
          // every role has a healthy machine again, the sick one included through its replacement
          const role = last.infra.machines.find(m => m.id === failure)!.role
          expect(last.infra.machines.filter(m => m.role === role && m.status === 'healthy').length).toBeGreaterThan(0)
          for (const s of states)
            expect(serviceMode(s.infra)).not.toBe('down')
        }
      })
    }
  }

  it('is deterministic for a seed, and the seed changes the timings', () => {
    expect(allStates(chaosScenario('back-1', 7))).toEqual(allStates(chaosScenario('back-1', 7)))
    expect(chaosTimings(7)).not.toEqual(chaosTimings(8))
    for (const seed of SEEDS) {
      const t = chaosTimings(seed)
      expect(t.alert).toBeGreaterThanOrEqual(20)
      expect([t.alert, t.outOfRotation, t.setAside, t.startFresh, t.wireIn, t.passChecks]).toEqual(
        [t.alert, t.outOfRotation, t.setAside, t.startFresh, t.wireIn, t.passChecks].slice().sort((a, b) => a - b),
      )
    }
  })

  it('uses the same steps as the scripted demo for the scripted failure', () => {
    const chaos = chaosScenario('back-2', 3)
    expect(chaos.steps.map(s => s.caption.replace(/\d+ s\./, 'T'))).toEqual(selfHealing.steps.map(s => s.caption.replace(/\d+ s\./, 'T')))
    expect(stateAt(chaos, stepCount(chaos)).infra.machines.map(m => [m.id, m.status])).toEqual(
      stateAt(selfHealing, stepCount(selfHealing)).infra.machines.map(m => [m.id, m.status]),
    )
  })

  it('falls back to a valid scenario on unknown input, and clamps steps', () => {
    const s = chaosScenario('toaster', Number.NaN)
    expect(stepCount(s)).toBeGreaterThan(0)
    expect(stateAt(s, 1000)).toBe(allStates(s)[stepCount(s)])
    expect(stateAt(s, -1)).toBe(allStates(s)[0])
  })
})
