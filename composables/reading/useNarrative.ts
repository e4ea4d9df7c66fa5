import { shallowRef } from 'vue'

/** One slide's narrative, as scripts/narrative-plugin.mjs reads it from the deck's source. */
export interface NarrativeSlide {
  /** Slidev's slide number. */
  no: number
  /** The slide's headline. */
  title: string
  /** The section file the slide comes from (`02-architecture`), null for slides of `slides.md` itself. */
  section: string | null
  /** The speaker notes as reading paragraphs (HTML from the deck's own Markdown). */
  html: string
  /** The components the slide's Markdown places, with their static attributes. */
  components: readonly { component: string, props: Readonly<Record<string, string>> }[]
  /** The text alternatives of the pictures the slide's Markdown draws itself (`![alt](…)`, `role="img"`). */
  images: readonly string[]
}

/**
 * The talk's narrative, loaded on first use: a dynamic import, so only the page that calls this
 * (the reading page) ever downloads the text. `narrative` is null until it has arrived.
 */
export function useNarrative() {
  const narrative = shallowRef<NarrativeSlide[] | null>(null)
  const ready = import('virtual:narrative').then(module => (narrative.value = module.default))
  return { narrative, ready }
}
