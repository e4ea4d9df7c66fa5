import type { Arrangement } from '../drawing'
import { describe, expect, it } from 'vitest'
import { diagramInk, linksThroughTexts, outside, overlaps, textBox } from '../layout-checks'
import { allStates } from '../scenario'
import { architectureBuild, architectureReview } from './index'
import { ARCHITECTURE_LAYOUTS } from './layout'
import { architectureView } from './view'

const states = [...allStates(architectureBuild), ...allStates(architectureReview)]

describe.each(['landscape', 'portrait'] as Arrangement[])('architecture layout, %s', (arrangement) => {
  const layout = ARCHITECTURE_LAYOUTS[arrangement]
  const drawn = states.map(s => architectureView(s, layout))
  const labels = (view: typeof drawn[number]) => view.callouts.filter(c => c.label)
    .map(c => textBox(`callout ${c.id}'s label`, c.label!.text, c.label!.x, c.label!.y, layout.text, c.label!.anchor))

  it('overlaps nothing at any step: the diagram, and the callouts\' labels', () => {
    drawn.forEach((view, k) => expect(overlaps([...diagramInk(view.infra, layout.diagram, view.firewalls), ...labels(view)]), `step ${k}`).toEqual([]))
  })

  it('runs no link through a name or a callout label', () => {
    drawn.forEach((view, k) => expect(linksThroughTexts(view.infra, layout.diagram, [...diagramInk(view.infra, layout.diagram, view.firewalls), ...labels(view)], arrangement), `step ${k}`).toEqual([]))
  })

  it('writes no callout label across a machine\'s ring', () => {
    drawn.forEach((view) => {
      const rings = view.callouts.filter(c => view.infra.machines.some(m => m.id === c.id)).map(c => ({ ...c, what: `ring ${c.id}` }))
      expect(overlaps([...rings, ...labels(view)]).filter(pair => pair.includes('label'))).toEqual([])
    })
  })

  it('fits every ring and label in the view box', () => {
    drawn.forEach((view) => {
      expect(outside([...diagramInk(view.infra, layout.diagram, view.firewalls), ...labels(view), ...view.callouts.map(c => ({ ...c, what: `ring ${c.id}` }))], layout.viewBox)).toEqual([])
    })
  })

  if (arrangement === 'portrait') {
    it('writes its labels 14 units tall or more', () => {
      expect(layout.text).toBeGreaterThanOrEqual(14)
    })
  }
})
