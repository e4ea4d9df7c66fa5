import { basename, dirname, resolve } from 'node:path'
import { load } from '@slidev/parser/fs'

/**
 * The talk's rules, as plain functions shared by the unit tests (source markdown and the
 * fixture deck in test/fixtures/talk-rules) and the browser spec (rendered slides).
 */

/** Sections in talk order, named after the page files (pages/NN-<section>.md). */
export const SECTION_ORDER = ['intro', 'architecture', 'industrialisation', 'mco', 'securite', 'disaster-recovery', 'conclusion'] as const

/** Visible words allowed on one slide. */
export const WORD_BUDGET = 40

/** Sentences a speaker note needs at least. */
export const MIN_NOTE_SENTENCES = 2

export interface TalkSlide {
  /** 1-based, as in the deck's URLs. */
  no: number
  /** Section from the top-level page file the slide comes from; null for the entry file's own slides. */
  section: string | null
  file: string
  note: string
  content: string
}

function sectionOf(file: string): string {
  return basename(file, '.md').replace(/^\d+-/, '')
}

/** Every slide of a deck, following `src:` includes, with its section. */
export async function loadTalk(entry: string): Promise<TalkSlide[]> {
  const root = dirname(resolve(entry))
  const data = await load({ userRoot: root, roots: [root] }, resolve(entry))
  const errors = Object.values(data.markdownFiles).flatMap(md => md.errors ?? [])
  if (errors.length)
    throw new Error(`Deck does not parse: ${errors.map(e => e.message).join('; ')}`)
  return data.slides.map((slide, i) => {
    const chain = [...(slide.importChain ?? []).map(s => s.filepath), slide.source.filepath]
    return {
      no: i + 1,
      section: chain.length > 1 ? sectionOf(chain[1]) : null,
      file: slide.source.filepath,
      note: slide.note ?? '',
      content: slide.content,
    }
  })
}

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
  for (const s of slides) {
    if (s.section !== null && sequence.at(-1) !== s.section)
      sequence.push(s.section)
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

/** Words in a text: whitespace-separated tokens holding a letter or a digit (a URL is one word). */
export function countWords(text: string): number {
  return text.split(/\s+/u).filter(token => /[\p{L}\p{N}]/u.test(token)).length
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
