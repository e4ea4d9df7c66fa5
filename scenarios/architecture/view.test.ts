import { describe, expect, it } from 'vitest'
import { allStates, stateAt } from '../scenario'
import { machineBox } from '../topology-layout'
import { architectureBuild, architectureReview } from './index'
import { ARCHITECTURE_LAYOUTS } from './layout'
import { architectureView } from './view'

describe('architecture view', () => {
  it('draws only what is revealed, firewalls included', () => {
    const first = architectureView(stateAt(architectureBuild, 0))
    expect(first.infra.machines).toEqual([])
    expect(first.firewalls).toBe(false)
    expect(architectureView(stateAt(architectureBuild, Infinity)).firewalls).toBe(true)
  })

  it('rings each weakness, labelled, then each strength, unlabelled', () => {
    const [none, weak, both] = allStates(architectureReview).map(s => architectureView(s))
    expect(none.callouts).toEqual([])
    expect(weak.callouts.map(c => `${c.kind}:${c.id}:${c.label?.text}`).sort()).toEqual([
      'weak:db-primary:point unique',
      'weak:dc-a:un seul datacenter',
      'weak:lb:point unique',
    ])
    expect(both.callouts.filter(c => c.kind === 'strong')).toHaveLength(5)
    expect(both.callouts.filter(c => c.kind === 'strong').every(c => !c.label)).toBe(true)
  })

  for (const [arrangement, layout] of Object.entries(ARCHITECTURE_LAYOUTS)) {
    it(`rings a machine with a margin all round, and a zone just inside its border (${arrangement})`, () => {
      const state = stateAt(architectureReview, 1)
      const view = architectureView(state, layout)
      const lb = view.callouts.find(c => c.id === 'lb')!
      const box = machineBox(layout.diagram, state.infra.machines.find(x => x.id === 'lb')!)
      const pad = layout.machinePad
      expect(lb).toMatchObject({ x: box.x - pad, y: box.y - pad, width: box.width + 2 * pad, height: box.height + 2 * pad })
      const dc = view.callouts.find(c => c.id === 'dc-a')!
      const zone = layout.diagram.zones['dc-a']
      expect(dc.x).toBeGreaterThan(zone.x)
      expect(dc.x + dc.width).toBeLessThan(zone.x + zone.width)
    })
  }

  it('describes the service in words', () => {
    expect(architectureView(stateAt(architectureReview, 0)).description).toMatch(/répartiteur de charge/)
  })
})
