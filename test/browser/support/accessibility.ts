// What a screen reader or a keyboard meets on the deck, read through Playwright's accessibility snapshot.
import type { Page } from '@playwright/test'
import { englishWordsIn } from '../../unit/english-names'

/** Roles a user operates: their names are what a screen reader says for Slidev's controls and the deck's. */
const CONTROL_ROLES = ['button', 'link', 'textbox', 'searchbox', 'checkbox', 'radio', 'switch', 'slider', 'spinbutton', 'combobox', 'menuitem', 'tab', 'separator']

/** One line of an ARIA snapshot: `- role "name"` (the line may be YAML-quoted). */
const SNAPSHOT_LINE = /^\s*-\s*'?(\w+)(?: "((?:[^"\\]|\\.)*)")?/

/** Each node of the page's accessibility tree as its role and name (JSON-unescaped), in document order. */
export async function accessibleNodes(page: Page): Promise<{ role: string, name: string }[]> {
  const snapshot = await page.locator('body').ariaSnapshot()
  return snapshot.split('\n').flatMap((line) => {
    const [, role, name] = line.match(SNAPSHOT_LINE) ?? []
    return role ? [{ role, name: name === undefined ? '' : JSON.parse(`"${name}"`) as string }] : []
  })
}

/** The level-1 headings in the accessibility tree. */
export async function levelOneHeadings(page: Page): Promise<string[]> {
  const snapshot = await page.locator('body').ariaSnapshot()
  return [...snapshot.matchAll(/heading "((?:[^"\\]|\\.)*)" \[level=1\]/g)].map(m => JSON.parse(`"${m[1]}"`) as string)
}

/** Problems with what the accessibility tree shows of the slides: it must hold slide `slide`'s headline, and no other. */
export async function slideTreeProblems(page: Page, slide: number): Promise<string[]> {
  const headline = (await page.locator(`#slideshow > [data-slidev-no="${slide}"] h1`).first().textContent())?.trim()
  const headings = await levelOneHeadings(page)
  return headings.length === 1 && headings[0] === headline
    ? []
    : [`slide ${slide}: the accessibility tree holds ${headings.length} level-1 heading(s) ${JSON.stringify(headings)}, not only "${headline}"`]
}

/**
 * Problems with the tab order on slide `slide`: every element Tab reaches, one full round from the top of the
 * page (at most `limit` presses), must be on that slide or outside the slides (Slidev's controls).
 */
export async function tabOrderProblems(page: Page, slide: number, limit = 40): Promise<string[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  const problems: string[] = []
  let first: string | undefined
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    const stop = await page.evaluate(() => {
      const el = document.activeElement
      if (!el || el === document.body)
        return null
      const onSlide = el.closest<HTMLElement>('#slideshow > [data-slidev-no]')?.dataset.slidevNo
      const path = [...el.parentElement ? [el.parentElement.tagName.toLowerCase()] : [], el.tagName.toLowerCase()].join(' > ')
      return { onSlide: onSlide ? Number(onSlide) : null, label: `${path} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`, id: `${path}#${[...document.querySelectorAll('*')].indexOf(el)}` }
    })
    if (!stop)
      continue
    if (stop.id === first)
      break
    first ??= stop.id
    if (stop.onSlide !== null && stop.onSlide !== slide)
      problems.push(`slide ${slide}: Tab reaches ${stop.label} on slide ${stop.onSlide}`)
  }
  return problems
}

/** The controls whose accessible name holds English, as "role "name" (words)". */
export async function englishControlNames(page: Page): Promise<string[]> {
  return (await accessibleNodes(page))
    .filter(({ role }) => CONTROL_ROLES.includes(role))
    .flatMap(({ role, name }) => {
      const english = englishWordsIn(name)
      return english.length ? [`${role} "${name}" (${english.join(', ')})`] : []
    })
}

/** The text of the live region that announces slide changes. */
export function announcement(page: Page): Promise<string> {
  return page.locator('[data-slide-announcer]').textContent().then(text => text ?? '')
}
