import type { Arrangement } from '../drawing'
import { describe, expect, it } from 'vitest'
import { badgeInk, diagramInk, linksThroughTexts, outside, overlaps } from '../layout-checks'
import { allStates } from '../scenario'
import { datacenterLoss } from './index'
import { DISASTER_LAYOUTS } from './layout'
import { datacenterLossView } from './view'

describe.each(['landscape', 'portrait'] as Arrangement[])('datacenter loss layout, %s', (arrangement) => {
  const layout = DISASTER_LAYOUTS[arrangement]
  const drawn = allStates(datacenterLoss).map(s => datacenterLossView(s, layout))
  const ink = (view: typeof drawn[number]) => [...diagramInk(view.infra, layout.diagram, false), ...view.badges.map(b => badgeInk(b, layout.text.label))]

  it('overlaps nothing at any step: both datacenters and the badges', () => {
    drawn.forEach((view, k) => expect(overlaps(ink(view)), `step ${k}`).toEqual([]))
  })

  it('runs no link through a name, at any step', () => {
    drawn.forEach((view, k) => expect(linksThroughTexts(view.infra, layout.diagram, diagramInk(view.infra, layout.diagram, false), arrangement), `step ${k}`).toEqual([]))
  })

  it('fits everything in the view box', () => {
    drawn.forEach((view, k) => expect(outside(ink(view), layout.viewBox), `step ${k}`).toEqual([]))
  })

  it('draws no version, so a machine shape without a version pill will do', () => {
    expect(drawn.flatMap(view => view.infra.machines).filter(m => m.version !== undefined)).toEqual([])
  })

  if (arrangement === 'portrait') {
    it('writes its badges 14 units tall or more', () => {
      expect(layout.text.label).toBeGreaterThanOrEqual(14)
    })
  }
})
