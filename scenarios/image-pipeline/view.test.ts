import { describe, expect, it } from 'vitest'
import { allStates, stateAt, stepCount } from '../scenario'
import { imagePipeline, STAGES } from './index'
import { imagePipelineView } from './view'

const views = allStates(imagePipeline).map(imagePipelineView)
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
    expect(last.images[1].y).toBeGreaterThan(last.images[0].y)
  })

  it('describes every run and image in words', () => {
    expect(last.description).toContain('Passe 2, commit 7d2e0b : Commit réussi, Build réussi, Tests en échec')
    expect(last.description).toContain('resto-api v42 prête pour la prod')
  })
})
