// What the suite checks in every engine, on any page of the EnginePage interface: each slide loaded at its
// last step by deep link, a demo stepped click by click against its scenario, the reading page on a phone.
// Each check returns its problems as lines naming the page (and so the slide) they come from: [] is a pass.
import type { DemoId } from '../../../scenarios/demos'
import type { EnginePage } from './drivers'
import type { ProbedSite } from './server'
import { stepCount } from '../../../scenarios/scenario'
import { CANVAS_SELECTOR, countClickMarkers, slideHolding } from '../../browser/support/checks'
import { parseStep, slideIsStill } from '../../browser/support/deck'
import { demoScenario } from '../../../scenarios/demos'
import { demoSelector, differencesFromScenario, expectedDrawing, readFigure } from '../../browser/support/demos'
import { loadTalk } from '../../unit/talk-rules'
import { PROBLEMS_KEY, takeRecorded } from './probe'

/** The reading page's phone, as the Chromium suite's (test/browser/reading.spec.ts). */
export const PHONE = { width: 390, height: 844 }

/** How long a page may take to show what a check waits for, on a loaded 2-core machine. */
const SHOW_TIMEOUT_MS = 30_000
const POLL_MS = 50

/** Polls `fn` in the page until it returns true; false when it has not within SHOW_TIMEOUT_MS. */
async function waitUntil<A>(page: EnginePage, fn: (arg: A) => boolean, arg: A): Promise<boolean> {
  const deadline = Date.now() + SHOW_TIMEOUT_MS
  for (;;) {
    if (await page.evaluate(fn, arg))
      return true
    if (Date.now() > deadline)
      return false
    await new Promise(resolve => setTimeout(resolve, POLL_MS))
  }
}

/** In the page: whether slide `no` has text yet (Slidev mounts a slide's container before its content). */
function slideHasText(no: number): boolean {
  return /\S/.test(document.querySelector(`#slide-content [data-slidev-no="${no}"]`)?.textContent ?? '')
}

/** Waits until slide `no` shows its text and is still (see deck.ts `settle`); a line when it does not. */
async function waitForSlide(page: EnginePage, no: number): Promise<string[]> {
  if (!await waitUntil(page, slideHasText, no))
    return [`slide ${no} shows no text after ${SHOW_TIMEOUT_MS / 1000} s`]
  if (!await waitUntil(page, slideIsStill, no))
    return [`slide ${no} is not still after ${SHOW_TIMEOUT_MS / 1000} s`]
  return []
}

/**
 * What the page recorded since the previous call (charged to the page that raised it) and what the site
 * answered with an error since then (charged to `current`, the page being checked), as lines. A problem
 * about a resource is charged to the slide holding it, where one does: Slidev mounts every slide a few
 * seconds after load, so a slide's image may be asked for while another is shown.
 */
async function takeProblems(page: EnginePage, site: ProbedSite, current: string): Promise<string[]> {
  const recorded = await page.evaluate(takeRecorded, PROBLEMS_KEY)
  const holder = async (url: string | undefined, otherwise: string) => {
    const slide = url ? await page.evaluate(slideHolding, { target: url, canvasSelector: CANVAS_SELECTOR }) : null
    return slide === null ? otherwise : `/${slide}`
  }
  const lines: string[] = []
  for (const p of recorded)
    lines.push(`${await holder(p.url, p.page)}: ${p.check}: ${p.message}`)
  for (const answer of site.takeFailedAnswers())
    lines.push(`${await holder(new URL(answer.path, site.url).href, current)}: failed-request: ${answer.message}`)
  return lines
}

export interface SlideStep { slide: number, clicks: number }

/**
 * The last step of every slide of `entry`, from the deck's own parse: a slide's clicks are its notes'
 * [click] markers (the Chromium walk checks that they match the clicks the built slide registers).
 */
export async function lastSteps(entry: string): Promise<SlideStep[]> {
  return (await loadTalk(entry)).map(s => ({ slide: s.no, clicks: countClickMarkers(s.note) }))
}

const deepLink = ({ slide, clicks }: SlideStep) => clicks ? `/${slide}?clicks=${clicks}` : `/${slide}`

/**
 * In the page: follows the deep link `path` inside the running deck, as its router does when the browser goes
 * back or forward to it (no new document).
 */
function followInApp(path: string): void {
  history.pushState(history.state, '', new URL(path.slice(1), document.baseURI).href)
  dispatchEvent(new PopStateEvent('popstate', { state: history.state }))
}

/**
 * Opens each step by its deep link: it must show its slide at its step, with no console error or warning,
 * uncaught error, failed request or CSP violation. The steps `loaded` picks are each a new page load (the
 * first is always one); the others are followed inside the running deck, where a load would add nothing but
 * the app's start again, seconds a slide in a slow engine.
 */
export async function loadSlides(page: EnginePage, site: ProbedSite, steps: readonly SlideStep[], loaded: (step: SlideStep) => boolean = () => true): Promise<string[]> {
  const problems: string[] = []
  for (const [i, step] of steps.entries()) {
    const link = deepLink(step)
    if (i === 0 || loaded(step))
      await page.goto(new URL(link.slice(1), site.url).href)
    else
      await page.evaluate(followInApp, link)
    problems.push(...(await waitForSlide(page, step.slide)).map(p => `${link}: ${p}`))
    const shown = parseStep(await page.url())
    if (shown.slide !== step.slide || shown.clicks !== step.clicks)
      problems.push(`${link}: shows slide ${shown.slide} at click ${shown.clicks}`)
    problems.push(...await takeProblems(page, site, link))
  }
  return problems
}

/**
 * Opens demo `demo`'s slide at click 0 and steps it with the arrow key to its last step: at each, its
 * figure must draw its scenario's step, caption and state (demos.ts `differencesFromScenario`), cleanly.
 * `onStep` runs at each step, after the figure is read (the proof that the comparison fails breaks it there).
 */
export async function stepDemo(page: EnginePage, site: ProbedSite, demo: DemoId, slide: number): Promise<string[]> {
  const figure = demoSelector(slide, demo)
  await page.goto(new URL(deepLink({ slide, clicks: 0 }), site.url).href)
  const problems = await waitForSlide(page, slide)
  for (let k = 0; k <= stepCount(demoScenario(demo)); k++) {
    const link = deepLink({ slide, clicks: k })
    if (k > 0) {
      await page.press('ArrowRight')
      if (!await waitUntil(page, ([selector, step]) => document.querySelector(selector)?.getAttribute('data-step') === step, [figure, String(k)] as const))
        problems.push(`${link}: the figure does not reach data-step="${k}" after ${SHOW_TIMEOUT_MS / 1000} s`)
      problems.push(...(await waitForSlide(page, slide)).map(p => `${link}: ${p}`))
    }
    const shown = parseStep(await page.url())
    if (shown.slide !== slide || shown.clicks !== k)
      problems.push(`${link}: the arrow key led to slide ${shown.slide} at click ${shown.clicks}`)
    problems.push(...(await figureProblems(page, figure, demo, k)).map(p => `${link}: ${p}`))
    problems.push(...await takeProblems(page, site, link))
  }
  return problems
}

/** How the figure at `selector` differs from demo `demo`'s scenario at step k. */
export async function figureProblems(page: EnginePage, selector: string, demo: DemoId, k: number): Promise<string[]> {
  const drawing = await page.evaluateOn(selector, readFigure, Object.keys(expectedDrawing(demo, k).probed))
  return differencesFromScenario(drawing, demo, k)
}

/** In the page: the reading page's slide boxes, and how many of them are drawn. */
function readingBoxes(): { count: number, drawn: number } {
  const boxes = [...document.querySelectorAll('[data-reading-slide]')]
  return { count: boxes.length, drawn: boxes.filter(b => b.querySelector('.slidev-page') && !b.querySelector('.slidev-slide-loading')).length }
}

/** In the page: box `i` of the reading page scrolled into view; whether it is drawn (slides are drawn as they come near). */
function scrollToBox(i: number): boolean {
  const box = document.querySelectorAll('[data-reading-slide]')[i]
  box?.scrollIntoView({ block: 'center' })
  return !!box?.querySelector('.slidev-page') && !box.querySelector('.slidev-slide-loading')
}

/**
 * In the page: what scrolls sideways, or null. The page may clip what sticks out rather than scroll, so
 * anything past the window's right edge counts, but what a slide's box clips inside it (its canvas).
 */
export function sidewaysScroll(): string | null {
  const root = document.documentElement
  const past = [...document.querySelectorAll('body *')]
    .find(el => !el.parentElement?.closest('[data-reading-slide]') && el.getBoundingClientRect().right > innerWidth + 0.5)
  if (root.scrollWidth <= innerWidth && !past)
    return null
  const what = past ? `<${past.localName}${past.className ? ` class="${past.className}"` : ''}> ends at ${Math.round(past.getBoundingClientRect().right)} px` : `the page is ${root.scrollWidth} px wide`
  return `scrolls sideways: ${what} in a ${innerWidth} px window`
}

/**
 * Opens the reading page at PHONE size and draws each slide box in turn: the page must not scroll
 * sideways, nor log or fail anything. The page is left open (at PHONE size) for the failure proof.
 */
export async function readingPage(page: EnginePage, site: ProbedSite, slides: number): Promise<string[]> {
  // Resized on a blank page: the page being left would react to the phone's width as it unloads.
  await page.goto('about:blank')
  await page.resize(PHONE)
  await page.goto(new URL('lire', site.url).href)
  const problems: string[] = []
  if (!await waitUntil(page, n => document.querySelectorAll('[data-reading-slide]').length === n, slides))
    problems.push(`/lire: shows ${(await page.evaluate(readingBoxes, null)).count} slide boxes, not ${slides}`)
  for (let i = 0; i < slides; i++) {
    if (!await waitUntil(page, scrollToBox, i))
      problems.push(`/lire: slide box ${i + 1} is not drawn after ${SHOW_TIMEOUT_MS / 1000} s in view`)
  }
  if (!await waitUntil(page, () => document.fonts.status === 'loaded', null))
    problems.push('/lire: the web fonts do not load')
  const sideways = await page.evaluate(sidewaysScroll, null)
  if (sideways)
    problems.push(`/lire: ${sideways}`)
  problems.push(...await takeProblems(page, site, '/lire'))
  return problems
}
