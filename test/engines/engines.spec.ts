// The built deck in Firefox ESR and WebKitGTK (one project each, see playwright.config.ts): every slide at
// its last step by deep link, one demo stepped click by click against its scenario, the reading page on a
// phone. Each check is proved failing in the same engine: on the broken fixture deck, or on a page broken
// on purpose once the check has passed.
import type { DemoId } from '../../scenarios/demos'
import { demoSelector, demoSlides } from '../browser/support/demos'
import { loadTalk } from '../unit/talk-rules'
import { figureProblems, lastSteps, loadSlides, readingPage, sidewaysScroll, stepDemo } from './support/checks'
import { BROKEN_DECK, expect, test } from './support/fixtures'

/** The demo stepped click by click: the one whose drawing exposes the most of its state (machines, versions, counters). */
const STEPPED_DEMO: DemoId = 'rolling-deploy'

/** Slide of the broken deck → the check that must catch it there. Slide 1 is clean. */
const BROKEN = {
  4: 'console',
  5: 'page-error',
  6: 'failed-request',
  8: 'csp',
} as const

/** The broken deck's slide whose notes announce two clicks for its one: its "last step" link lands on click 1. */
const OVERCOUNTED_SLIDE = 10

test('every slide at its last step, by deep link: shown, with no console error or warning, page error, failed request or CSP violation', async ({ enginePage, deck }) => {
  // A new page load for the first slide and for each demo's slide; the others followed inside the deck.
  const demoSlideNos = new Set(Object.values(await demoSlides()))
  const problems = await loadSlides(enginePage, deck, await lastSteps('slides.md'), step => demoSlideNos.has(step.slide))
  expect(problems, problems.join('\n')).toEqual([])
})

test('the slide checks catch a broken deck: each broken slide by its check, a step the slide lacks, and the clean slide passes', async ({ enginePage, brokenDeck }) => {
  const steps = (await lastSteps(BROKEN_DECK)).filter(s => s.slide === 1 || s.slide in BROKEN || s.slide === OVERCOUNTED_SLIDE)
  const problems = await loadSlides(enginePage, brokenDeck, steps)
  const report = problems.join('\n')
  expect(problems.filter(p => p.startsWith('/1:')), report).toEqual([])
  for (const [slide, check] of Object.entries(BROKEN))
    expect(problems.some(p => p.startsWith(`/${slide}: ${check}: `)), `slide ${slide} should fail "${check}":\n${report}`).toBe(true)
  expect(problems, report).toContain(`/${OVERCOUNTED_SLIDE}?clicks=2: shows slide ${OVERCOUNTED_SLIDE} at click 1`)
})

test(`the ${STEPPED_DEMO} demo, stepped click by click, draws its scenario at each step, and a wrong drawing is caught`, async ({ enginePage, deck }) => {
  const slide = (await demoSlides())[STEPPED_DEMO]
  const problems = await stepDemo(enginePage, deck, STEPPED_DEMO, slide)
  expect(problems, problems.join('\n')).toEqual([])

  // The same figure with its step, its caption and a machine's state changed in place must fail the comparison.
  const figure = demoSelector(slide, STEPPED_DEMO)
  const last = await enginePage.evaluateOn(figure, el => Number(el.getAttribute('data-steps')), null)
  await enginePage.evaluateOn(figure, (el) => {
    el.setAttribute('data-step', '0')
    el.querySelector('[data-caption]')!.textContent = 'une autre légende'
    el.querySelector('[data-machine]')!.setAttribute('data-state', 'broken-on-purpose')
  }, null)
  const broken = await figureProblems(enginePage, figure, STEPPED_DEMO, last)
  expect(broken.some(p => p.startsWith(`${STEPPED_DEMO} step is 0`)), broken.join('\n')).toBe(true)
  expect(broken.some(p => p.startsWith(`${STEPPED_DEMO} caption is "une autre légende"`)), broken.join('\n')).toBe(true)
  expect(broken.some(p => /data-state is "broken-on-purpose"/.test(p)), broken.join('\n')).toBe(true)
})

test('the reading page at 390 px wide: every slide drawn, no sideways scroll, nothing logged or failed, and a too-wide element is caught', async ({ enginePage, deck }) => {
  const problems = await readingPage(enginePage, deck, (await loadTalk('slides.md')).length)
  expect(problems, problems.join('\n')).toEqual([])

  await enginePage.evaluate(() => {
    const wide = document.createElement('div')
    wide.style.width = '600px'
    wide.textContent = 'trop large'
    document.querySelector('main')!.prepend(wide)
  }, null)
  expect(await enginePage.evaluate(sidewaysScroll, null)).toMatch(/^scrolls sideways: <div> ends at 6\d\d px in a 390 px window$/)
})
