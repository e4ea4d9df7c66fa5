// `npm run export` makes the PDF a reader of the talk gets: one page per click step of the deck, each page
// showing its step's slide. The steps and headlines come from the deck's own parse: every slide's `clicks:`,
// which the unit tests tie to its notes' [click] markers and the walk (deck.spec.ts) to the clicks the built
// slide registers. It prints from the export build $EXPORT_FROM names (`npm test` makes it beside the other
// builds), else `npm run export` makes one. Tagged @once: nothing here depends on the base path.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { readNarrative } from '../../scripts/narrative-plugin.mjs'
import { compact, pdfPages, stillLoading } from '../../scripts/pdf-text.mjs'
import { declaredClicks, loadTalk } from '../../scripts/talk-timing.mjs'

test('@once the PDF has one page per click step, each showing its slide', async () => {
  test.setTimeout(20 * 60_000)
  const exported = spawnSync('node', ['scripts/export.mjs', 'pdf'], { encoding: 'utf8' })
  expect(exported.status, `npm run export failed:\n${exported.stdout}\n${exported.stderr}`).toBe(0)
  const path = exported.stdout.match(/^export: wrote (.+\.pdf)/m)?.[1].replace(/ \(\d+ pages\)$/, '')
  expect(path, `no "export: wrote …pdf" line in:\n${exported.stdout}`).toBeTruthy()

  const { slides } = await readNarrative()
  const steps = (await loadTalk('slides.md')).flatMap(({ no, frontmatter }) =>
    Array.from({ length: declaredClicks(frontmatter) + 1 }, (_, clicks) => ({ slide: no, clicks, headline: slides[no - 1].title })))
  const pages = (await pdfPages(readFileSync(path!))).map(p => p.text)
  console.log(`${path}: ${pages.length} pages for ${steps.length} click steps`)
  expect(pages.length, 'PDF pages vs click steps of the deck').toBe(steps.length)

  const wrong: string[] = []
  pages.forEach((text, i) => {
    const { slide, clicks, headline } = steps[i]
    // Slidev's own offline indicator is drawn on every page: it does not count as the page's text.
    const own = text.replace(/Caching for of ?fline…|Ready of ?fline/g, '').trim()
    if (!own)
      wrong.push(`page ${i + 1} (slide ${slide}, click ${clicks}) has no text`)
    else if (stillLoading(own))
      wrong.push(`page ${i + 1} (slide ${slide}, click ${clicks}) was printed before its slide loaded`)
    else if (headline && !compact(own).includes(compact(headline)))
      wrong.push(`page ${i + 1} (slide ${slide}, click ${clicks}) lacks its headline "${headline}": ${own.slice(0, 80)}`)
  })
  expect(wrong, wrong.join('\n')).toEqual([])
})
