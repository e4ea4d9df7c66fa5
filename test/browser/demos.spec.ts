// The demos and the speaker's tools, once (they do not depend on the base path, which deck.spec.ts
// covers under both): going backwards, clamped deep links, rapid key presses, reduced motion, print,
// dark theme, chaos mode, and the presenter view. Every expected drawing comes from DEMOS.
import type { Page } from '@playwright/test'
import type { DemoId } from '../../scenarios/demos'
import { expect, test } from '@playwright/test'
import { chaosScenario } from '../../scenarios/chaos'
import { DEMOS, demoScenario } from '../../scenarios/demos'
import { captionAt, stateAt, stepCount } from '../../scenarios/scenario'
import { loadTalk } from '../unit/talk-rules'
import { axeIssues, countClickMarkers, watchPage } from './support/checks'
import { parseStep, settle } from './support/deck'
import { demoFigure, demoSlides, demoViewProbes, drawingProblems, readDemo } from './support/demos'

test.describe.configure({ mode: 'parallel' })
test.setTimeout(240_000)

const DEMO_IDS = Object.keys(DEMOS) as DemoId[]
const total = (demo: DemoId) => stepCount(demoScenario(demo))

/**
 * How long a demo may take to draw a step: a fading element may linger briefly, and a slide opened by a new
 * page load may wait for its chunk behind every other browser of the suite on a 2-core machine.
 */
const DRAWN_TIMEOUT_MS = 20_000

/** Waits until demo `demo` draws step k as its scenario says. */
async function expectDrawn(page: Page, slide: number, demo: DemoId, k: number, scope?: string) {
  await expect(async () => {
    const { problems } = await drawingProblems(demoFigure(page, slide, demo, scope), demo, k)
    expect(problems).toEqual([])
  }).toPass({ timeout: DRAWN_TIMEOUT_MS })
}

/** Fails the test with whatever the page logged, requested or violated since the last call. */
async function expectQuietPage(page: Page) {
  const found = (await watchPage(page)).take()
  expect(found.map(f => `${f.check}: ${f.message}`)).toEqual([])
}

test('@once going backwards with ArrowLeft redraws every earlier step of every demo', async ({ page }) => {
  const slides = await demoSlides()
  await watchPage(page)
  for (const demo of DEMO_IDS) {
    await page.goto(`${slides[demo]}?clicks=${total(demo)}`)
    await settle(page, slides[demo])
    await expectDrawn(page, slides[demo], demo, total(demo))
    for (let k = total(demo) - 1; k >= 0; k--) {
      await page.keyboard.press('ArrowLeft')
      await expect.poll(() => parseStep(page.url()).clicks).toBe(k)
      await expectDrawn(page, slides[demo], demo, k)
    }
  }
  await expectQuietPage(page)
})

test('@once a deep link past a demo\'s last step draws the last step, and a reload keeps it', async ({ page }) => {
  const slides = await demoSlides()
  const demo: DemoId = 'rolling-deploy'
  await page.goto(`${slides[demo]}?clicks=${total(demo) + 50}`)
  await expect.poll(() => parseStep(page.url()).clicks).toBe(total(demo))
  await expectDrawn(page, slides[demo], demo, total(demo))
  await page.reload()
  await expectDrawn(page, slides[demo], demo, total(demo))
})

test('@once a hundred key presses within a second end on the drawing of the step the URL names', async ({ page }) => {
  const slides = await demoSlides()
  const demo: DemoId = 'rolling-deploy'
  const slide = slides[demo]
  await watchPage(page)
  await page.goto(`${slide}`)
  await settle(page, slide)
  // Forward through the demo, then back and forth, queued in the page 8 ms apart, as a clicker's key
  // events queue while the deck works. Slidev may drop a press that arrives mid-navigation: where it
  // ends is not fixed, but the drawing must be the one of the step the URL names.
  const keys = [...Array.from({ length: total(demo) }, () => 'ArrowRight'), ...Array.from({ length: 100 - total(demo) }, (_, i) => (i % 2 ? 'ArrowRight' : 'ArrowLeft'))]
  await page.evaluate(keys => new Promise<void>((resolve) => {
    keys.forEach((key, i) => setTimeout(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key, code: key, bubbles: true }))
      window.dispatchEvent(new KeyboardEvent('keyup', { key, code: key, bubbles: true }))
      if (i === keys.length - 1)
        resolve()
    }, i * 8))
  }), keys)
  let last = ''
  await expect.poll(() => {
    const [previous, now] = [last, page.url()]
    last = now
    return previous === now
  }, { intervals: [300] }).toBe(true)
  const landed = parseStep(page.url())
  expect(landed.slide).toBe(slide)
  expect(landed.clicks).toBeGreaterThan(0)
  await expectDrawn(page, slide, demo, landed.clicks)
  await expectQuietPage(page)
})

test('@once under prefers-reduced-motion, in print and in the dark theme, every demo draws its last step', async ({ page }) => {
  const slides = await demoSlides()
  // Reduced motion and the dark theme at once: what each changes (motion, colours) does not depend on the other.
  // The walk runs axe, contrast included, in the light theme with motion; here the dark one.
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' })
  for (const demo of DEMO_IDS) {
    const slide = slides[demo]
    await page.goto(`${slide}?clicks=${total(demo)}`)
    await settle(page, slide)
    await expectDrawn(page, slide, demo, total(demo))
    const moving = await demoFigure(page, slide, demo).evaluate(figure => document.getAnimations().filter(a => a.effect?.getComputedTiming().endTime === Infinity
      && figure.contains((a.effect as KeyframeEffect).target)).length)
    expect(moving, `${demo}: ambient animations under reduced motion`).toBe(0)
    await expect(page.locator('html')).toHaveClass(/\bdark\b/)
    expect((await axeIssues(page, slide)).map(f => f.message), `${demo}, dark theme`).toEqual([])
  }
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: null })
  for (const demo of DEMO_IDS) {
    const slide = slides[demo]
    await page.goto(`${slide}?print=clicks&clicks=${total(demo)}`)
    await expectDrawn(page, slide, demo, total(demo))
    await expect(page.locator('[data-chaos-controls]'), `${demo}: chaos controls in print`).toHaveCount(0)
    await expect(demoFigure(page, slide, demo).locator('.infra-traffic__dot'), `${demo}: ambient dots in print`).toHaveCount(0)
  }
})

test('@once the rolling deploy shows requests flowing, and the colour legend', async ({ page }) => {
  const slides = await demoSlides()
  const slide = slides['rolling-deploy']
  await page.goto(`${slide}?clicks=${Math.ceil(total('rolling-deploy') / 2)}`)
  await settle(page, slide)
  const root = page.locator(`#slide-content [data-slidev-no="${slide}"]`)
  await expect(root.locator('.infra-traffic__dot').first()).toBeVisible()
  await expect(root.getByRole('list', { name: 'Légende des couleurs' })).toBeVisible()
})

test.describe('@once chaos mode on the self-healing slide', () => {
  async function expectChaos(page: Page, slide: number, failure: string, k: number) {
    const run = chaosScenario(failure, 1)
    const figure = demoFigure(page, slide, 'self-healing')
    const want = { '@data-mode': 'chaos', '@data-step': String(k), ...demoViewProbes('self-healing', stateAt(run, k)) }
    await expect(async () => {
      const drawing = await readDemo(figure, want)
      expect({ probed: drawing.probed, caption: drawing.caption }).toEqual({ probed: want, caption: captionAt(run, k) })
    }).toPass({ timeout: DRAWN_TIMEOUT_MS })
  }

  /** Opens the self-healing slide at click `clicks`, watched, once its scripted step is drawn. */
  async function openSelfHealing(page: Page, clicks: number) {
    const slide = (await demoSlides())['self-healing']
    await watchPage(page)
    await page.goto(`${slide}?clicks=${clicks}`)
    await expectDrawn(page, slide, 'self-healing', clicks)
    return { slide, figure: demoFigure(page, slide, 'self-healing') }
  }

  test('works with the mouse: break a machine, step the repair, go back to the script', async ({ page }) => {
    const scripted = Math.ceil(total('self-healing') / 2)
    const { slide, figure } = await openSelfHealing(page, scripted)
    await page.getByRole('button', { name: 'Mode chaos' }).click()
    await page.locator('[data-chaos-target="front-1"]').click()
    await expectChaos(page, slide, 'front-1', 1)
    const steps = stepCount(chaosScenario('front-1', 1))
    for (let k = 2; k <= steps; k++) {
      await page.locator('[data-chaos="next"]').click()
      await expectChaos(page, slide, 'front-1', k)
    }
    await expect(figure).toHaveAttribute('data-service-mode', 'nominal')
    await expect(page.locator('[data-chaos="next"]')).toHaveAttribute('aria-disabled', 'true')
    await page.locator('[data-chaos="next"]').dispatchEvent('click')
    await expectChaos(page, slide, 'front-1', steps)
    await page.locator('[data-chaos="prev"]').click()
    await expectChaos(page, slide, 'front-1', steps - 1)
    // The clicker's position never moved: the URL still says the scripted step.
    expect(parseStep(page.url())).toEqual({ slide, clicks: scripted })

    // A single point of failure ends down, and names it.
    await page.locator('[data-chaos-target="lb"]').click()
    await page.locator('[data-chaos="next"]').click()
    await page.locator('[data-chaos="next"]').click()
    await expectChaos(page, slide, 'lb', stepCount(chaosScenario('lb', 1)))
    await expect(figure).toHaveAttribute('data-service-mode', 'down')
    await expect(figure).toHaveAttribute('data-spof', /\S/)

    await page.locator('[data-chaos="reset"]').click()
    await expectDrawn(page, slide, 'self-healing', scripted)
    await expectQuietPage(page)
  })

  test('works with the keyboard, and the clicker returns to the script', async ({ page }) => {
    const { slide, figure } = await openSelfHealing(page, 0)
    const toggle = page.getByRole('button', { name: 'Mode chaos' })
    await toggle.focus()
    await page.keyboard.press('Enter')
    const target = page.locator('[data-chaos-target="datacenter"]')
    await target.focus()
    // The focused button shows a visible focus ring.
    expect(await target.evaluate(e => getComputedStyle(e).outlineStyle)).not.toBe('none')
    await page.keyboard.press('Space')
    await expectChaos(page, slide, 'datacenter', 1)
    await expect(figure.locator('[data-zone="dc-a"]')).toHaveAttribute('data-zone-status', 'cut')
    await page.locator('[data-chaos="next"]').focus()
    await page.keyboard.press('Enter')
    await expectChaos(page, slide, 'datacenter', 2)
    await page.keyboard.press('Enter')
    await expectChaos(page, slide, 'datacenter', 3)
    await expect(figure).toHaveAttribute('data-spof', /\S/)
    // Arrow keys on a focused chaos button do not move the slide…
    await page.keyboard.press('ArrowRight')
    expect(parseStep(page.url())).toEqual({ slide, clicks: 0 })
    await expectChaos(page, slide, 'datacenter', 3)
    // …and the clicker, once the focus leaves the controls, goes back to the scripted path.
    await page.locator('[data-chaos="next"]').evaluate(e => (e as HTMLElement).blur())
    await page.keyboard.press('ArrowRight')
    await expectDrawn(page, slide, 'self-healing', 1)

    // Leaving the slide also ends chaos mode: back on it, the script shows.
    await page.keyboard.press('ArrowLeft')
    await expectDrawn(page, slide, 'self-healing', 0)
    await page.locator('[data-chaos-target="lb"]').click()
    await expectChaos(page, slide, 'lb', 1)
    await page.locator('[data-chaos-target="lb"]').evaluate(e => (e as HTMLElement).blur())
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => parseStep(page.url()).slide).toBe(slide - 1)
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => parseStep(page.url())).toEqual({ slide, clicks: 0 })
    await expectDrawn(page, slide, 'self-healing', 0)
    await expectQuietPage(page)
  })
})

// `npm test` builds the deck under "/" with a test PRESENTER_PASSWORD (scripts/test.mjs), so the
// speaker's main tool is tested on what a password build ships.
test('@once the presenter view: notes with the current click highlighted, the next step previewed, a running timer', async ({ page }) => {
  const password = process.env.PRESENTER_PASSWORD
  expect(password, 'run with PRESENTER_PASSWORD, and a build made with it (scripts/test.mjs does both)').toBeTruthy()
  const slides = await demoSlides()
  await watchPage(page)
  const presenter = (slide: number, clicks: number) => page.goto(`presenter/${slide}?clicks=${clicks}&password=${encodeURIComponent(password!)}`)

  // Each demo: the current pane draws step k, the next-step pane step k + 1.
  for (const demo of DEMO_IDS) {
    const k = Math.min(1, total(demo) - 1)
    await presenter(slides[demo], k)
    await expectDrawn(page, slides[demo], demo, k, '.grid-section.main')
    await expectDrawn(page, slides[demo], demo, k + 1, '.grid-section.next')
  }

  // The notes show, and Slidev highlights the current click's [click] marker; the next click moves it.
  const talk = await loadTalk('slides.md')
  const marked = talk.find(s => countClickMarkers(s.note) >= 2)
  expect(marked, 'a slide whose notes hold two [click] markers').toBeTruthy()
  await presenter(marked!.no, 1)
  const notes = page.locator('.grid-section.note .slidev-note')
  await expect(notes).toBeVisible()
  await expect(notes).toContainText(marked!.note.replace(/\[click(?::\d+)?\]/g, '').replace(/<[^>]+>/g, '').trim().split(/\s+/).slice(0, 3).join(' '))
  const active = notes.locator('.slidev-note-click-mark-active')
  await expect(active).toHaveCount(1)
  await expect(active).toHaveAttribute('data-clicks', '1')
  await page.keyboard.press('ArrowRight')
  await expect(active).toHaveAttribute('data-clicks', '2')

  // The timer runs (Slidev starts it on the first navigation; else its play button, shown on hover, does).
  const timer = page.locator('.slidev-presenter .group:has(.font-mono)').first()
  const clock = timer.locator('.font-mono')
  if (!await timer.locator('.i-carbon\\:pause').count()) {
    await timer.hover()
    await timer.locator('.i-carbon\\:play').locator('xpath=..').click()
  }
  const before = await clock.textContent()
  await expect.poll(() => clock.textContent(), { timeout: 5000 }).not.toBe(before)
  await expectQuietPage(page)
})
