// The workarounds whose effect only a page shows (the others are checked on the build, workarounds/guards*.ts).
// Tagged @once: nothing here depends on the base path.
import type { Page } from '@playwright/test'
import type { TransitionSetting } from '../../workarounds/warm-slides/neighbours'
import { expect, test } from '@playwright/test'
import { warmSlides } from '../../workarounds/warm-slides/neighbours'
import { loadTalk } from '../unit/talk-rules'
import { settle } from './support/deck'

/** Each slide Slidev has mounted: its number, its `data-warm` mark, and whether it is rendered (not display: none). */
function mountedSlides(page: Page) {
  return page.locator('#slideshow > .slidev-page').evaluateAll(els => els.map(el => ({
    no: Number((el as HTMLElement).dataset.slidevNo),
    warm: (el as HTMLElement).dataset.warm ?? null,
    rendered: getComputedStyle(el).display !== 'none',
  })))
}

/** How slides differ from `expected` (slide number → its warm transition) while the speaker is on `current`. */
function warmthProblems(slides: { no: number, warm: string | null, rendered: boolean }[], current: number, expected: Map<number, string>) {
  return slides.filter(slide => slide.no !== current).flatMap((slide) => {
    const want = expected.get(slide.no) ?? null
    if (slide.warm !== want)
      return [`slide ${slide.no} is marked ${slide.warm ?? 'cold'}, ${want ?? 'cold'} expected`]
    if (slide.rendered !== (want !== null))
      return [`slide ${slide.no} is ${slide.rendered ? 'rendered' : 'not rendered'}`]
    return []
  })
}

test('@once workaround warm-slides (workarounds/warm-slides): the slides next to the current one are rendered, the others not', async ({ page }) => {
  const talk = await loadTalk('slides.md')
  const current = 2
  // The transitions as the deck's parse gives them: slide 1's frontmatter is the headmatter, the deck's default.
  const transition = (no: number) => talk[no - 1].frontmatter.transition as TransitionSetting
  const expected = warmSlides(current, talk.map(s => s.no === 1 ? undefined : transition(s.no)), transition(1))
  expect([...expected.keys()].sort(), 'the deck\'s transitions warm both neighbours of slide 2').toEqual([current - 1, current + 1])
  await page.goto(String(current))
  await settle(page, current)
  await expect(async () => {
    const slides = await mountedSlides(page)
    expect(slides.map(s => s.no)).toEqual(expect.arrayContaining([current - 1, current + 1]))
    expect(warmthProblems(slides, current, expected), 'warm-slides (workarounds/warm-slides): the neighbours are not kept rendered').toEqual([])
  }).toPass({ timeout: 10_000 })

  // The check can fail: the same slides with their marks taken off read as cold.
  await page.locator('#slideshow > .slidev-page').evaluateAll(els => els.forEach(el => delete (el as HTMLElement).dataset.warm))
  expect(warmthProblems(await mountedSlides(page), current, expected)).toHaveLength(expected.size)
})

test('@once workaround print-class (workarounds/print-class.ts): a per-slide print render hides Slidev\'s offline toast', async ({ browser }) => {
  // A first visit held upright, where the slide view shows the toast while the service worker caches the site.
  const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage()
  await page.goto('1?print=clicks')
  const toast = page.locator('.slidev-pwa-indicator')
  await expect(toast).toHaveCount(1, { timeout: 30_000 })
  await expect(toast, 'print-class (workarounds/print-class.ts): the toast shows on a print render').toBeHidden()

  // The check can fail: the same render without the class shows the toast.
  await page.evaluate(() => document.documentElement.classList.remove('deck-printing'))
  await expect(toast).toBeVisible()
  await page.context().close()
})
