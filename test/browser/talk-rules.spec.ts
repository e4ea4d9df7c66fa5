import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { countWords, loadTalk, overBudget, SECTION_ORDER, WORD_BUDGET } from '../unit/talk-rules'
import { walkDeck } from './support/deck'

/**
 * The talk's rules on the rendered deck, at every click.
 * How words count: the text a viewer can read on the slide, outside SVG drawings; elements not yet
 * revealed by a click are not counted. A drawing's labels (diagrams, demos, the domain map) are the
 * picture, not prose, so they are counted apart with their own, looser cap (SVG_LABEL_CAP) so that
 * a drawing cannot smuggle a paragraph past the budget.
 */
const SVG_LABEL_CAP = 80

interface SlideWords { text: number, svg: number, sample: string }

async function wordsOnSlide(page: import('@playwright/test').Page, no: number): Promise<SlideWords> {
  await page.waitForSelector(`[data-slidev-no="${no}"]`)
  const { text, svgText } = await page.locator(`[data-slidev-no="${no}"]`).first().evaluate((root) => {
    const prose: string[] = []
    const labels: string[] = []
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    while (walker.nextNode()) {
      const node = walker.currentNode
      const el = node.parentElement
      if (!el || el.closest('.slidev-vclick-hidden, [aria-hidden="true"], title, desc, style, script'))
        continue
      if (!el.checkVisibility({ visibilityProperty: true }))
        continue
      ;(el.closest('svg') ? labels : prose).push(node.textContent ?? '')
    }
    return { text: prose.join(' '), svgText: labels.join(' ') }
  })
  return { text: countWords(text), svg: countWords(svgText), sample: text.replace(/\s+/g, ' ').trim().slice(0, 80) }
}

test.describe('talk rules on the rendered deck', () => {
  test('every slide stays within the visible-word budget at every click', async ({ page }) => {
    const most = new Map<number, SlideWords>()
    const steps = await walkDeck(page, async ({ slide }) => {
      const words = await wordsOnSlide(page, slide)
      const before = most.get(slide)
      most.set(slide, {
        text: Math.max(words.text, before?.text ?? 0),
        svg: Math.max(words.svg, before?.svg ?? 0),
        sample: words.sample || before?.sample || '',
      })
    })
    const slides = await loadTalk('slides.md')
    expect(new Set(steps.map(s => s.slide)).size, 'rendered slides = slides in the markdown').toBe(slides.length)

    const counts = [...most].map(([slide, w]) => ({ slide, words: w.text }))
    const over = overBudget(counts).map(c => `slide ${c.slide}: ${c.words} words (${most.get(c.slide)!.sample}…)`)
    expect(over, `more than ${WORD_BUDGET} visible words`).toEqual([])
    const crowded = [...most].filter(([, w]) => w.svg > SVG_LABEL_CAP).map(([slide, w]) => `slide ${slide}: ${w.svg} drawing labels`)
    expect(crowded, `more than ${SVG_LABEL_CAP} words of drawing labels`).toEqual([])
    if (process.env.TALK_WORDS)
      console.log([...most].map(([s, w]) => `${s}:${w.text}+${w.svg}`).join(' '))
  })

  test('the in-page count catches prose over budget, and leaves out drawings and unrevealed clicks', async ({ page }) => {
    const prose = Array.from({ length: WORD_BUDGET + 5 }, (_, i) => `mot${i}`).join(' ')
    const labels = Array.from({ length: 30 }, (_, i) => `label${i}`).join(' ')
    await page.setContent(`<div data-slidev-no="99"><h1>Titre</h1><p>${prose}</p>
      <figure data-demo="x"><svg><text>${labels}</text></svg></figure>
      <p class="slidev-vclick-hidden">pas encore montré</p><p aria-hidden="true">décor</p></div>`)
    const words = await wordsOnSlide(page, 99)
    expect(words).toMatchObject({ text: WORD_BUDGET + 6, svg: 30 })
    expect(overBudget([{ slide: 99, words: words.text }])).toHaveLength(1)
  })

  test('each section opens on the domain map, lit on its own domain, in the talk\'s order', async ({ page }) => {
    const slides = await loadTalk('slides.md')
    // The intro ends on the agenda (the map, all lit); every other section opens on the map.
    const maps = SECTION_ORDER.map(section => section === 'intro'
      ? [...slides].reverse().find(s => s.section === section)!
      : slides.find(s => s.section === section)!)
    const lit: string[] = []
    for (const slide of maps) {
      await page.goto(String(slide.no))
      const map = page.locator(`[data-slidev-no="${slide.no}"] .domain-map`)
      await expect(map).toBeVisible()
      lit.push((await map.getAttribute('data-current'))!)
    }
    expect(lit).toEqual(['all', 'architecture', 'industrialisation', 'mco', 'securite', 'disaster-recovery', 'all'])
  })

  test('the closing QR code points to the hosted deck set in the headmatter', async ({ page }) => {
    const hosted = /hostedUrl:\s*(\S+)/.exec(readFileSync('slides.md', 'utf8'))![1]
    const slides = await loadTalk('slides.md')
    const qrSlide = slides.find(s => s.content.includes('<HostedDeckQr'))!
    await page.goto(String(qrSlide.no))
    const qr = page.locator(`[data-slidev-no="${qrSlide.no}"] .hosted-qr`)
    await expect(qr).toHaveAttribute('data-url', hosted)
    await expect(qr.locator('svg path')).toHaveCount(1)
  })
})
