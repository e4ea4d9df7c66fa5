import type { Scenario } from '../../scenarios/scenario'
import type { TalkSlide } from '../../scripts/talk-timing.mjs'
import { describe, expect, it } from 'vitest'
import { DEMO_SCENARIOS } from '../../scenarios/demos'
import { stepCount } from '../../scenarios/scenario'
import { countClickMarkers, declaredClicks, loadTalk } from '../../scripts/talk-timing.mjs'
import { demoOf } from './talk-rules'

/**
 * The speaker never scrolls: every slide with clicks declares them (`clicks:`), its notes hold one
 * `[click]` marker per click step (Slidev highlights the current one in the presenter view), and a
 * demo slide declares exactly its scenario's steps.
 */

/** `v-click` written in the slide's own markdown (a component's own clicks are not visible here). */
function inlineClicks(content: string): number {
  return (content.match(/\sv-click\b/g) ?? []).length
}

const where = (s: TalkSlide) => `slide ${s.no} (${s.file.replace(/^.*\/(pages\/|slides\.md)/, '$1')})`

describe('click markers in the notes', async () => {
  const slides = await loadTalk('slides.md')

  it('give every slide exactly one [click] per declared click step, and none to a slide without clicks', () => {
    const wrong = slides.filter(s => countClickMarkers(s.note) !== declaredClicks(s.frontmatter))
      .map(s => `${where(s)}: ${countClickMarkers(s.note)} markers, clicks: ${declaredClicks(s.frontmatter)}`)
    expect(wrong).toEqual([])
  })

  it('are declared on every slide whose markdown has v-click', () => {
    const undeclared = slides.filter(s => inlineClicks(s.content) > declaredClicks(s.frontmatter))
      .map(s => `${where(s)}: ${inlineClicks(s.content)} v-click, clicks: ${declaredClicks(s.frontmatter)}`)
    expect(undeclared).toEqual([])
  })

  it('never say « au clic » where the notes cannot mean a marked click', () => {
    expect(slides.filter(s => /au clic/i.test(s.note) && declaredClicks(s.frontmatter) === 0).map(where)).toEqual([])
  })
})

describe('demo slides', async () => {
  const slides = await loadTalk('slides.md')
  const demos = slides.flatMap(s => (demoOf(s.content) ? [{ slide: s, id: demoOf(s.content)! }] : []))

  it('show every demo of DEMO_SCENARIOS exactly once', () => {
    expect(demos.map(d => d.id).sort()).toEqual(Object.keys(DEMO_SCENARIOS).sort())
  })

  it.each(Object.keys(DEMO_SCENARIOS))('%s: clicks: and the [click] markers equal its scenario\'s steps', (id) => {
    const demo = demos.find(d => d.id === id)!
    const scenario: Scenario<any> = DEMO_SCENARIOS[id as keyof typeof DEMO_SCENARIOS]
    const steps = stepCount(scenario)
    expect({ clicks: declaredClicks(demo.slide.frontmatter), markers: countClickMarkers(demo.slide.note) }, where(demo.slide)).toEqual({ clicks: steps, markers: steps })
  })

  it('maps each demo component to its demo id', () => {
    expect(demoOf('<ArchitectureDiagram scenario="build" />')).toBe('architecture')
    expect(demoOf('<ArchitectureDiagram scenario="review" />')).toBe('architecture-review')
    expect(demoOf('<RollingDeploy />')).toBe('rolling-deploy')
    expect(demoOf('<DomainMap current="mco" />')).toBeNull()
  })
})
