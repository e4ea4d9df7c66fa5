// `npm run export:handout` prints the reading page as the talk's handout: one A4 page per slide, each
// with its slide's headline and its narrative, numbered, then the sources. Printed from the export build, as
// the PDF is (export.spec.ts). Tagged @once: nothing here depends on the base path.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { readNarrative } from '../../scripts/narrative-plugin.mjs'
import { compact, pdfPages } from '../../scripts/pdf-text.mjs'
import { firstWords } from './support/narrative'

const A4 = { width: 595, height: 842 }


/** What is wrong with the handout's pages, given the deck's slides in order. */
function handoutProblems(pages: { text: string, width: number, height: number }[], slides: { no: number, title: string, html: string }[]) {
  const problems: string[] = []
  if (pages.length !== slides.length + 1)
    problems.push(`${pages.length} pages for ${slides.length} slides and the sources`)
  slides.forEach(({ no, title, html }, i) => {
    const text = compact(pages[i]?.text ?? '')
    if (!text.includes(compact(title)))
      problems.push(`page ${i + 1} lacks the headline of slide ${no}, "${title}"`)
    if (firstWords(html) && !text.includes(compact(firstWords(html))))
      problems.push(`page ${i + 1} lacks the first words of slide ${no}'s narrative, "${firstWords(html)}"`)
  })
  pages.forEach(({ text, width, height }, i) => {
    if (Math.round(width) !== A4.width || Math.round(height) !== A4.height)
      problems.push(`page ${i + 1} is ${Math.round(width)}×${Math.round(height)} pt, not A4`)
    if (!compact(text).includes(compact(`${i + 1} / ${pages.length}`)))
      problems.push(`page ${i + 1} has no page number`)
    if (/Caching for of|Ready of/.test(text))
      problems.push(`page ${i + 1} shows Slidev's offline toast (workaround print-class, workarounds/print-class.ts)`)
  })
  if (!/^\s*Sources/.test(pages.at(-1)?.text ?? ''))
    problems.push('the last page is not the sources')
  return problems
}

test('@once the handout has one A4 page per slide, with its headline and narrative, numbered, then the sources', async () => {
  test.setTimeout(10 * 60_000)
  const exported = spawnSync('node', ['scripts/export.mjs', 'handout'], { encoding: 'utf8' })
  expect(exported.status, `npm run export:handout failed:\n${exported.stdout}\n${exported.stderr}`).toBe(0)
  const path = exported.stdout.match(/^export: wrote (.+\.pdf)/m)?.[1].replace(/ \(\d+ pages\)$/, '')
  expect(path).toBe('exports/mise-en-prod-handout.pdf')

  const { slides } = await readNarrative()
  const pages = await pdfPages(readFileSync(path!))
  console.log(`${path}: ${pages.length} pages for ${slides.length} slides`)
  expect(handoutProblems(pages, slides)).toEqual([])

  // The check can fail: the same pages, read against a deck whose slides are in another order, or short of one.
  expect(handoutProblems(pages, slides.toReversed())).not.toEqual([])
  expect(handoutProblems(pages, slides.slice(1))).not.toEqual([])
})
