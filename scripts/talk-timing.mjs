#!/usr/bin/env node
// How long the talk runs, from its source: per section and in all, the slides, the clicks, the words
// of the speaker notes and the minutes they take at a speaking pace, plus a few seconds per click.
// `npm run talk:timing` prints the table and exits 1 when the notes or the time are over budget.
import { basename, dirname, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { load } from '@slidev/parser/fs'

/** Sections in talk order, named after the page files (pages/NN-<section>.md). */
export const SECTION_ORDER = /** @type {const} */ (['intro', 'architecture', 'industrialisation', 'mco', 'securite', 'disaster-recovery', 'conclusion'])

export const BUDGET = { words: 2800, minutes: 23, wordsPerMinute: 130, secondsPerClick: 2 }

/** Slidev's click marker in notes (`[click]`, or `[click:3]` for several steps at once). */
const CLICK_MARKER = /\[click(?::(\d+))?\]/gi

/**
 * @typedef {object} TalkSlide
 * @property {number} no 1-based, as in the deck's URLs.
 * @property {string | null} section Section of the top-level page file the slide comes from; null for the entry file's own slides.
 * @property {string} file
 * @property {string} note
 * @property {string} content
 * @property {Record<string, unknown>} frontmatter
 */

/** @param {string} file */
function sectionOf(file) {
  return basename(file, '.md').replace(/^\d+-/, '')
}

/**
 * Every slide of a deck, following `src:` includes, with its section.
 * @param {string} entry
 * @returns {Promise<TalkSlide[]>}
 */
export async function loadTalk(entry) {
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
      frontmatter: slide.frontmatter ?? {},
    }
  })
}

/**
 * Words in a text: whitespace-separated tokens holding a letter or a digit (a URL is one word).
 * @param {string} text
 */
export function countWords(text) {
  return text.split(/\s+/u).filter(token => /[\p{L}\p{N}]/u.test(token)).length
}

/**
 * Click steps the notes mark (`[click]` is one, `[click:3]` three).
 * @param {string} note
 */
export function countClickMarkers(note) {
  return [...note.matchAll(CLICK_MARKER)].reduce((n, m) => n + Number(m[1] ?? 1), 0)
}

/**
 * What the speaker says: the notes without their click markers.
 * @param {string} note
 */
export function spokenWords(note) {
  return countWords(note.replace(CLICK_MARKER, ' '))
}

/**
 * The clicks a slide declares in its frontmatter (`clicks: 6`); 0 when it has none.
 * @param {Record<string, unknown>} frontmatter
 */
export function declaredClicks(frontmatter) {
  const clicks = Number(frontmatter.clicks ?? 0)
  return Number.isFinite(clicks) && clicks > 0 ? Math.trunc(clicks) : 0
}

/**
 * @param {number} words
 * @param {number} clicks
 */
export function minutesFor(words, clicks, budget = BUDGET) {
  return words / budget.wordsPerMinute + (clicks * budget.secondsPerClick) / 60
}

/**
 * @typedef {{ section: string, slides: number, clicks: number, words: number, minutes: number }} TimingRow
 */

/**
 * One row per section in talk order (the entry file's own slides, the title, count with the intro), and the total.
 * @param {readonly Pick<TalkSlide, 'section' | 'note' | 'frontmatter'>[]} slides
 * @returns {{ sections: TimingRow[], total: TimingRow }}
 */
export function timing(slides, budget = BUDGET) {
  /** @type {Map<string, TimingRow>} */
  const rows = new Map()
  for (const slide of slides) {
    const section = slide.section ?? SECTION_ORDER[0]
    const row = rows.get(section) ?? { section, slides: 0, clicks: 0, words: 0, minutes: 0 }
    row.slides += 1
    row.clicks += declaredClicks(slide.frontmatter)
    row.words += spokenWords(slide.note)
    row.minutes = minutesFor(row.words, row.clicks, budget)
    rows.set(section, row)
  }
  const sections = [...rows.values()]
  const total = sections.reduce((t, r) => ({ ...t, slides: t.slides + r.slides, clicks: t.clicks + r.clicks, words: t.words + r.words }), { section: 'total', slides: 0, clicks: 0, words: 0, minutes: 0 })
  total.minutes = minutesFor(total.words, total.clicks, budget)
  return { sections, total }
}

/**
 * What is over budget, in one line each; empty when the talk fits.
 * @param {TimingRow} total
 */
export function overBudget(total, budget = BUDGET) {
  const problems = []
  if (total.words > budget.words)
    problems.push(`notes: ${total.words} words, budget ${budget.words}`)
  if (total.minutes > budget.minutes)
    problems.push(`time: ${total.minutes.toFixed(1)} min, budget ${budget.minutes}`)
  return problems
}

/**
 * The table as text.
 * @param {{ sections: TimingRow[], total: TimingRow }} table
 */
export function formatTiming({ sections, total }) {
  const line = (/** @type {TimingRow} */ r) => `${r.section.padEnd(18)} ${String(r.slides).padStart(6)} ${String(r.clicks).padStart(6)} ${String(r.words).padStart(6)} ${r.minutes.toFixed(1).padStart(7)}`
  return [`${'section'.padEnd(18)} ${'slides'.padStart(6)} ${'clicks'.padStart(6)} ${'words'.padStart(6)} ${'minutes'.padStart(7)}`, ...sections.map(line), line(total)].join('\n')
}

async function main() {
  const entry = process.argv[2] ?? 'slides.md'
  const table = timing(await loadTalk(entry))
  console.log(formatTiming(table))
  console.log(`at ${BUDGET.wordsPerMinute} words a minute and ${BUDGET.secondsPerClick} s a click; budgets: ${BUDGET.words} words, ${BUDGET.minutes} minutes`)
  const problems = overBudget(table.total)
  for (const problem of problems)
    console.error(`over budget: ${problem}`)
  process.exitCode = problems.length ? 1 : 0
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`talk:timing: ${error instanceof Error ? error.message : error}`)
    process.exitCode = 1
  })
}
