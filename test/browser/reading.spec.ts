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

const PHONE = { width: 390, height: 844 }
const LAPTOP = { width: 1280, height: 720 }
const MIN_TEXT_PX = 16
const MIN_TARGET_PX = 44

const { slides: NARRATIVE } = await readNarrative()
const squash = (text: string) => text.replace(/[’ʼ]/g, '\'').replace(/\s+/g, ' ').trim()

/** Opens the reading page and draws every slide (they are drawn as they come near the screen). */
async function openReading(page: Page, hash = '') {
  await page.goto(`lire${hash}`)
  await expect(page.locator('article.reading-slide')).toHaveCount(NARRATIVE.length)
  const boxes = page.locator('[data-reading-slide]')
  // One at a time: a box scrolled past between two frames is never seen by the page's observer.
  for (let i = 0; i < NARRATIVE.length; i++) {
    await boxes.nth(i).scrollIntoViewIfNeeded()
    await expect(boxes.nth(i).locator('.slidev-page')).toBeAttached({ timeout: 20_000 })
  }
  await page.waitForFunction(() => [...document.querySelectorAll('[data-reading-slide]')]
    .every(box => box.querySelector('.slidev-page') && !box.querySelector('.slidev-slide-loading')) && document.fonts.status === 'loaded')
}

/** What a phone reader cannot live with: sideways scroll, small narrative text, small buttons. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(({ minText, minTarget }) => {
    const problems: string[] = []
    const root = document.documentElement
    // The page clips what sticks out rather than scroll: look for anything past the window's edge too.
    const past = [...document.querySelectorAll<HTMLElement>('.reading-page *')]
      .find(el => !el.closest('[data-reading-slide]') && el.getBoundingClientRect().right > innerWidth + 0.5)
    if (root.scrollWidth > innerWidth || past)
      problems.push(`scrolls sideways: ${past ? `<${past.tagName.toLowerCase()} class="${past.className}"> ends at ${Math.round(past.getBoundingClientRect().right)} px` : `${root.scrollWidth} px wide`} in a ${innerWidth} px window`)
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
  }, { minText: MIN_TEXT_PX, minTarget: MIN_TARGET_PX })
}

async function axeProblems(page: Page) {
  const { violations } = await new AxeBuilder({ page } as unknown as ConstructorParameters<typeof AxeBuilder>[0]).include('main.reading-page').analyze()
  return violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
    .flatMap(v => v.nodes.map(n => `${v.id}: ${v.help} at ${n.target.join(' ')}`))
}

// Layout depends on the width, colours on the theme: the phone in both themes, the laptop in light. Under another
// base path only the phone in light can break differently (chunk and link addresses): the others run once.
const VARIANTS = [['phone', PHONE, 'light'], ['phone', PHONE, 'dark'], ['laptop', LAPTOP, 'light']] as const

for (const [name, viewport, colorScheme] of VARIANTS) {
  const once = name === 'phone' && colorScheme === 'light' ? '' : '@once '
  test(`${once}the reading page on a ${name} (${viewport.width}×${viewport.height}), ${colorScheme}: every slide and its narrative, readable, clean`, async ({ page }) => {
    test.setTimeout(180_000)
    await page.setViewportSize(viewport)
    await page.emulateMedia({ colorScheme })
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
    expect(await page.locator('html').evaluate(el => el.classList.contains('dark'))).toBe(colorScheme === 'dark')

    if (name === 'phone') {
      const width = await page.locator('[data-reading-slide]').first().evaluate(el => el.getBoundingClientRect().width)
      expect(width, 'the slide fills the phone\'s width').toBe(PHONE.width)
    }
    expect(await layoutProblems(page)).toEqual([])
    expect(await axeProblems(page)).toEqual([])
    expect(watcher.take().map(f => f.message)).toEqual([])

    if (name === 'phone' && colorScheme === 'dark') {
      // The layout checks can fail: they catch sideways scroll, small text and small buttons (once, on this page).
      await page.addStyleTag({ content: '.reading-slide__narrative p { font-size: 12px !important } .reading-slide__open { min-height: 0 !important } .reading-page__header { width: 600px }' })
      const problems = await layoutProblems(page)
      expect(problems.some(p => p.startsWith('scrolls sideways'))).toBe(true)
      expect(problems.some(p => p.startsWith('narrative text at 12 px'))).toBe(true)
      expect(problems.some(p => p.startsWith('target'))).toBe(true)
    }
  })
}

test('an anchor opens the page at its slide, which links to the slide view', async ({ page }) => {
  await page.setViewportSize(PHONE)
  await page.goto('lire#14')
  const article = page.locator('article[id="14"]')
  await expect(article).toBeInViewport()
  await article.locator('.reading-slide__open').click()
  await expect(page).toHaveURL(/\/14$/)
  await expect(page.locator('#slide-content [data-slidev-no="14"]')).toBeVisible()
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
  // On a phone, where the reading page draws its demos in their portrait arrangement: the same states, laid out otherwise.
  await page.setViewportSize(PHONE)
  await openReading(page)
  await skipTransitions(page)
  await expect(page.locator('[data-arrangement="portrait"] [data-demo]')).not.toHaveCount(0)
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

test('the offer is not made on a laptop, a phone held sideways, or in print', async ({ page }) => {
  for (const [viewport, path] of [[LAPTOP, '14'], [{ width: PHONE.height, height: PHONE.width }, '14'], [PHONE, '14?print']] as const) {
    await page.setViewportSize(viewport)
    await page.goto(path)
    await expect(page.locator('#slide-content [data-slidev-no="14"]').first()).toBeVisible()
    await page.waitForTimeout(500)
    await expect(page.locator('.reading-offer'), `${viewport.width}×${viewport.height} ${path}`).toHaveCount(0)
  }
})

test('Slidev\'s offline toast never covers the slide or its controls', async ({ browser }) => {
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
