// The reading page (`<base>lire`): the whole talk, each slide at its last step and its narrative, on a phone
// and a laptop, light and dark; demos stepped there draw what the slide view draws at the same step;
// offline after one visit; and the slide view offers it to a phone held upright.
import type { Page } from '@playwright/test'

type Box = NonNullable<Awaited<ReturnType<ReturnType<Page['locator']>['boundingBox']>>>
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { readNarrative } from '../../scripts/narrative-plugin.mjs'
import { watchPage } from './support/checks'
import { parseStep, settle, skipTransitions } from './support/deck'
import { firstWords } from './support/narrative'
import { openReading as openReadingPage, sidewaysScroll } from './support/reading'
import { drawnTexts } from './support/text-size'

const PHONE = { width: 390, height: 844 }
/** A small Android phone. */
const SMALL_PHONE = { width: 360, height: 740 }
const LAPTOP = { width: 1280, height: 720 }
const MIN_TEXT_PX = 16
const MIN_TARGET_PX = 44
/** Readable in the hand: no text in a picture under this on a phone's screen (Lighthouse calls smaller text illegible). */
const MIN_PICTURE_TEXT_PX = 12
/** A label's box may overrun its drawing by a rounding error. */
const CUT_TOLERANCE_PX = 1

const { slides: NARRATIVE } = await readNarrative()
const squash = (text: string) => text.replace(/[’ʼ]/g, '\'').replace(/\s+/g, ' ').trim()

/** Opens the reading page and draws every slide. */
const openReading = (page: Page) => openReadingPage(page, NARRATIVE.length)

/** What a phone reader cannot live with: sideways scroll, small narrative text, small buttons. */
async function layoutProblems(page: Page): Promise<string[]> {
  const sideways = await sidewaysScroll(page)
  return [...sideways ? [sideways] : [], ...await page.evaluate(({ minText, minTarget }) => {
    const problems: string[] = []
    for (const el of document.querySelectorAll<HTMLElement>('.reading-slide__narrative p, .reading-slide__narrative li')) {
      const size = Number.parseFloat(getComputedStyle(el).fontSize)
      if (size < minText) {
        problems.push(`narrative text at ${size} px: "${el.textContent!.slice(0, 40)}"`)
        break
      }
    }
    for (const el of document.querySelectorAll<HTMLElement>('.reading-page button, .reading-page .reading-button, .reading-slide__open')) {
      const { width, height } = el.getBoundingClientRect()
      if (height < minTarget || width < minTarget)
        problems.push(`target ${Math.round(width)}×${Math.round(height)} px: "${el.textContent!.trim().slice(0, 30)}"`)
    }
    return problems
  }, { minText: MIN_TEXT_PX, minTarget: MIN_TARGET_PX })]
}

async function axeProblems(page: Page) {
  const { violations } = await new AxeBuilder({ page } as unknown as ConstructorParameters<typeof AxeBuilder>[0]).include('main.reading-page').analyze()
  return violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
    .flatMap(v => v.nodes.map(n => `${v.id}: ${v.help} at ${n.target.join(' ')}`))
}

// Layout depends on the width, colours on the theme: the phone in both themes (the page drawn once, then
// switched to dark as a reader's phone switches at night), the laptop in light. Nothing here depends on the
// base path: under the sub-path, the offline test below draws the whole page.
const VARIANTS = [['phone', PHONE, ['light', 'dark']], ['laptop', LAPTOP, ['light']]] as const

for (const [name, viewport, colorSchemes] of VARIANTS) {
  test(`@once the reading page on a ${name} (${viewport.width}×${viewport.height}), ${colorSchemes.join(' then ')}: every slide and its narrative, readable, clean`, async ({ page }) => {
    test.setTimeout(180_000)
    await page.setViewportSize(viewport)
    await page.emulateMedia({ colorScheme: colorSchemes[0] })
    const watcher = await watchPage(page)
    await openReading(page)

    const missing: string[] = []
    for (const { no, html } of NARRATIVE) {
      const article = page.locator(`article[id="${no}"]`)
      if (!await article.locator(`[data-reading-slide="${no}"] [data-slidev-no="${no}"]`).count())
        missing.push(`slide ${no} is not drawn`)
      const words = firstWords(html)
      if (words && !squash(await article.locator('.reading-slide__narrative').innerText()).startsWith(squash(words)))
        missing.push(`slide ${no} lacks its narrative "${words}"`)
    }
    expect(missing).toEqual([])
    await expect(page.locator('#sources li')).not.toHaveCount(0)

    if (name === 'phone') {
      // Drawn for a phone held upright, the slide is as wide as the text column (the page's 1 rem margins).
      const width = await page.locator('[data-reading-slide]').first().evaluate(el => el.getBoundingClientRect().width)
      expect(width, 'the slide fills the column').toBe(PHONE.width - 32)
    }
    for (const colorScheme of colorSchemes) {
      await page.emulateMedia({ colorScheme })
      await expect.poll(() => page.locator('html').evaluate(el => el.classList.contains('dark')), `${colorScheme} theme`).toBe(colorScheme === 'dark')
      expect(await layoutProblems(page), colorScheme).toEqual([])
      expect(await axeProblems(page), colorScheme).toEqual([])
      expect(watcher.take().map(f => f.message), colorScheme).toEqual([])
    }

    if (name === 'phone') {
      // The layout checks can fail: they catch sideways scroll, small text and small buttons (once, on this page).
      await page.addStyleTag({ content: '.reading-slide__narrative p { font-size: 12px !important } .reading-slide__open { min-height: 0 !important } .reading-page__header { width: 600px }' })
      const problems = await layoutProblems(page)
      expect(problems.some(p => p.startsWith('scrolls sideways'))).toBe(true)
      expect(problems.some(p => p.startsWith('narrative text at 12 px'))).toBe(true)
      expect(problems.some(p => p.startsWith('target'))).toBe(true)
    }
  })
}

/** A text of a picture too small or cut off on the reading page, at one step of its slide. */
interface PictureFinding { slide: number, step: string, where: string, px: number, cut: number }

/**
 * The texts of slide `slide`'s picture (every slide's, at its current step, if omitted) that a phone
 * reader cannot read: under MIN_PICTURE_TEXT_PX on the screen, or cut off by the edge of their drawing
 * or of the slide. One page evaluation.
 */
async function pictureFindings(page: Page, slide?: number): Promise<PictureFinding[]> {
  const selector = slide === undefined ? '[data-reading-slide]' : `[data-reading-slide="${slide}"]`
  const [slides, texts] = await Promise.all([
    page.locator(selector).evaluateAll(boxes => boxes.map(box => ({
      no: Number((box as HTMLElement).dataset.readingSlide),
      step: box.closest('article')?.querySelector('.reading-stepper__count')?.textContent?.trim() ?? 'last step',
    }))),
    page.evaluate(drawnTexts, { selector }),
  ])
  return slides.flatMap(({ no, step }, i) => texts[i]
    .filter(t => t.px < MIN_PICTURE_TEXT_PX - 0.05 || t.cut > CUT_TOLERANCE_PX)
    .map(t => ({ slide: no, step, where: t.where, px: t.px, cut: t.cut })))
}

/** One line per text of a picture, at the step it was smallest, and by the most it was cut: "slide 12 (Étape 3/8): … 6.0 px". */
function formatFindings(findings: PictureFinding[]): string[] {
  const worst = new Map<string, PictureFinding>()
  for (const f of findings) {
    const key = `${f.slide}|${f.where}`
    const seen = worst.get(key)
    worst.set(key, seen ? { ...(f.px < seen.px ? f : seen), cut: Math.max(f.cut, seen.cut) } : f)
  }
  return [...worst.values()].sort((a, b) => a.slide - b.slide || a.px - b.px)
    .map(f => `slide ${f.slide} (${f.step}): ${f.where}: ${f.px.toFixed(1)} px${f.cut > CUT_TOLERANCE_PX ? `, cut off by ${Math.round(f.cut)} px` : ''}`)
}

test('@once on a phone held upright every text of every picture is readable, at every step of every demo', async ({ page }) => {
  test.setTimeout(180_000)
  await page.setViewportSize(PHONE)
  await openReading(page)
  await skipTransitions(page)
  await expect(page.locator('[data-reading-slide]:not([data-arrangement="portrait"])'), 'every slide drawn for a phone held upright').toHaveCount(0)
  const demoSlides = await page.locator('[data-reading-slide]:has([data-demo])').evaluateAll(els => els.map(el => Number((el as HTMLElement).dataset.readingSlide)))
  expect(demoSlides.length, 'demo slides on the reading page').toBeGreaterThanOrEqual(7)

  const problems: string[] = []
  // Down through each demo's steps on the first phone, back up on the second: every step, on both.
  for (const [viewport, button] of [[PHONE, /Précédente/], [SMALL_PHONE, /Suivante/]] as const) {
    await page.setViewportSize(viewport)
    const findings = await pictureFindings(page)
    for (const no of demoSlides) {
      const article = page.locator(`article[id="${no}"]`)
      const count = article.locator('.reading-stepper__count')
      const stepButton = article.getByRole('button', { name: button })
      while (await stepButton.isEnabled()) {
        const before = await count.innerText()
        await stepButton.dispatchEvent('click')
        await expect(count).not.toHaveText(before)
        findings.push(...await pictureFindings(page, no))
      }
    }
    problems.push(...formatFindings(findings).map(line => `${viewport.width}×${viewport.height} ${line}`))
    problems.push(...(await layoutProblems(page)).map(line => `${viewport.width}×${viewport.height} ${line}`))
  }
  expect(problems, `texts of the pictures under ${MIN_PICTURE_TEXT_PX} px or cut off, and layout problems`).toEqual([])
})

test('@once the measure of the pictures\' texts can fail: small HTML text, a scaled-down block, a small label in a wide drawing, a cut label', async ({ page }) => {
  await page.setViewportSize(PHONE)
  await page.goto('lire#2')
  const layout = page.locator('[data-reading-slide="2"] .slidev-layout')
  await expect(layout).toBeAttached({ timeout: 20_000 })
  await layout.evaluate(el => el.insertAdjacentHTML('beforeend', [
    '<p class="tiny" style="font-size: 11px">petit texte</p>',
    '<div style="transform: scale(0.5)"><p class="scaled" style="font-size: 20px">texte réduit</p></div>',
    // 1000 units shown 200 px wide: a 40-unit label is 8 px; the second is cut by the drawing's right edge.
    '<svg viewBox="0 0 1000 100" style="width: 200px; display: block"><text class="label" y="50" font-size="40">étiquette</text><text class="cut" x="900" y="90" font-size="80">coupée</text></svg>',
  ].join('')))
  expect(formatFindings(await pictureFindings(page, 2))).toEqual([
    'slide 2 (last step): text.label ("étiquette"): 8.0 px',
    'slide 2 (last step): p.scaled ("texte réduit"): 10.0 px',
    'slide 2 (last step): p.tiny ("petit texte"): 11.0 px',
    expect.stringMatching(/^slide 2 \(last step\): text\.cut \("coupée"\): 16\.0 px, cut off by \d+ px$/),
  ])
})

test('an anchor opens the page at its slide, which links to the slide view', async ({ page }) => {
  await page.setViewportSize(PHONE)
  await page.goto('lire#14')
  const article = page.locator('article[id="14"]')
  await expect(article).toBeInViewport()
  await article.locator('.reading-slide__open').click()
  await expect(page).toHaveURL(/\/14$/)
  await expect(page.locator('#slide-content [data-slidev-no="14"]')).toBeVisible()
})

test('@once an anchor keeps its slide at the top while the slides around it are drawn, even where the browser does not anchor scrolling', async ({ page }) => {
  // As in Safari: the page then holds the reader's place itself (ReadingSlide.vue).
  await page.addInitScript(() => {
    const supports = CSS.supports.bind(CSS) as (...args: string[]) => boolean
    Object.defineProperty(CSS, 'supports', { value: (...args: string[]) => args[0] !== 'overflow-anchor' && supports(...args) })
    addEventListener('DOMContentLoaded', () => document.head.append(Object.assign(document.createElement('style'), { textContent: '* { overflow-anchor: none !important }' })))
  })
  await page.setViewportSize(PHONE)
  await page.goto('lire#14')
  // The slides within a screen above it are drawn, change height and get their steppers.
  for (const no of [13, 14])
    await expect(page.locator(`[data-reading-slide="${no}"] .slidev-layout`)).toBeAttached({ timeout: 20_000 })
  await page.waitForFunction(() => !document.querySelector('.slidev-slide-loading') && document.fonts.status === 'loaded')
  await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))))
  // Web fonts arriving reflow the section headings too, which only a browser's anchoring makes up for: a few px.
  const top = await page.locator('article[id="14"]').evaluate(el => el.getBoundingClientRect().top)
  expect(Math.abs(top), 'the slide\'s top, in px from the window\'s').toBeLessThan(32)
})

/** What a demo draws, from the state its primitives expose as `data-*` attributes (ambient traffic has none). */
async function fingerprint(page: Page, figure: string) {
  return page.locator(figure).evaluate(fig => [
    `caption=${fig.querySelector('[data-caption]')?.textContent?.trim()}`,
    `description=${fig.querySelector('desc')?.textContent?.trim()}`,
    ...[fig, ...fig.querySelectorAll('*')].map(el => [...el.attributes]
      .filter(a => a.name.startsWith('data-') && !a.name.startsWith('data-v-'))
      .map(a => `${a.name}=${a.value}`)
      .join(' ')).filter(Boolean).map((attrs, i) => `${i}: ${attrs}`),
  ])
}

/** The lines of `a` that `b` lacks, and the other way round. */
const difference = (a: string[], b: string[]) => [...a.filter(x => !b.includes(x)).map(x => `- ${x}`), ...b.filter(x => !a.includes(x)).map(x => `+ ${x}`)]

test('@once each demo steps on the reading page through the states the slide view draws', async ({ page, browser }) => {
  test.setTimeout(600_000)
  // On a phone held upright: the reading page draws the portrait arrangement, the slide view the landscape one.
  await page.setViewportSize(PHONE)
  await openReading(page)
  await skipTransitions(page)
  await expect(page.locator('[data-reading-slide]:has([data-demo]):not([data-arrangement="portrait"])'), 'demos drawn in portrait').toHaveCount(0)
  // Another profile: on 127.0.0.1 Slidev syncs the slide shown between tabs of one browser.
  const deck = await (await browser.newContext()).newPage()
  const demoSlides = await page.locator('[data-reading-slide]:has([data-demo])').evaluateAll(els => els.map(el => Number((el as HTMLElement).dataset.readingSlide)))
  expect(demoSlides.length, 'demo slides on the reading page').toBeGreaterThanOrEqual(7)

  const differ: string[] = []
  for (const no of demoSlides) {
    const article = page.locator(`article[id="${no}"]`)
    const figure = `[data-reading-slide="${no}"] [data-demo]`
    const prev = article.getByRole('button', { name: /Précédente/ })
    const next = article.getByRole('button', { name: /Suivante/ })
    await expect(next, `slide ${no} opens at its last step`).toBeDisabled()
    const total = Number(/(\d+)\/(\d+)/.exec(await article.locator('.reading-stepper__count').innerText())![2])
    // Events, not pointer clicks: the counter below proves each landed, and a pointer click waits for the button to sit still.
    for (let k = total; k > 0; k--)
      await prev.dispatchEvent('click')
    // The slide view steps along with the clicker; deep links to each step are the walk's (deck.spec.ts).
    await deck.goto(`${no}?clicks=0`)
    await skipTransitions(deck)
    for (let clicks = 0; clicks <= total; clicks++) {
      if (clicks > 0) {
        await next.dispatchEvent('click')
        await deck.keyboard.press('ArrowRight')
        await deck.waitForFunction(k => new URLSearchParams(location.search).get('clicks') === String(k), clicks, { polling: 'raf' })
        expect(parseStep(deck.url())).toEqual({ slide: no, clicks })
      }
      await expect(article.locator('.reading-stepper__count')).toHaveText(`Étape ${clicks}/${total}`)
      await settle(deck, no)
      const read = await fingerprint(page, figure)
      const shown = await fingerprint(deck, `#slide-content [data-slidev-no="${no}"] [data-demo]`)
      if (difference(read, shown).length)
        differ.push(`slide ${no} step ${clicks}, reading page (-) vs slide view (+):\n  ${difference(read, shown).join('\n  ')}`)
      await expect(article.locator('[data-reading-caption]')).toHaveText(shown[0].slice('caption='.length))
    }
    // The comparison can fail: two steps of a demo do not draw the same thing.
    await prev.click()
    expect(difference(await fingerprint(page, figure), await fingerprint(deck, `#slide-content [data-slidev-no="${no}"] [data-demo]`)), `slide ${no}: step ${total - 1} vs ${total}`)
      .not.toEqual([])
  }
  expect(differ).toEqual([])
})

test('after one visit the reading page works with the network cut', async ({ page, context }) => {
  test.setTimeout(180_000)
  await page.setViewportSize(PHONE)
  await page.goto('lire')
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 })
  await context.setOffline(true)
  await openReading(page)
  const article = page.locator('article.reading-slide:has([data-demo])').first()
  await expect(article).toBeVisible()
  await article.getByRole('button', { name: /Précédente/ }).click()
  await expect(article.locator('[data-reading-caption]')).not.toBeEmpty()
})

test('a phone held upright on the slide view is offered the reading page at its slide; nothing else is', async ({ page }) => {
  await page.setViewportSize(PHONE)
  await page.goto('14')
  const offer = page.locator('.reading-offer')
  await expect(offer).toBeVisible()
  const { height } = (await offer.getByRole('button').boundingBox())!
  expect(height).toBeGreaterThanOrEqual(MIN_TARGET_PX)
  // Clear of the slide.
  const slide = (await page.locator('#slide-content').boundingBox())!
  const banner = (await offer.boundingBox())!
  expect(banner.y + banner.height).toBeLessThanOrEqual(slide.y)
  await offer.getByRole('link').click()
  await expect(page).toHaveURL(/\/lire#14$/)
  await expect(page.locator('article[id="14"]')).toBeInViewport()
  await expect(offer).toBeHidden()

  // Dismissed, it stays away for the visit.
  await page.goto('3')
  await expect(offer).toBeVisible()
  await offer.getByRole('button', { name: 'Fermer ce bandeau' }).click()
  await expect(offer).toBeHidden()
  await page.goto('4')
  await expect(page.locator('#slide-content [data-slidev-no="4"]')).toBeVisible()
  await page.waitForTimeout(500)
  await expect(offer).toHaveCount(0)
})

test('@once the offer is not made on a laptop, a phone held sideways, or in print', async ({ page }) => {
  for (const [viewport, path] of [[LAPTOP, '14'], [{ width: PHONE.height, height: PHONE.width }, '14'], [PHONE, '14?print']] as const) {
    await page.setViewportSize(viewport)
    await page.goto(path)
    await expect(page.locator('#slide-content [data-slidev-no="14"]').first()).toBeVisible()
    await page.waitForTimeout(500)
    await expect(page.locator('.reading-offer'), `${viewport.width}×${viewport.height} ${path}`).toHaveCount(0)
  }
})

test('@once Slidev\'s offline toast never covers the slide or its controls', async ({ browser }) => {
  const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
  // A first visit each time: the toast shows while the service worker caches the site.
  const phone = await (await browser.newContext({ viewport: PHONE })).newPage()
  await phone.goto('1')
  const toast = phone.locator('.slidev-pwa-indicator')
  await expect(toast).toBeVisible({ timeout: 30_000 })
  const box = (await toast.boundingBox())!
  expect(overlaps(box, (await phone.locator('#slide-content').boundingBox())!), 'toast over the slide').toBe(false)
  expect(overlaps(box, (await phone.locator('#page-root nav').boundingBox())!), 'toast over the controls').toBe(false)
  await phone.context().close()

  // On a laptop the slide fills the window: there is no room for it, so it is not shown.
  const laptop = await (await browser.newContext({ viewport: LAPTOP })).newPage()
  await laptop.goto('1')
  await expect(laptop.locator('.slidev-pwa-indicator')).toHaveCount(1, { timeout: 30_000 })
  await expect(laptop.locator('.slidev-pwa-indicator')).toBeHidden()
  await laptop.context().close()
})
