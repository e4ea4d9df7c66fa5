// `npm run export` makes the PDF a reader of the talk gets: one page per click step of the deck (counted
// by walking the built deck, not hard-coded), each page showing its step's slide. Tagged @slidev-server:
// `npm test` runs it once, one at a time with the other tests that start a Slidev server.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { compact, pdfPages } from '../../scripts/pdf-text.mjs'
import { walkDeck } from './support/deck'


test('@slidev-server the PDF has one page per click step, each showing its slide', async ({ page }) => {
  test.setTimeout(20 * 60_000)
  const exported = spawnSync('node', ['scripts/export.mjs', 'pdf'], { encoding: 'utf8' })
  expect(exported.status, `npm run export failed:\n${exported.stdout}\n${exported.stderr}`).toBe(0)
  const path = exported.stdout.match(/^export: wrote (.+\.pdf)/m)?.[1].replace(/ \(\d+ pages\)$/, '')
  expect(path, `no "export: wrote …pdf" line in:\n${exported.stdout}`).toBeTruthy()

  const headlines: string[] = []
  const steps = await walkDeck(page, async ({ slide }) => {
    const heading = page.locator(`#slide-content [data-slidev-no="${slide}"]`).locator('h1, h2').first()
    headlines.push(await heading.count() ? (await heading.textContent() ?? '') : '')
  })
  const pages = (await pdfPages(readFileSync(path!))).map(p => p.text)
  console.log(`${path}: ${pages.length} pages for ${steps.length} click steps`)
  expect(pages.length, 'PDF pages vs click steps of the deck').toBe(steps.length)

  const wrong: string[] = []
  pages.forEach((text, i) => {
    const { slide, clicks } = steps[i]
    // Slidev's own offline indicator is drawn on every page: it does not count as the page's text.
    const own = text.replace(/Caching for of ?fline…|Ready of ?fline/g, '').trim()
    if (!own)
      wrong.push(`page ${i + 1} (slide ${slide}, click ${clicks}) has no text`)
    else if (/Loading slide/.test(own))
      wrong.push(`page ${i + 1} (slide ${slide}, click ${clicks}) was printed before its slide loaded`)
    else if (headlines[i] && !compact(own).includes(compact(headlines[i])))
      wrong.push(`page ${i + 1} (slide ${slide}, click ${clicks}) lacks its headline "${headlines[i].trim()}": ${own.slice(0, 80)}`)
  })
  expect(wrong, wrong.join('\n')).toEqual([])
})
