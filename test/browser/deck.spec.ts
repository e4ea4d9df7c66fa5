// The generic suite: every slide and every click step of the built deck, whatever the deck holds.
// One walk of the deck feeds every part (walking is the slow bit); each part asserts softly, so one
// run reports every problem of every part, each with its slide and click.
import type { Page } from '@playwright/test'
import type { DeckStep } from './support/deck'
import { expect, test } from '@playwright/test'
import { checkedWalk, formatIssues, watchPage } from './support/checks'
import { parseStep, settle } from './support/deck'

test.setTimeout(600_000)

/**
 * Steps to check deep links on: the last click of every slide that has clicks and, on a slide with a
 * demo, a step halfway too (each deep link is a full page load, so not every step).
 */
function deepLinkSample(steps: DeckStep[]) {
  const last = new Map<number, number>()
  for (const s of steps)
    last.set(s.slide, s.clicks)
  return steps.filter(s => s.clicks > 0 && (s.clicks === last.get(s.slide)
    || (s.demos.length > 0 && s.clicks === Math.ceil(last.get(s.slide)! / 2))))
}

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`

async function openAt(page: Page, slide: number, clicks: number) {
  await page.goto(clicks ? `${slide}?clicks=${clicks}` : `${slide}`)
  await settle(page, slide)
}

test('the built deck: every slide and click step, deep links, reload, unknown slides', async ({ page }) => {
  const walkStarted = Date.now()
  const { steps, issues } = await test.step('walk every slide and click step, checking each', () => checkedWalk(page))
  const slides = [...new Set(steps.map(s => s.slide))]
  console.log(`walked ${slides.length} slides, ${steps.length} click steps in ${seconds(walkStarted)}`)

  await test.step('no console error or warning, page error, failed or external request, CSP violation, overflow or axe violation', () => {
    expect.soft(issues, `${issues.length} problem(s):\n${formatIssues(issues)}`).toEqual([])
  })

  await test.step('the walk visits each slide in order, with its clicks counted up from 0', () => {
    expect.soft(slides.length).toBeGreaterThan(1)
    expect.soft(slides).toEqual(slides.map((_, i) => i + 1))
    for (const slide of slides) {
      const clicks = steps.filter(s => s.slide === slide).map(s => s.clicks)
      expect.soft(clicks, `clicks of slide ${slide}`).toEqual(clicks.map((_, i) => i))
    }
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
      for (const [demo, expected] of Object.entries(step.demoSteps)) {
        const actual = await page.locator(`#slide-content [data-slidev-no="${step.slide}"] [data-demo="${demo}"]`).getAttribute('data-step')
        if (actual !== expected)
          wrong.push(`${link}: demo ${demo} at data-step ${actual}, the walk drew ${expected}`)
      }
      wrong.push(...watcher.take().map(f => `${link}: ${f.check}: ${f.message}`))
    }
    console.log(`checked ${sample.length} deep links in ${seconds(started)}`)
    expect.soft(wrong, wrong.join('\n')).toEqual([])
  })

  await test.step('a reload keeps the slide and its step', async () => {
    const step = deepLinkSample(steps)[0] ?? steps.at(-1)!
    await openAt(page, step.slide, step.clicks)
    await page.reload()
    await settle(page, step.slide)
    expect.soft(parseStep(page.url())).toEqual({ slide: step.slide, clicks: step.clicks })
  })

  await test.step('an unknown slide number or path gives a visible answer, not a blank page', async () => {
    // A number past either end goes to the nearest slide (setup/root.ts), URL included.
    const last = Math.max(...slides)
    await page.goto(`${last + 100}`)
    await expect.soft(page).toHaveURL(new RegExp(`/${last}(\\?|$)`))
    const shown = page.locator(`[data-slidev-no="${last}"]`).first()
    await expect.soft(shown).toBeVisible()
    // The slide's chunk may still be loading: wait for its text rather than reading it once.
    await expect.soft(shown).toContainText(/\S/)
    await page.goto('0')
    await expect.soft(page).toHaveURL(/\/1(\?|$)/)
    // A single-segment path that is no slide gets the same "not found" page as any other.
    await page.goto('nonsense')
    await expect.soft(page.getByText('not found')).toBeVisible()
    // Any other unknown path gets Slidev's 404 page, with a way back.
    await page.goto('no/such/page')
    await expect.soft(page.getByText('not found')).toBeVisible()
    await expect.soft(page.getByRole('link', { name: 'Go Home' })).toBeVisible()
  })
})
