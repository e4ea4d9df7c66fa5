// The one walk of the built deck: every slide and click step, as a speaker's clicker goes, with every
// per-step check (console, requests, CSP, overflow, axe, text size, words, demo drawings) and the notes'
// click markers; then deep links to the steps it drew. Tagged @once: nothing in it depends on the base path.
// The second test is what does: every slide loaded cleanly, a deep link to each demo's last step, a reload,
// unknown slides. Tagged @sub-path: `npm test` runs it under the sub-path only, where the walk does not go.
// Each part asserts softly, so one run reports every problem of every part, with its slide and click;
// WALK_REPORT=file.json also writes them there.
import type { Page } from '@playwright/test'
import type { CheckName, Found, Issue } from './support/checks'
import type { DemoId } from '../../scenarios/demos'
import type { DeckStep } from './support/deck'
import { writeFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { DEMOS, demoScenario } from '../../scenarios/demos'
import { stepCount } from '../../scenarios/scenario'
import { loadTalk } from '../unit/talk-rules'
import { checkedWalk, formatIssues, watchPage } from './support/checks'
import { parseStep, settle, skipTransitions } from './support/deck'
import { demoFigure, drawingProblems, isDemo, readDemo } from './support/demos'

test.setTimeout(600_000)

/**
 * Steps to check deep links on (each a full page load, so not every step): the last click of every slide
 * with clicks, and a demo slide's halfway step.
 */
function deepLinkSample(steps: DeckStep[]) {
  const last = new Map<number, number>()
  for (const step of steps)
    last.set(step.slide, step.clicks)
  return steps.filter(s => s.clicks > 0 && (s.clicks === last.get(s.slide)
    || (s.demos.length > 0 && s.clicks === Math.ceil(last.get(s.slide)! / 2))))
}

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`

async function openAt(page: Page, slide: number, clicks: number) {
  await page.goto(clicks ? `${slide}?clicks=${clicks}` : `${slide}`)
  await settle(page, slide)
}

/** The checks, grouped as the report shows them: one soft assertion per group. */
const GROUPS: [string, CheckName[]][] = [
  ['no console error or warning, page error, failed or external request, or CSP violation', ['console', 'page-error', 'failed-request', 'external-request', 'csp']],
  ['nothing sticks out of the slide', ['overflow']],
  ['no serious or critical axe violation', ['axe']],
  ['no text under 14 px on the 980×552 canvas, SVG labels included', ['text-size']],
  ['at most 40 visible words a slide (80 in drawings)', ['words']],
  ['the notes hold one [click] marker per click of their slide', ['click-markers']],
  ['every demo draws its scenario\'s step, caption and state', ['demo']],
]

test('@once the built deck: one walk of every slide and click step, checked at each, and deep links to them', async ({ page }) => {
  const walkStarted = Date.now()
  /** The walk's drawing of each demo step, by "demo/k", for the deep links to match. */
  const fingerprints = new Map<string, string[]>()
  const demoSteps = new Map<string, number[]>()
  const { steps, issues } = await test.step('walk every slide and click step, checking each', () => checkedWalk(page, {
    entry: 'slides.md',
    onStep: async ({ slide, clicks, demos }) => {
      const found: Found[] = []
      for (const demo of demos) {
        if (!isDemo(demo)) {
          found.push({ check: 'demo', message: `data-demo="${demo}" is not in DEMOS (scenarios/demos.ts)` })
          continue
        }
        const { drawing, problems } = await drawingProblems(demoFigure(page, slide, demo), demo, clicks)
        found.push(...problems.map(message => ({ check: 'demo' as const, message })))
        fingerprints.set(`${demo}/${clicks}`, drawing.fingerprint)
        demoSteps.set(demo, [...demoSteps.get(demo) ?? [], clicks])
      }
      return found
    },
  }))
  const slides = [...new Set(steps.map(s => s.slide))]
  console.log(`walked ${slides.length} slides, ${steps.length} click steps in ${seconds(walkStarted)}`)

  if (process.env.WALK_REPORT)
    writeFileSync(process.env.WALK_REPORT, `${JSON.stringify(issues, null, 1)}\n`)
  for (const [title, checks] of GROUPS) {
    await test.step(title, () => {
      const mine: Issue[] = issues.filter(i => checks.includes(i.check))
      expect.soft(formatIssues(mine).split('\n').filter(Boolean), `${title}: ${mine.length} problem(s)`).toEqual([])
    })
  }

  await test.step('the walk visits each slide in order, with its clicks counted up from 0', () => {
    expect.soft(slides.length).toBeGreaterThan(1)
    expect.soft(slides).toEqual(slides.map((_, i) => i + 1))
    for (const slide of slides) {
      const clicks = steps.filter(s => s.slide === slide).map(s => s.clicks)
      expect.soft(clicks, `clicks of slide ${slide}`).toEqual(clicks.map((_, i) => i))
    }
  })

  await test.step('every demo of DEMOS is on a slide, with one click per scenario step', () => {
    for (const demo of Object.keys(DEMOS) as DemoId[])
      expect.soft(demoSteps.get(demo), `clicks the walk drew ${demo} at`).toEqual(Array.from({ length: stepCount(demoScenario(demo)) + 1 }, (_, k) => k))
  })

  await test.step('a deep link /N?clicks=K shows that step, as the walk drew it', async () => {
    const started = Date.now()
    const watcher = await watchPage(page)
    const sample = deepLinkSample(steps)
    const wrong: string[] = []
    for (const step of sample) {
      const link = `/${step.slide}?clicks=${step.clicks}`
      await openAt(page, step.slide, step.clicks)
      const shown = parseStep(page.url())
      if (shown.slide !== step.slide || shown.clicks !== step.clicks)
        wrong.push(`${link} shows slide ${shown.slide}, click ${shown.clicks}`)
      for (const demo of step.demos) {
        const { fingerprint } = await readDemo(demoFigure(page, step.slide, demo))
        if (JSON.stringify(fingerprint) !== JSON.stringify(fingerprints.get(`${demo}/${step.clicks}`)))
          wrong.push(`${link}: demo ${demo} draws another picture than the walk did at that step`)
      }
      wrong.push(...watcher.take().map(f => `${link}: ${f.check}: ${f.message}`))
    }
    console.log(`checked ${sample.length} deep links in ${seconds(started)}`)
    expect.soft(wrong, wrong.join('\n')).toEqual([])
  })
})

test('@sub-path under this base path: every slide loads cleanly, deep links, a reload and unknown slides', async ({ page }) => {
  const watcher = await watchPage(page)
  const slides = (await loadTalk('slides.md')).map(s => s.no)

  await test.step('every slide, one after the other, with no console error and no failed or external request', async () => {
    await page.goto('1')
    await skipTransitions(page)
    const wrong: string[] = []
    for (const no of slides) {
      if (no > 1)
        await page.keyboard.press('ArrowDown')
      await expect.poll(() => parseStep(page.url()).slide).toBe(no)
      await settle(page, no)
      await expect.soft(page.locator(`#slide-content [data-slidev-no="${no}"]`), `slide ${no}`).toContainText(/\S/)
      wrong.push(...watcher.take().map(f => `slide ${no}: ${f.check}: ${f.message}`))
    }
    expect.soft(wrong, wrong.join('\n')).toEqual([])
  })

  // Where each demo is, from the slides Slidev has mounted by now.
  const demoAt = Object.fromEntries(await page.locator('#slide-content [data-demo]').evaluateAll(els => els.map(e =>
    [(e as HTMLElement).dataset.demo!, Number(e.closest('[data-slidev-no]')!.getAttribute('data-slidev-no'))]))) as Record<string, number>

  await test.step('a deep link /N?clicks=K to each demo\'s last step draws that step', async () => {
    const wrong: string[] = []
    for (const [demo, slide] of Object.entries(demoAt)) {
      if (!isDemo(demo))
        continue
      const clicks = stepCount(demoScenario(demo))
      await openAt(page, slide, clicks)
      const shown = parseStep(page.url())
      if (shown.slide !== slide || shown.clicks !== clicks)
        wrong.push(`/${slide}?clicks=${clicks} shows slide ${shown.slide}, click ${shown.clicks}`)
      wrong.push(...(await drawingProblems(demoFigure(page, slide, demo), demo, clicks)).problems)
      wrong.push(...watcher.take().map(f => `/${slide}?clicks=${clicks}: ${f.check}: ${f.message}`))
    }
    expect.soft(Object.keys(demoAt).length, 'demos found').toBe(Object.keys(DEMOS).length)
    expect.soft(wrong, wrong.join('\n')).toEqual([])
  })

  await test.step('a reload keeps the slide and its step', async () => {
    const [demo, slide] = Object.entries(demoAt)[0]
    const clicks = stepCount(demoScenario(demo as DemoId))
    await openAt(page, slide, clicks)
    await page.reload()
    await settle(page, slide)
    expect.soft(parseStep(page.url())).toEqual({ slide, clicks })
  })

  await test.step('an unknown slide number or path gives a visible answer, not a blank page', async () => {
    // A number past either end goes to the nearest slide, URL included.
    const redirect = 'workaround unknown-slide (workarounds/unknown-slide.ts)'
    const last = Math.max(...slides)
    await page.goto(`${last + 100}`)
    await expect.soft(page, `${redirect}: /${last + 100} goes to the last slide`).toHaveURL(new RegExp(`/${last}(\\?|$)`))
    const shown = page.locator(`[data-slidev-no="${last}"]`).first()
    await expect.soft(shown, `${redirect}: the last slide shows`).toBeVisible()
    // The slide's chunk may still be loading: wait for its text rather than reading it once.
    await expect.soft(shown, `${redirect}: the last slide shows`).toContainText(/\S/)
    await page.goto('0')
    await expect.soft(page, `${redirect}: /0 goes to slide 1`).toHaveURL(/\/1(\?|$)/)
    // A single-segment path that is no slide gets the same "not found" page as any other.
    await page.goto('nonsense')
    await expect.soft(page.getByText('not found'), `${redirect}: /nonsense is not found`).toBeVisible()
    // Any other unknown path gets Slidev's 404 page, with a way back.
    await page.goto('no/such/page')
    await expect.soft(page.getByText('not found')).toBeVisible()
    await expect.soft(page.getByRole('link', { name: 'Go Home' })).toBeVisible()
  })
})
