import type { DemoId } from '../../scenarios/demos'
import type { TalkSlide } from '../../scripts/talk-timing.mjs'
import { describe, expect, it } from 'vitest'
import { demoOf, DEMOS, demoScenario } from '../../scenarios/demos'
import { stepCount } from '../../scenarios/scenario'
import { countClickMarkers, declaredClicks, loadTalk } from '../../scripts/talk-timing.mjs'

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

  it('show every demo of DEMOS exactly once', () => {
    expect(demos.map(d => d.id).sort()).toEqual(Object.keys(DEMOS).sort())
  })

  it.each(Object.keys(DEMOS) as DemoId[])('%s: clicks: and the [click] markers equal its scenario\'s steps', (id) => {
    const demo = demos.find(d => d.id === id)!
    const steps = stepCount(demoScenario(id))
    expect({ clicks: declaredClicks(demo.slide.frontmatter), markers: countClickMarkers(demo.slide.note) }, where(demo.slide)).toEqual({ clicks: steps, markers: steps })
  })
})
