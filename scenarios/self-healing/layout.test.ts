import type { Arrangement } from '../drawing'
import type { Ink } from '../layout-checks'
import type { Tile } from '../recovery'
import type { RecoveryLayout, TilesSpot } from './layout'
import type { RecoveryView } from './view'
import { describe, expect, it } from 'vitest'
import { CHAOS_TARGETS, chaosScenario } from '../chaos'
import { badgeInk, diagramInk, linksThroughTexts, outside, overlaps, textBox } from '../layout-checks'
import { allStates } from '../scenario'
import { selfHealing } from './index'
import { SELF_HEALING_LAYOUTS } from './layout'
import { selfHealingView } from './view'

const SEEDS = [1, 2, 3, 12]

/** Each tile's box, and its label and value inside it (InfraTiles: 9 units in, under each other). */
function tilesInk(name: string, spot: TilesSpot, tiles: readonly Tile[], { text }: RecoveryLayout): { boxes: Ink[], texts: Ink[] } {
  const boxes = tiles.map((tile, i) => ({
    what: `${name} ${tile.id}`,
    x: spot.x + (i % spot.columns) * (spot.width + spot.gap),
    y: spot.y + Math.floor(i / spot.columns) * (spot.height + spot.gap),
    width: spot.width,
    height: spot.height,
  }))
  const texts = tiles.flatMap((tile, i) => [
    textBox(`${name} ${tile.id}'s label`, tile.label, boxes[i].x + 9, boxes[i].y + text.label + 2, text.label),
    textBox(`${name} ${tile.id}'s value`, tile.text, boxes[i].x + 9, boxes[i].y + text.label + text.value + 4, text.value),
  ])
  return { boxes, texts }
}

function ink(view: RecoveryView, layout: RecoveryLayout): { all: Ink[], texts: Ink[], tiles: Ink[] } {
  const signals = tilesInk('signal', layout.signals, view.signals, layout)
  const durations = tilesInk('duration', layout.durations, view.durations, layout)
  const tiles = [...signals.boxes, ...durations.boxes]
  return {
    all: [...diagramInk(view.infra, layout.diagram), ...view.badges.map(b => badgeInk(b, layout.text.badge)), ...tiles],
    texts: [...signals.texts, ...durations.texts],
    tiles,
  }
}

describe.each(['landscape', 'portrait'] as Arrangement[])('self-healing layout, %s', (arrangement) => {
  const layout = SELF_HEALING_LAYOUTS[arrangement]
  const runs = [
    { name: 'script', views: allStates(selfHealing).map(s => selfHealingView(s, layout)) },
    ...CHAOS_TARGETS.flatMap(t => SEEDS.map(seed => ({ name: `chaos ${t.failure} seed ${seed}`, views: allStates(chaosScenario(t.failure, seed)).map(s => selfHealingView(s, layout, seed)) }))),
  ]

  it('overlaps nothing at any step, scripted or in chaos mode: diagram, badges, tiles', () => {
    for (const { name, views } of runs)
      views.forEach((view, k) => expect(overlaps(ink(view, layout).all), `${name}, step ${k}`).toEqual([]))
  })

  it('runs no link through a name, at any step', () => {
    for (const { name, views } of runs)
      views.forEach((view, k) => expect(linksThroughTexts(view.infra, layout.diagram, diagramInk(view.infra, layout.diagram), arrangement), `${name}, step ${k}`).toEqual([]))
  })

  it('fits everything in the view box', () => {
    for (const { name, views } of runs)
      views.forEach((view, k) => expect(outside(ink(view, layout).all, layout.viewBox), `${name}, step ${k}`).toEqual([]))
  })

  it('writes each tile\'s label and value inside it', () => {
    for (const { views } of runs) {
      for (const view of views) {
        const { texts, tiles } = ink(view, layout)
        texts.forEach(t => expect(outside([t], tiles.find(b => t.what.startsWith(`${b.what}'s`))!), t.what).toEqual([]))
      }
    }
  })

  if (arrangement === 'portrait') {
    it('puts badges and tiles under the drawing', () => {
      for (const { views } of runs) {
        for (const view of views)
          expect(ink(view, layout).all.filter(b => !b.what.match(/^(machine|endpoint|zone|firewall)/) && b.y < layout.diagram.viewBox.height).map(b => b.what)).toEqual([])
      }
    })

    it('writes its badges and tiles 14 units tall or more', () => {
      expect(Math.min(layout.text.badge, layout.text.label, layout.text.value)).toBeGreaterThanOrEqual(14)
    })
  }
})
