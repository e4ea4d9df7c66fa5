import { expect, test } from '@playwright/test'
import { loadTalk, overBudget, SECTION_ORDER, WORD_BUDGET } from '../unit/talk-rules'
import { wordsOnSlide } from './support/checks'

// The word budget is checked at every step of the one walk (deck.spec.ts, support/checks.ts).
test.describe('talk rules on the rendered deck', () => {
  test('@once the in-page count catches prose over budget, and leaves out drawings and unrevealed clicks', async ({ page }) => {
    const prose = Array.from({ length: WORD_BUDGET + 5 }, (_, i) => `mot${i}`).join(' ')
    const labels = Array.from({ length: 30 }, (_, i) => `label${i}`).join(' ')
    await page.setContent(`<div data-slidev-no="99"><h1>Titre</h1><p>${prose}</p>
      <figure data-demo="x"><svg><text>${labels}</text></svg></figure>
      <p class="slidev-vclick-hidden">pas encore montré</p><p aria-hidden="true">décor</p></div>`)
    const words = await wordsOnSlide(page, 99)
    expect(words).toMatchObject({ text: WORD_BUDGET + 6, svg: 30 })
    expect(overBudget([{ slide: 99, words: words.text }])).toHaveLength(1)
  })

  test('@once each section opens on the domain map, lit on its own domain, in the talk\'s order', async ({ page }) => {
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

  // npm test builds "/" without an address and the sub-path with SITE_URL (scripts/test.mjs): both cases.
  test('the closing QR code points to the reading page at the public address, or says in French that there is none', async ({ page }) => {
    const slides = await loadTalk('slides.md')
    const qrSlide = slides.find(s => s.content.includes('<HostedDeckQr'))!
    await page.goto(String(qrSlide.no))
    const qr = page.locator(`[data-slidev-no="${qrSlide.no}"] .hosted-qr`)
    const address = process.env.SITE_URL
    if (address) {
      await expect(qr).toHaveAttribute('data-url', `${new URL(address).href.replace(/\/?$/, '/')}lire`)
      await expect(qr.locator('svg path')).toHaveCount(1)
    }
    else {
      await expect(qr).toHaveAttribute('data-url', '')
      await expect(qr.locator('svg')).toHaveCount(0)
      await expect(qr.locator('[data-no-address]')).toHaveText('Adresse non configurée')
    }
  })
})
