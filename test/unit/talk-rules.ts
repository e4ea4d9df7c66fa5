import type { TalkSlide } from '../../scripts/talk-timing.mjs'
import { countWords, loadTalk, SECTION_ORDER } from '../../scripts/talk-timing.mjs'

/**
 * The talk's rules, as plain functions shared by the unit tests (source markdown and the
 * fixture deck in test/fixtures/talk-rules) and the browser spec (rendered slides).
 * Reading the deck and counting words live in scripts/talk-timing.mjs, which times the talk.
 */
export { countWords, loadTalk, SECTION_ORDER }
export type { TalkSlide }

/** Visible words allowed on one slide. */
export const WORD_BUDGET = 40

/** Sentences a speaker note needs at least. */
export const MIN_NOTE_SENTENCES = 2

/** Sentences in a note: runs of text with a letter, ended by . ! ? … or the end. */
export function countSentences(note: string): number {
  return note.split(/[.!?…]+(?:\s|$)/u).filter(s => /\p{L}/u.test(s)).length
}

/** Slides whose speaker notes are missing or shorter than two sentences. */
export function slidesLackingNotes(slides: readonly TalkSlide[]): TalkSlide[] {
  return slides.filter(s => countSentences(s.note) < MIN_NOTE_SENTENCES)
}

/** The sections in the order the deck visits them (consecutive slides merged). */
export function sectionSequence(slides: readonly TalkSlide[]): string[] {
  const sequence: string[] = []
  for (const slide of slides) {
    if (slide.section !== null && sequence.at(-1) !== slide.section)
      sequence.push(slide.section)
  }
  return sequence
}

/** What is wrong with the section order, or an empty list when it is the talk's order. */
export function sectionOrderErrors(slides: readonly TalkSlide[]): string[] {
  const seen = sectionSequence(slides)
  const errors: string[] = []
  if (seen.length !== new Set(seen).size)
    errors.push(`a section comes back after another one: ${seen.join(' → ')}`)
  if (seen.join(' ') !== SECTION_ORDER.join(' '))
    errors.push(`expected ${SECTION_ORDER.join(' → ')}, got ${seen.join(' → ')}`)
  return errors
}

export interface WordCount { slide: number, words: number }

export function overBudget(counts: readonly WordCount[], budget = WORD_BUDGET): WordCount[] {
  return counts.filter(c => c.words > budget)
}

/**
 * A slide's words as written in markdown, for decks that are not rendered (the fixture):
 * notes, tags, attributes, code fences and markdown markers removed.
 */
export function markdownWords(content: string): number {
  const text = content
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/[#*_>`|[\]()-]/g, ' ')
  return countWords(text)
}
