import type { PipelineLayout } from './layout'
import { describe, expect, it } from 'vitest'
import { allStates, stateAt, stepCount } from '../scenario'
import { imagePipeline, STAGES } from './index'
import { PIPELINE_LAYOUTS } from './layout'
import { imagePipelineView } from './view'

const views = allStates(imagePipeline).map(state => imagePipelineView(state))
const last = views[stepCount(imagePipeline)]

describe('image pipeline view', () => {
  it('draws one lane per run, each with every stage and an arrow between each pair and into the registry', () => {
    views.forEach((view, k) => {
      expect(view.lanes).toHaveLength(stateAt(imagePipeline, k).runs.length)
      for (const lane of view.lanes) {
        expect(lane.stages.map(s => s.stage)).toEqual([...STAGES])
        expect(lane.links.map(l => l.id).at(-1)).toBe(`${lane.id}--registry`)
        expect(lane.links).toHaveLength(STAGES.length)
      }
    })
  })

  it('says what each stage produced, and where the second run stopped', () => {
    const [first, second] = last.lanes
    expect(first.stages.map(s => s.detail)).toEqual(['a3f9c1', 'assemblé', 'tout passe', 'v42', 'pour la prod'])
    expect(second.stages.map(s => s.detail)).toEqual(['7d2e0b', 'assemblé', '1 test échoue', 'non exécuté', 'non exécuté'])
    expect(second.stages.map(s => s.statusLabel)).toEqual(['réussi', 'réussi', 'en échec', 'non exécuté', 'non exécuté'])
  })

  it('lights the arrows that ran, leads into the failure, and cuts the chain after it', () => {
    const [first, second] = last.lanes
    expect(first.links.map(l => l.status)).toEqual(['up', 'up', 'up', 'up', 'up'])
    expect(second.links.map(l => l.status)).toEqual(['up', 'up', 'cut', 'idle', 'idle'])
    const running = views[2].lanes[0]
    expect(running.links.map(l => l.status)).toEqual(['up', 'idle', 'idle', 'idle', 'idle'])
  })

  it('stacks the registry images, marked deployable or in progress', () => {
    const baking = views.find(v => v.images.some(i => !i.deployable))!
    expect(baking.images.map(i => `${i.version}:${i.status}`)).toEqual(['v41:prête', 'v42:en cours'])
    expect(last.images[1].at.y).toBeGreaterThan(last.images[0].at.y)
  })

  it('describes every run and image in words', () => {
    expect(last.description).toContain('Passe 2, commit 7d2e0b : Commit réussi, Build réussi, Tests en échec')
    expect(last.description).toContain('resto-api v42 prête pour la prod')
  })
})

describe('image pipeline layouts', () => {
  const end = stateAt(imagePipeline, stepCount(imagePipeline))
  const boxes = (layout: PipelineLayout) => imagePipelineView(end, layout).lanes.flatMap(lane => lane.stages
    .map(s => ({ left: s.x - layout.stage.width / 2, right: s.x + layout.stage.width / 2, top: s.y - layout.stage.height / 2, bottom: s.y + layout.stage.height / 2 })))

  it.each(Object.entries(PIPELINE_LAYOUTS))('%s: every stage, arrow and the registry inside the drawing, no two stages overlapping', (_, layout) => {
    const { width, height } = layout.viewBox
    const all = boxes(layout)
    for (const b of all)
      expect(b.left >= 0 && b.top >= 0 && b.right <= width && b.bottom <= height, JSON.stringify(b)).toBe(true)
    for (const [i, a] of all.entries()) {
      for (const b of all.slice(i + 1))
        expect(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top, `${JSON.stringify(a)} overlaps ${JSON.stringify(b)}`).toBe(true)
    }
    const { registry, image } = layout
    expect(registry.x + registry.width).toBeLessThanOrEqual(width)
    expect(registry.y + registry.height).toBeLessThanOrEqual(height)
    for (const img of imagePipelineView(end, layout).images) {
      expect(img.at.x + image.width).toBeLessThanOrEqual(registry.width)
      expect(img.at.y + image.height).toBeLessThanOrEqual(registry.height)
    }
    // Every arrow ends where it starts along the lane or on the registry's edge.
    for (const lane of imagePipelineView(end, layout).lanes) {
      for (const link of lane.links)
        expect(link.from.x === link.to.x || link.from.y === link.to.y).toBe(true)
    }
  })

  it('portrait: about a phone\'s width, runs side by side with their stages top to bottom, the registry under them, titles at 14 units or more', () => {
    const { portrait } = PIPELINE_LAYOUTS
    expect(portrait.viewBox.width).toBeLessThanOrEqual(380)
    const [first, second] = imagePipelineView(end, portrait).lanes
    expect(first.stages.every(s => s.x === first.stages[0].x)).toBe(true)
    expect(second.stages[0].x).toBeGreaterThan(first.stages[0].x)
    expect(first.stages.map(s => s.y)).toEqual([...first.stages.map(s => s.y)].sort((a, b) => a - b))
    expect(portrait.registry.y).toBeGreaterThan(Math.max(...boxes(portrait).map(b => b.bottom)))
    expect(Math.min(...portrait.title.map(t => t.size))).toBeGreaterThanOrEqual(14)
    expect(first.title.map(t => t.text)).toEqual(['Passe 1', 'Filtre « terrasse »'])
  })

  it('landscape: the run\'s name and message on one line above its row', () => {
    expect(imagePipelineView(end).lanes[0].title.map(t => t.text)).toEqual(['Passe 1 · Filtre « terrasse »'])
  })
})
