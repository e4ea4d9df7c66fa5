import type { Page } from '@playwright/test'

export interface DeckStep {
  slide: number
  clicks: number
  /** `data-demo` ids drawn on this slide. */
  demos: string[]
}

/** Slide number and clicks from a deck URL such as /mise-en-prod/14?clicks=2. */
export function parseStep(url: string): { slide: number, clicks: number } {
  const u = new URL(url)
  const slide = Number(u.pathname.split('/').filter(Boolean).pop())
  return { slide, clicks: Number(u.searchParams.get('clicks') ?? 0) }
}

/** The visible slide's root element. */
export function currentSlide(page: Page) {
  return page.locator('.slidev-page:visible [data-slidev-no], #slide-content').first()
}

/**
 * Walks the whole deck as a speaker's clicker does: from slide 1, ArrowRight until nothing changes.
 * Returns every (slide, clicks) step, counted from the deck itself.
 */
export async function walkDeck(page: Page, onStep?: (step: DeckStep) => Promise<void>): Promise<DeckStep[]> {
  await page.goto('1')
  await page.waitForSelector('#slide-content')
  const steps: DeckStep[] = []
  let previous = ''
  for (let guard = 0; guard < 1000; guard++) {
    const url = page.url()
    if (url === previous)
      break
    previous = url
    const { slide, clicks } = parseStep(url)
    const demos = await page.locator(`[data-slidev-no="${slide}"] [data-demo]`).evaluateAll(els => els.map(e => (e as HTMLElement).dataset.demo!))
    const step = { slide, clicks, demos }
    steps.push(step)
    if (onStep)
      await onStep(step)
    await page.keyboard.press('ArrowRight')
    await page.waitForTimeout(60)
  }
  return steps
}
