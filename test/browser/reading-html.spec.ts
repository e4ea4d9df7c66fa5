// The reading page is HTML first: the document the host sends at `<base>lire` (and `lire/`) holds its
// whole text, readable with JavaScript off; the app, once loaded, takes it over in place; the page
// reflows at 320 px and at 200 % zoom, with one h1 and its headings in order.
import type { Browser, Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { decodeHtml } from '../../composables/reading/html'
import { DEMO_PICTURES } from '../../composables/reading/pictures'
import { groupBySection } from '../../composables/reading/sections'
import { META_CONTENT_SECURITY_POLICY } from '../../scripts/csp.mjs'
import { readNarrative } from '../../scripts/narrative-plugin.mjs'
import { pictureComponents } from '../../scripts/reading-html.mjs'
import { watchPage } from './support/checks'
import { headings, openReading, outlineProblems, sidewaysScroll } from './support/reading'

const PHONE = { width: 390, height: 844 }
const LAPTOP = { width: 1280, height: 720 }
const { slides: NARRATIVE, deck } = await readNarrative()
const PICTURES = pictureComponents()

const squash = (text: string) => text.replace(/[’ʼ]/g, '\'').replace(/\s+/g, ' ').trim()
/** A narrative's paragraphs (and list items) as text, from its HTML (scripts/narrative-plugin.mjs). */
const paragraphs = (html: string) => [...html.matchAll(/<(p|li)>([\s\S]*?)<\/\1>/g)]
  .map(([, , inner]) => squash(decodeHtml(inner.replace(/<[^>]+>/g, ''))))
/** How many pictures a slide places: each has its text alternative on the page (the QR code only with an address). */
const pictureCount = (slide: typeof NARRATIVE[number]) => slide.images.length + slide.components
  .filter(c => c.component in DEMO_PICTURES || (PICTURES.has(c.component) && (c.component !== 'HostedDeckQr' || process.env.SITE_URL))).length

/** What a reader with JavaScript off does not get on the page: headlines, paragraphs, picture texts, sources. */
async function missingText(page: Page): Promise<string[]> {
  const shown = await page.evaluate(() => {
    const visible = (el: Element) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && el.getBoundingClientRect().height > 0
    const texts = (root: ParentNode | null, selector: string) => [...root?.querySelectorAll(selector) ?? []].filter(visible).map(el => (el as HTMLElement).innerText)
    return {
      h1: texts(document, 'h1'),
      sections: texts(document, 'h2'),
      sources: texts(document, '#sources li').length,
      slides: Object.fromEntries([...document.querySelectorAll('article.reading-slide')].map(article => [article.id, {
        title: texts(article, 'h3')[0] ?? '',
        paragraphs: texts(article, '.reading-slide__narrative p, .reading-slide__narrative li'),
        alternatives: texts(article, '.reading-slide__alternatives p'),
      }])),
    }
  })
  const missing: string[] = []
  if (!shown.h1.map(squash).includes(squash(deck.title)))
    missing.push(`the headline "${deck.title}"`)
  for (const section of groupBySection(NARRATIVE)) {
    if (section.title && !shown.sections.map(squash).includes(squash(section.title)))
      missing.push(`the section title "${section.title}"`)
  }
  if (shown.sources === 0)
    missing.push('the sources')
  for (const slide of NARRATIVE) {
    const got = shown.slides[slide.no]
    if (!got) {
      missing.push(`slide ${slide.no}`)
      continue
    }
    if (squash(got.title) !== squash(`${slide.no}. ${slide.title}`))
      missing.push(`slide ${slide.no}'s headline "${slide.title}" (shown: "${got.title}")`)
    const expected = paragraphs(slide.html)
    const lacking = expected.filter(p => !got.paragraphs.map(squash).includes(p))
    if (lacking.length)
      missing.push(`slide ${slide.no}'s paragraph "${lacking[0].slice(0, 50)}"${lacking.length > 1 ? ` and ${lacking.length - 1} more` : ''}`)
    if (got.alternatives.length !== pictureCount(slide))
      missing.push(`slide ${slide.no}: ${got.alternatives.length} picture texts for ${pictureCount(slide)} pictures`)
  }
  return missing
}

test('with JavaScript off, the page shows every headline, section, narrative paragraph, picture text and source', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE })
  const page = await context.newPage()
  await page.goto('lire')
  expect(await missingText(page)).toEqual([])
  await expect(page).toHaveTitle(`À lire — ${await (await page.request.get('index.html')).text().then(html => decodeHtml(/<title>([^<]*)<\/title>/.exec(html)![1]))}`)
  expect(outlineProblems(await headings(page))).toEqual([])
  for (const width of [320, PHONE.width, LAPTOP.width]) {
    await page.setViewportSize({ width, height: PHONE.height })
    expect(await sidewaysScroll(page), `${width} px`).toBeNull()
  }

  // The check can fail: the slide view, with JavaScript off, is an empty page.
  await page.goto('1')
  expect((await missingText(page)).length).toBeGreaterThan(NARRATIVE.length)
  await context.close()
})

test('`lire` and `lire/` are the written page under the deck\'s policy, and the app mounts on it', async ({ page, request }) => {
  for (const path of ['lire', 'lire/']) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    expect(response.headers()['content-type']).toMatch(/^text\/html/)
    const html = await response.text()
    expect(html, path).toContain('data-reading-html')
    const head = html.slice(0, html.indexOf('</head>'))
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(head)
    expect(meta?.[1].replaceAll('&#39;', '\'')).toBe(META_CONTENT_SECURITY_POLICY)
    expect(head.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(head.search(/<script|<link|<style/))
    expect([...html.matchAll(/<script\b[^>]*>/g)].filter(([tag]) => !/\ssrc="/.test(tag)), 'inline scripts').toEqual([])
  }
  const watcher = await watchPage(page)
  for (const path of ['lire', 'lire/']) {
    await page.goto(path)
    await expect(page.locator('[data-reading-slide]')).toHaveCount(NARRATIVE.length)
    await expect(page.locator('[data-reading-html]')).toHaveCount(0)
    await expect(page.locator('article.reading-slide')).toHaveCount(NARRATIVE.length)
    await expect(page.locator('[data-reading-slide="1"] .slidev-page')).toBeAttached()
  }
  expect(watcher.take().map(f => f.message)).toEqual([])
})

test('after one visit, with the network cut, lire/ is still the written page and lire the app\'s', async ({ page, context }) => {
  test.setTimeout(120_000)
  await page.goto('lire/')
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 })
  await context.setOffline(true)
  // Through the service worker, as a navigation would be answered.
  const cached = await page.evaluate(() => fetch('./', { mode: 'same-origin' }).then(r => r.text()))
  expect(cached).toContain('data-reading-html')
  for (const path of ['lire/', 'lire']) {
    await page.goto(path)
    await expect(page.locator('main.reading-page article.reading-slide'), path).toHaveCount(NARRATIVE.length)
    await expect(page.locator('[data-reading-slide="1"] .slidev-page'), path).toBeAttached()
  }
})

interface TakeOver {
  /** Boxes of the headlines, slide boxes and narratives, in the written page and just after the app took it over. */
  written: string[]
  taken: string[]
  /** Layout shift from the moment the app's code arrives until two frames after the take-over. */
  shift: number
  scrolled: { before: number, after: number }
}

/**
 * Opens the written page with the app's code held back until its fonts are in, scrolls to slide
 * `at`, then lets the app load and take the page over. Fixtures: `before` runs in the page before
 * anything else, `css` is added to the written page.
 */
async function takeOver(browser: Browser, viewport: typeof PHONE, at: number, { before, css }: { before?: () => void, css?: string } = {}): Promise<TakeOver> {
  const context = await browser.newContext({ viewport })
  const page = await context.newPage()
  let release!: () => void
  const held = new Promise<void>(resolve => (release = resolve))
  await page.route('**/*.js', route => held.then(() => route.continue()))
  if (before)
    await page.addInitScript(before)
  await page.addInitScript(() => {
    const state = window as unknown as { __shifts: { at: number, value: number }[], __taken?: string[], __settled?: number }
    state.__shifts = []
    new PerformanceObserver(list => state.__shifts.push(...list.getEntries().map(e => ({ at: e.startTime, value: (e as unknown as { value: number }).value }))))
      .observe({ type: 'layout-shift', buffered: true })
    new MutationObserver((_, observer) => {
      if (document.querySelector('[data-reading-html]') || !document.querySelector('main.reading-page'))
        return
      observer.disconnect()
      // In the same task as the take-over, before the next frame: what the reader's next frame shows.
      state.__taken = (window as unknown as { __boxes: () => string[] }).__boxes()
      requestAnimationFrame(() => requestAnimationFrame(() => (state.__settled = performance.now())))
    }).observe(document, { childList: true, subtree: true })
  })
  await page.goto('lire', { waitUntil: 'commit' })
  await page.locator('[data-reading-html] #sources').waitFor({ state: 'attached' })
  if (css)
    await page.addStyleTag({ content: css })
  await page.evaluate(async (no) => {
    (window as unknown as { __boxes: () => string[] }).__boxes = () => [...document.querySelectorAll('main.reading-page .reading-slide')].flatMap((article) => {
      const box = (selector: string) => {
        const r = article.querySelector(selector)!.getBoundingClientRect()
        return `${article.id} ${selector}: ${Math.round(r.left)},${Math.round(r.top + scrollY)} ${Math.round(r.width)}×${Math.round(r.height)}`
      }
      return [box('.reading-slide__title'), box('.reading-slide__canvas'), box('.reading-slide__narrative')]
    })
    await document.fonts.ready
    document.getElementById(String(no))!.scrollIntoView()
  }, at)
  const written = await page.evaluate(() => (window as unknown as { __boxes: () => string[] }).__boxes())
  const scrolledBefore = await page.evaluate(() => scrollY)
  const from = await page.evaluate(() => performance.now())
  release()
  await page.waitForFunction(() => (window as unknown as { __settled?: number }).__settled !== undefined, undefined, { timeout: 60_000 })
  const result = await page.evaluate(since => {
    const state = window as unknown as { __shifts: { at: number, value: number }[], __taken: string[], __settled: number }
    return { taken: state.__taken, shift: state.__shifts.filter(s => s.at >= since && s.at <= state.__settled).reduce((sum, s) => sum + s.value, 0), scrolled: scrollY }
  }, from)
  await context.close()
  return { written, taken: result.taken, shift: result.shift, scrolled: { before: scrolledBefore, after: result.scrolled } }
}

const TAKE_OVERS = [['phone', PHONE, ''], ['laptop', LAPTOP, '@once ']] as const
for (const [name, viewport, once] of TAKE_OVERS) {
  test(`${once}on a ${name}, the app takes the written page over in place: same boxes, same scroll, layout shift ≤ 0.1`, async ({ browser }) => {
    test.setTimeout(120_000)
    const { written, taken, shift, scrolled } = await takeOver(browser, viewport, 12)
    expect(taken).toEqual(written)
    expect(scrolled.after).toBe(scrolled.before)
    expect(scrolled.before).toBeGreaterThan(0)
    expect(shift).toBeLessThanOrEqual(0.1)
  })
}

test('@once the take-over checks can fail: a box the app sizes otherwise, the app drawn before the written page leaves', async ({ browser }) => {
  test.setTimeout(120_000)
  const resized = await takeOver(browser, PHONE, 12, { css: '.reading-page:not([data-reading-html]) .reading-slide__title { margin-bottom: 3rem }' })
  expect(resized.taken).not.toEqual(resized.written)

  const late = await takeOver(browser, PHONE, 1, {
    before: () => {
      const remove = Element.prototype.remove
      Element.prototype.remove = function (this: Element) {
        if (this.hasAttribute('data-reading-html'))
          setTimeout(() => remove.call(this), 500)
        else
          remove.call(this)
      }
    },
  })
  expect(late.shift).toBeGreaterThan(0.1)
})

/** The text alternatives of each slide's pictures in the page the build wrote, by slide number. */
async function writtenPictureTexts(page: Page): Promise<Record<string, string[]>> {
  const html = await (await page.request.get('lire')).text()
  return Object.fromEntries([...html.matchAll(/<article id="(\d+)"[\s\S]*?<\/article>/g)].map(([article, no]) => [no,
    [.../<div class="reading-slide__alternatives">([\s\S]*?)<\/div>/.exec(article)?.[1].matchAll(/<p>([\s\S]*?)<\/p>/g) ?? []]
      .map(([, text]) => decodeHtml(text)).sort()]))
}

/** The names of the labelled pictures the app drew on each slide (a demo's: its title and description, as the page writes them). */
async function drawnPictureTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => Object.fromEntries([...document.querySelectorAll<HTMLElement>('[data-reading-slide]')].map(box => [box.dataset.readingSlide!,
    // A picture's own parts are presentational (role="img"): only the outermost pictures count.
    [...box.querySelectorAll('[role="img"]')].filter(img => !img.parentElement!.closest('[role="img"]')).map((img) => {
      const parts = (img.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean).map(id => document.getElementById(id)?.textContent?.trim() ?? '')
      return img.getAttribute('aria-label') ?? (parts.length === 2 ? `${parts[0]}${/[.!?…:]$/.test(parts[0]) ? '' : '.'} ${parts[1]}` : parts.join(' '))
    }).filter(Boolean).sort()])))
}

// WCAG 1.4.10: at 320 CSS px, and a 1280 × 720 window zoomed to 200 % (640 × 360 CSS px), the page reads
// top to bottom without scrolling sideways; its outline has one h1, a section's h2 and each slide's h3, the
// slide's own headings under it.
const REFLOWS = [['320 px wide', { width: 320, height: 568 }, 1], ['zoomed to 200 %', { width: 640, height: 360 }, 2]] as const
for (const [name, viewport, deviceScaleFactor] of REFLOWS) {
  test(`@once ${name}, the page reflows, with one h1 and its headings in order`, async ({ browser }) => {
    test.setTimeout(180_000)
    const context = await browser.newContext({ viewport, deviceScaleFactor })
    const page = await context.newPage()
    await openReading(page, NARRATIVE.length)
    expect(await sidewaysScroll(page)).toBeNull()
    const outline = await headings(page)
    expect(outlineProblems(outline)).toEqual([])
    expect(outline.filter(h => h.level === 3)).toHaveLength(NARRATIVE.length)
    // Each picture's text in the written page is what the drawn picture says to assistive technology.
    expect(await drawnPictureTexts(page)).toEqual(await writtenPictureTexts(page))
    const { violations } = await new AxeBuilder({ page } as unknown as ConstructorParameters<typeof AxeBuilder>[0])
      .include('main.reading-page').withRules(['heading-order', 'empty-heading']).analyze()
    expect(violations.map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)).toEqual([])

    // The checks can fail: a picture that says something else, the slides' own headlines left in the
    // outline, a header wider than the window.
    await page.locator('[data-reading-slide] svg[role="img"][aria-label]').first().evaluate(svg => svg.setAttribute('aria-label', 'Autre chose'))
    expect(await drawnPictureTexts(page)).not.toEqual(await writtenPictureTexts(page))
    // (On a phone the slide's own headline is not drawn at all: a second h1 is put in a slide's article.)
    await page.evaluate(() => {
      document.querySelectorAll('[data-reading-slide] [aria-hidden="true"], [data-reading-slide] [aria-level]')
        .forEach(h => h.removeAttribute(h.hasAttribute('aria-level') ? 'aria-level' : 'aria-hidden'))
      const headline = document.createElement('h1')
      headline.textContent = 'Le titre de la diapositive'
      document.querySelector('.reading-slide')?.append(headline)
    })
    expect(outlineProblems(await headings(page)).join('\n')).toMatch(/headings of level 1/)
    await page.addStyleTag({ content: '.reading-page__header { width: 700px }' })
    expect(await sidewaysScroll(page)).toMatch(/^scrolls sideways/)
    await context.close()
  })
}
