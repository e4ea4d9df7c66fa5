import type { Arrangement } from '../drawing'
import type { Ink } from '../layout-checks'
import type { RollingLayout } from './layout'
import type { RollingView } from './view'
import { describe, expect, it } from 'vitest'
import { diagramInk, linksThroughTexts, outside, overlaps, textBox } from '../layout-checks'
import { allStates } from '../scenario'
import { rollingDeploy } from './index'
import { ROLLING_LAYOUTS } from './layout'
import { rollingDeployView } from './view'

const format = new Intl.NumberFormat('fr-FR')

/** The counters board, and each counter's label and value. */
function countersInk(view: RollingView, { counters: { x, y, width, shape } }: RollingLayout): { board: Ink, texts: Ink[] } {
  const board = { what: 'counters', x, y, width, height: view.counters.length * shape.row + shape.pad.top + shape.pad.bottom }
  const texts = view.counters.flatMap((c, i) => {
    const top = y + shape.pad.top + i * shape.row
    const left = x + shape.pad.x
    return [
      textBox(`counter ${c.id}'s label`, c.label, left, top + shape.label.y, shape.label.size),
      textBox(`counter ${c.id}'s value`, format.format(c.value), left + shape.value.x, top + shape.value.y, shape.value.size, shape.value.anchor),
    ]
  })
  return { board, texts }
}

describe.each(['landscape', 'portrait'] as Arrangement[])('rolling deploy layout, %s', (arrangement) => {
  const layout = ROLLING_LAYOUTS[arrangement]
  const drawn = allStates(rollingDeploy).map(s => rollingDeployView(s, layout))

  it('overlaps nothing at any step: the diagram and the counters board', () => {
    drawn.forEach((view, k) => expect(overlaps([...diagramInk(view.infra, layout.diagram), countersInk(view, layout).board]), `step ${k}`).toEqual([]))
  })

  it('runs no link through a name, at any step', () => {
    drawn.forEach((view, k) => expect(linksThroughTexts(view.infra, layout.diagram, diagramInk(view.infra, layout.diagram), arrangement), `step ${k}`).toEqual([]))
  })

  it('writes each counter\'s label and value inside the board, apart', () => {
    drawn.forEach((view) => {
      const { board, texts } = countersInk(view, layout)
      expect(outside(texts, board)).toEqual([])
      expect(overlaps(texts)).toEqual([])
    })
  })

  it('fits everything in the view box', () => {
    drawn.forEach(view => expect(outside([...diagramInk(view.infra, layout.diagram), countersInk(view, layout).board], layout.viewBox)).toEqual([]))
  })

  if (arrangement === 'portrait') {
    it('puts the counters under the drawing', () => {
      expect(layout.counters.y).toBeGreaterThanOrEqual(layout.diagram.viewBox.height)
    })

    it('writes the counters 14 units tall or more', () => {
      expect(Math.min(layout.counters.shape.label.size, layout.counters.shape.value.size)).toBeGreaterThanOrEqual(14)
    })
  }
})
