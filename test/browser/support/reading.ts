// The reading page (`<base>lire`) as its specs read it: opened with every slide drawn, what sticks out
// sideways, and its outline of headings.
import type { Page } from '@playwright/test'
import { expect } from '@playwright/test'

/** Opens the reading page and draws every slide (they are drawn as they come near the screen). */
export async function openReading(page: Page, slides: number, path = 'lire') {
  await page.goto(path)
  await expect(page.locator('article.reading-slide')).toHaveCount(slides)
  const boxes = page.locator('[data-reading-slide]')
  // One at a time: a box scrolled past between two frames is never seen by the page's observer.
  for (let i = 0; i < slides; i++) {
    await boxes.nth(i).scrollIntoViewIfNeeded()
    await expect(boxes.nth(i).locator('.slidev-page')).toBeAttached({ timeout: 20_000 })
  }
  await page.waitForFunction(() => [...document.querySelectorAll('[data-reading-slide]')]
    .every(box => box.querySelector('.slidev-page') && !box.querySelector('.slidev-slide-loading')) && document.fonts.status === 'loaded')
}

/**
 * What makes the reading page scroll sideways, or would if the page did not clip it: the document
 * wider than the window, or an element of the page (not of a drawn slide, which its box clips) past
 * the window's right edge. Null when nothing does.
 */
export async function sidewaysScroll(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const root = document.documentElement
    const past = [...document.querySelectorAll<HTMLElement>('.reading-page *')]
      .find(el => !el.closest('[data-reading-slide]') && el.getBoundingClientRect().right > innerWidth + 0.5)
    if (root.scrollWidth <= innerWidth && !past)
      return null
    return `scrolls sideways: ${past ? `<${past.tagName.toLowerCase()} class="${past.className}"> ends at ${Math.round(past.getBoundingClientRect().right)} px` : `${root.scrollWidth} px wide`} in a ${innerWidth} px window`
  })
}

export interface Heading { level: number, name: string }

/** The headings of the reading page's `<main>` as assistive technology gets them (Playwright's ARIA snapshot). */
export async function headings(page: Page): Promise<Heading[]> {
  const snapshot = await page.locator('main.reading-page').ariaSnapshot()
  // A line is YAML: `- heading "name" [level=3]`, single-quoted (quotes doubled) when the name has a colon.
  return [...snapshot.matchAll(/^\s*- (')?heading "(.*)" \[level=(\d)\]/gm)]
    .map(([, quoted, name, level]) => ({ level: Number(level), name: quoted ? name.replaceAll('\'\'', '\'') : name }))
}

/** What is wrong with an outline: not exactly one level 1, a level skipped on the way down. */
export function outlineProblems(outline: readonly Heading[]): string[] {
  const problems: string[] = []
  const ones = outline.filter(h => h.level === 1)
  if (ones.length !== 1)
    problems.push(`${ones.length} headings of level 1: ${ones.map(h => `"${h.name}"`).slice(0, 4).join(', ')}`)
  outline.forEach((heading, i) => {
    const previous = outline[i - 1]?.level ?? 0
    if (heading.level > previous + 1)
      problems.push(`"${heading.name}" (level ${heading.level}) comes after a level ${previous}`)
  })
  return problems
}
