import { describe, expect, it } from 'vitest'
import { addMachine } from '../infra'
import { allStates, stateAt } from '../scenario'
import { MACHINE_COUNT, restaurantLocator } from '../topology'
import { architectureBuild, architectureReview, FIREWALLS_ID, redundantMachines, singleDatacenters, singlePointsOfFailure, visibleInfra } from './index'

describe('architecture build', () => {
  const states = allStates(architectureBuild)

  it('starts with the users on the internet and nothing of ours', () => {
    const first = visibleInfra(states[0])
    expect(first.machines).toHaveLength(0)
    expect(first.endpoints.map(e => e.id)).toEqual(['users'])
  })

  it('reveals something new at every step and never hides what was shown', () => {
    for (let k = 1; k < states.length; k++) {
      const before = new Set(states[k - 1].visible)
      const after = new Set(states[k].visible)
      expect([...after].filter(id => !before.has(id)).length).toBeGreaterThan(0)
      for (const id of before)
        expect(after.has(id)).toBe(true)
    }
  })

  it('reveals only ids that exist in the topology', () => {
    const infra = restaurantLocator()
    const known = new Set([...infra.zones, ...infra.endpoints, ...infra.machines].map(x => x.id).concat(FIREWALLS_ID))
    for (const id of states.at(-1)!.visible)
      expect(known.has(id)).toBe(true)
  })

  it('ends with the article\'s 7 machines, every link, both zones and the firewalls', () => {
    const last = stateAt(architectureBuild, Infinity)
    const drawn = visibleInfra(last)
    expect(drawn.machines).toHaveLength(MACHINE_COUNT)
    expect(drawn.links).toHaveLength(last.infra.links.length)
    expect(drawn.zones.map(z => z.kind).sort()).toEqual(['datacenter', 'internet', 'private', 'public'])
    expect(last.visible).toContain(FIREWALLS_ID)
  })

  it('never draws a link to something not yet shown', () => {
    for (const s of states) {
      const drawn = visibleInfra(s)
      const ids = new Set([...drawn.machines, ...drawn.endpoints].map(x => x.id))
      for (const l of drawn.links)
        expect(ids.has(l.from) && ids.has(l.to)).toBe(true)
    }
  })
})

describe('single points of failure', () => {
  it('are the machines with no peer of the same role, standbys aside', () => {
    const infra = restaurantLocator()
    const spof = singlePointsOfFailure(infra).map(m => m.id)
    expect(spof.sort()).toEqual(['db-primary', 'lb'])
    for (const id of spof) {
      const role = infra.machines.find(m => m.id === id)!.role
      expect(infra.machines.filter(m => m.role === role)).toHaveLength(1)
    }
    expect(redundantMachines(infra).map(m => m.id).sort()).toEqual(['back-1', 'back-2', 'db-replica', 'front-1', 'front-2'])
  })

  it('disappear when a peer is added', () => {
    const infra = addMachine(restaurantLocator(), { id: 'lb-2', role: 'lb', label: 'Répartiteur 2', status: 'healthy' })
    expect(singlePointsOfFailure(infra).map(m => m.id)).toEqual(['db-primary'])
  })

  it('include the datacenter when there is only one', () => {
    expect(singleDatacenters(restaurantLocator())).toEqual(['dc-a'])
  })
})

describe('architecture review', () => {
  it('shows nothing at first, then the weaknesses, then the strengths on top', () => {
    const [s0, s1, s2] = allStates(architectureReview)
    expect(s0.weaknesses).toEqual([])
    expect(s1.weaknesses.slice().sort()).toEqual(['db-primary', 'dc-a', 'lb'])
    expect(s1.strengths).toEqual([])
    expect(s2.weaknesses).toEqual(s1.weaknesses)
    expect(s2.strengths).toHaveLength(5)
    expect(s2.strengths.some(id => s2.weaknesses.includes(id))).toBe(false)
  })

  it('draws the whole service at every step', () => {
    for (const s of allStates(architectureReview))
      expect(visibleInfra(s).machines).toHaveLength(MACHINE_COUNT)
  })
})
