import type { Page } from '@playwright/test'

export interface DeckStep {
  slide: number
  clicks: number
  /** `data-demo` ids drawn on this slide. */
  demos: string[]
  /** `data-step` of each demo drawn on this slide, by `data-demo` id. */
  demoSteps: Record<string, string | null>
}

/** Slide number and clicks from a deck URL such as /mise-en-prod/14?clicks=2. */
export function parseStep(url: string): { slide: number, clicks: number } {
  const parsed = new URL(url)
  const slide = Number(parsed.pathname.split('/').filter(Boolean).pop())
  return { slide, clicks: Number(parsed.searchParams.get('clicks') ?? 0) }
}

/** How long the walk waits for ArrowRight to change the URL before deciding it is on the last step. */
const LAST_STEP_WAIT_MS = 1500

/**
 * Waits until slide `slide` is shown and still: its page is visible, nothing is loading, the web fonts
 * are in, and every finite animation or transition (slide transition, v-click, a demo's state change)
 * has finished. Infinite ones (ambient traffic) are decoration and are not waited for.
 */
export async function settle(page: Page, slide: number) {
  await page.locator(`#slide-content [data-slidev-no="${slide}"]`).waitFor({ state: 'visible' })
  await page.waitForFunction(slideIsStill, slide, { polling: 'raf' })
}

/** In the page (self-contained, for any driver's evaluate): whether slide `no` is loaded, alone and still (see `settle`). */
export function slideIsStill(no: number): boolean {
  const root = document.querySelector(`#slide-content [data-slidev-no="${no}"]`)
  if (!root || root.querySelector('.slidev-slide-loading') || document.fonts.status !== 'loaded')
    return false
  if (document.querySelectorAll('#slide-content .slidev-page:not([style*="display: none"])').length > 1)
    return false
  return document.getAnimations().every(a => a.playState !== 'running'
    || a.effect?.getComputedTiming().endTime === Infinity)
}

/** The `data-step` of every demo on slide `slide`, by `data-demo` id. */
export async function demoSteps(page: Page, slide: number): Promise<Record<string, string | null>> {
  return Object.fromEntries(await page.locator(`#slide-content [data-slidev-no="${slide}"] [data-demo]`)
    .evaluateAll(els => els.map(e => [(e as HTMLElement).dataset.demo!, (e as HTMLElement).dataset.step ?? null])))
}

/**
 * Skips CSS transitions and finite CSS animations from now on, until the next page load: Slidev's slide
 * transition, every tween between two steps, and a drawing's entrance animations (finished as they start).
 * What a step draws once still is the same, and the walk is faster. Ambient motion (infinite) plays on.
 */
export async function skipTransitions(page: Page) {
  await page.addStyleTag({
    content: ':root { --slidev-transition-duration: 0s !important } *, *::before, *::after { transition-duration: 0s !important; transition-delay: 0s !important }',
  })
  await page.evaluate(() => document.addEventListener('animationstart', (event) => {
    for (const animation of (event.target as Element).getAnimations()) {
      if (animation instanceof CSSAnimation && animation.animationName === event.animationName && animation.effect?.getComputedTiming().endTime !== Infinity)
        animation.finish()
    }
  }, true))
}

export interface WalkOptions {
  /** Play CSS transitions between steps (default false: see skipTransitions). */
  transitions?: boolean
}

/**
 * Walks the whole deck as a speaker's clicker does: from slide 1, ArrowRight until nothing changes.
 * Returns every (slide, clicks) step, counted from the deck itself. `onStep` runs once the step is
 * drawn and still (see `settle`).
 */
export async function walkDeck(page: Page, onStep?: (step: DeckStep) => Promise<void>, options: WalkOptions = {}): Promise<DeckStep[]> {
  await page.goto('1')
  await page.waitForSelector('#slide-content')
  if (!options.transitions)
    await skipTransitions(page)
  const steps: DeckStep[] = []
  for (let guard = 0; guard < 2000; guard++) {
    const url = page.url()
    const { slide, clicks } = parseStep(url)
    await settle(page, slide)
    const drawn = await demoSteps(page, slide)
    const step = { slide, clicks, demos: Object.keys(drawn), demoSteps: drawn }
    steps.push(step)
    if (onStep)
      await onStep(step)
    await page.keyboard.press('ArrowRight')
    const moved = await page.waitForFunction(previous => location.href !== previous, url, { timeout: LAST_STEP_WAIT_MS })
      .then(() => true, () => false)
    if (!moved)
      break
  }
  return steps
}
