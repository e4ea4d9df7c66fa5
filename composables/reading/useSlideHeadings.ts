import type { MaybeRefOrGetter } from 'vue'
import { useMutationObserver } from '@vueuse/core'
import { toValue } from 'vue'

/** The level a heading of a drawn slide takes under the article's h3: an h2 of the slide becomes level 4. */
export const headingLevelOnPage = (level: number) => Math.min(6, Math.max(4, level + 2))

/**
 * Fits the headings of a slide drawn on the reading page into the page's outline (h1 page, h2
 * section, h3 slide): the slide's own headline, its first h1, repeats the article's h3 just above it
 * and is hidden from assistive technology; every other heading comes under the h3 (headingLevelOnPage).
 */
export function useSlideHeadings(box: MaybeRefOrGetter<HTMLElement | null | undefined>) {
  useMutationObserver(box, () => {
    const headings = [...toValue(box)?.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6') ?? []]
    const headline = headings.find(h => h.tagName === 'H1')
    for (const heading of headings) {
      if (heading === headline)
        heading.setAttribute('aria-hidden', 'true')
      else
        heading.setAttribute('aria-level', String(headingLevelOnPage(Number(heading.tagName[1]))))
    }
  }, { subtree: true, childList: true })
}
