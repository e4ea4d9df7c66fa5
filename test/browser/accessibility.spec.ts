// The talk as a screen reader, a keyboard, a reduced-motion setting and a speaker's clicker meet it, on the
// built deck: slide changes announced, one slide in the accessibility tree and the tab order, Slidev's
// controls named in French, no sliding under reduced motion, the clicker's black screen, and a wake lock
// that a refusal does not break. Each check is also shown failing, on the same page with the property
// broken on purpose. Tagged @once: nothing here depends on the base path.
import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { slideAnnouncement } from '../../composables/slideAnnouncement'
import { loadTalk } from '../unit/talk-rules'
import { announcement, englishControlNames, slideTreeProblems, tabOrderProblems } from './support/accessibility'
import { watchPage } from './support/checks'
import { parseStep, settle } from './support/deck'

test.describe.configure({ mode: 'parallel' })

async function open(page: Page, path: string, slide: number) {
  await page.goto(path)
  await settle(page, slide)
}

/** Presses `key` until the deck shows slide `slide` (a slide with clicks takes one press per click). */
async function pressUntil(page: Page, key: string, slide: number) {
  for (let i = 0; i < 20 && parseStep(page.url()).slide !== slide; i++) {
    const url = page.url()
    await page.keyboard.press(key)
    await page.waitForFunction(previous => location.href !== previous, url)
  }
  await settle(page, slide)
}

/** The headline of slide `slide` as drawn. */
const headline = (page: Page, slide: number) => page.locator(`#slideshow > [data-slidev-no="${slide}"] h1`).first().innerText()

test('@once a slide change is announced in a polite live region: number, count and headline, in French; a click is not', async ({ page }) => {
  await open(page, '3', 3)
  const region = page.locator('[data-slide-announcer]')
  await expect(region).toHaveAttribute('aria-live', 'polite')
  await expect(region).toHaveAttribute('role', 'status')
  const count = (await loadTalk('slides.md')).length
  // Nothing is said on load: the page's title is.
  expect(await announcement(page)).toBe('')

  for (const [key, slide] of [['ArrowRight', 4], ['ArrowLeft', 3], ['ArrowLeft', 2]] as const) {
    const before = await announcement(page)
    await pressUntil(page, key, slide)
    const expected = slideAnnouncement(slide, count, await headline(page, slide))
    expect(expected).not.toBe(before)
    await expect(region, `after ${key} to slide ${slide}`).toHaveText(expected)
  }
  expect(await announcement(page)).toMatch(/^Diapositive 2 sur \d+ : \S/)
  // ArrowLeft from slide 3 lands on slide 2's last click; one more goes back a click, on the same slide.
  const said = await announcement(page)
  const url = page.url()
  await page.keyboard.press('ArrowLeft')
  await page.waitForFunction(previous => location.href !== previous, url)
  expect(parseStep(page.url()).slide).toBe(2)
  expect(await announcement(page)).toBe(said)
})

test('@once only the current slide is in the accessibility tree and the tab order; the warm neighbours are not', async ({ page }) => {
  // Slide 1 holds a link (the reading page's); on slide 2 it is the warm previous slide.
  await open(page, '1', 1)
  await pressUntil(page, 'ArrowRight', 2)
  await page.waitForSelector('#slideshow > [data-slidev-no="1"][data-warm]', { state: 'attached' })
  await page.waitForSelector('#slideshow > [data-slidev-no="3"][data-warm]', { state: 'attached' })
  expect(await page.locator('#slideshow > [data-slidev-no="1"] a[href]').count()).toBeGreaterThan(0)
  expect(await slideTreeProblems(page, 2)).toEqual([])
  expect(await tabOrderProblems(page, 2)).toEqual([])

  // The same checks fail when a warm slide is left in the accessibility tree.
  await page.addStyleTag({ content: '#slideshow > .slidev-page[data-warm] { visibility: visible !important }' })
  expect(await slideTreeProblems(page, 2)).toEqual([expect.stringMatching(/holds 3 level-1 heading/)])
  expect(await tabOrderProblems(page, 2)).toEqual(expect.arrayContaining([expect.stringMatching(/on slide 1$/)]))
})

test('@once Slidev\'s controls have French names: the slide view, its menus, the overview, "go to" and the presenter view', async ({ page }) => {
  const password = process.env.PRESENTER_PASSWORD
  expect(password, 'run with PRESENTER_PASSWORD, and a build made with it (scripts/test.mjs does both)').toBeTruthy()
  const english: string[] = []
  const check = async (where: string) => english.push(...(await englishControlNames(page)).map(n => `${where}: ${n}`))

  await open(page, '4', 4)
  await check('slide view')
  for (const menu of ['Plus de réglages', 'Synchronisation']) {
    await page.getByRole('button', { name: menu }).first().click()
    await check(`menu "${menu}"`)
    await page.keyboard.press('Escape')
    await page.mouse.click(5, 5)
  }
  await page.keyboard.press('o')
  await expect(page.getByRole('button', { name: 'Fermer' })).toBeVisible()
  await check('overview')
  await page.keyboard.press('Escape')
  await page.keyboard.press('g')
  await expect(page.getByRole('textbox', { name: 'Aller à la diapositive…' })).toBeEnabled()
  await check('"go to" dialog')
  await open(page, `presenter/4?password=${encodeURIComponent(password!)}`, 4)
  await check('presenter view')
  expect(english).toEqual([])

  // The same check catches a control named in English.
  await page.locator('nav').first().evaluate(nav => nav.insertAdjacentHTML('beforeend', '<button title="Toggle captions"><span class="sr-only">Toggle captions</span></button>'))
  expect(await englishControlNames(page)).toEqual(['button "Toggle captions" (toggle)'])
})

/** How far any slide moves sideways or up and down while `key` changes the slide, sampled at every frame. */
async function slideTravel(page: Page, key: string): Promise<{ travel: number, frames: number, fading: boolean }> {
  const sampling = page.evaluate(() => new Promise<{ travel: number, frames: number, fading: boolean }>((resolve) => {
    const container = document.querySelector('#slideshow')!.getBoundingClientRect()
    let travel = 0
    let frames = 0
    let fading = false
    const started = performance.now()
    const sample = () => {
      for (const el of document.querySelectorAll<HTMLElement>('#slideshow > .slidev-page')) {
        const style = getComputedStyle(el)
        if (style.display === 'none' || style.visibility === 'hidden')
          continue
        const box = el.getBoundingClientRect()
        travel = Math.max(travel, Math.abs(box.x - container.x), Math.abs(box.y - container.y))
        fading ||= Number(style.opacity) < 1
      }
      frames++
      if (performance.now() - started < 900)
        requestAnimationFrame(sample)
      else
        resolve({ travel, frames, fading })
    }
    requestAnimationFrame(sample)
  }))
  await page.keyboard.press(key)
  return sampling
}

test('@once under prefers-reduced-motion a slide change fades and does not slide; without it, it slides', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await open(page, '3', 3)
  const reduced = await slideTravel(page, 'ArrowDown')
  expect(parseStep(page.url()).slide).toBe(4)
  // Sampled during the change (it was seen fading), at a few frames at least even on a loaded machine.
  expect(reduced.frames).toBeGreaterThanOrEqual(5)
  expect(reduced).toMatchObject({ travel: 0, fading: true })
  // Back again, the warm slide that comes in has waited in place.
  expect((await slideTravel(page, 'ArrowUp')).travel).toBe(0)

  // The same measure sees the slide move when motion is not reduced.
  await page.emulateMedia({ reducedMotion: 'no-preference' })
  expect((await slideTravel(page, 'ArrowDown')).travel).toBeGreaterThan(100)
})

/**
 * Whether the slide is covered in black: the topmost element across the slide is the black screen (below
 * the bottom fifth, where Slidev's controls appear on hover).
 */
function blackedOut(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const box = document.querySelector('#slide-content')!.getBoundingClientRect()
    return [0.02, 0.5, 0.98].flatMap(fx => [0.02, 0.4, 0.8].map(fy => document.elementFromPoint(box.x + box.width * fx, box.y + box.height * fy)))
      .every(el => el?.matches('[data-black-screen="slide"]') && getComputedStyle(el).backgroundColor === 'rgb(0, 0, 0)')
  })
}

test('@once the clicker\'s "black screen" keys b and . blank the slide; the same key or a navigation key brings it back where it was', async ({ page }) => {
  // A demo slide at its first click: a navigation key while black must not move the step either.
  await open(page, '6?clicks=1', 6)
  const where = page.url()
  expect(await blackedOut(page)).toBe(false)
  for (const [blank, resume] of [['b', 'b'], ['.', '.'], ['Shift+B', 'ArrowRight'], ['b', 'ArrowLeft'], ['b', 'Space'], ['.', 'PageDown'], ['b', 'ArrowDown']]) {
    await page.keyboard.press(blank)
    await expect.poll(() => blackedOut(page), `${blank} blanks the slide`).toBe(true)
    await page.keyboard.press(resume)
    await expect.poll(() => blackedOut(page), `${resume} brings it back`).toBe(false)
    expect(page.url(), `${resume} brings it back where it was`).toBe(where)
  }
  // The key at the place of "." (it types ":" on a French AZERTY keyboard), as a remote sends it.
  await page.evaluate(() => window.dispatchEvent(new KeyboardEvent('keydown', { key: ':', code: 'Period', bubbles: true })))
  await page.evaluate(() => window.dispatchEvent(new KeyboardEvent('keyup', { key: ':', code: 'Period', bubbles: true })))
  await expect.poll(() => blackedOut(page)).toBe(true)
  // A click or a tap on the black brings it back too; then the navigation keys move again.
  await page.mouse.click(640, 360)
  await expect.poll(() => blackedOut(page)).toBe(false)
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => parseStep(page.url()).clicks).toBe(2)
})

test('@once blanking from the presenter view blanks the slide view, the presenter view says so, and no print shows it', async ({ browser }) => {
  const password = process.env.PRESENTER_PASSWORD
  expect(password, 'run with PRESENTER_PASSWORD, and a build made with it (scripts/test.mjs does both)').toBeTruthy()
  const context = await browser.newContext()
  const audience = await context.newPage()
  const presenter = await context.newPage()
  const print = await context.newPage()
  await open(audience, '5', 5)
  await open(print, '5?print=clicks', 5)
  await open(presenter, `presenter/5?password=${encodeURIComponent(password!)}`, 5)
  const notice = presenter.locator('[data-black-screen="presenter"]')

  await presenter.bringToFront()
  await presenter.keyboard.press('b')
  await expect.poll(() => blackedOut(audience)).toBe(true)
  await expect(notice).toContainText('Écran noir')
  // The print render got the same shared state, and draws neither the black screen nor the announcer.
  await expect(print.locator('[data-black-screen], [data-slide-announcer]')).toHaveCount(0)
  expect(await print.locator('#slideshow > [data-slidev-no="5"] h1').isVisible()).toBe(true)

  // "Next" in the presenter view brings both back, on the same slide; the next press moves both.
  await presenter.keyboard.press('ArrowRight')
  await expect.poll(() => blackedOut(audience)).toBe(false)
  await expect(notice).toHaveCount(0)
  expect(parseStep(audience.url()).slide).toBe(5)
  await presenter.keyboard.press('ArrowRight')
  await expect.poll(() => parseStep(audience.url()).slide).toBe(6)

  // Blanking from the slide view (the window the speaker last clicked in) shows in the presenter view.
  await audience.bringToFront()
  await audience.keyboard.press('.')
  await expect(notice).toBeVisible()
  await context.close()
})

test('@once a wake lock refused without user activation, as WebKit does, raises no error and is held after the first key press', async ({ page }) => {
  // WebKit's rule (checked by hand in WebKitGTK 2.50): a lock whose permission would prompt is refused with
  // NotAllowedError unless the page has user activation.
  await page.addInitScript(() => {
    const log = { refused: 0, granted: 0 }
    Object.assign(window, { wakeLockLog: log })
    const wakeLock = {
      request: () => {
        if (!navigator.userActivation.isActive) {
          log.refused++
          return Promise.reject(new DOMException('Permission was denied', 'NotAllowedError'))
        }
        log.granted++
        const sentinel = Object.assign(new EventTarget(), { type: 'screen', released: false, release: () => Promise.resolve() })
        return Promise.resolve(sentinel)
      },
    }
    Object.defineProperty(Navigator.prototype, 'wakeLock', { get: () => wakeLock })
  })
  const watcher = await watchPage(page)
  const log = () => page.evaluate(() => (window as unknown as { wakeLockLog: { refused: number, granted: number } }).wakeLockLog)
  await open(page, '1', 1)
  await expect.poll(log).toEqual({ refused: 1, granted: 0 })
  await page.keyboard.press('ArrowRight')
  await expect.poll(log).toEqual({ refused: 1, granted: 1 })
  // Held: later presses do not ask again.
  await page.keyboard.press('ArrowRight')
  expect(await log()).toEqual({ refused: 1, granted: 1 })
  expect(watcher.take()).toEqual([])

  // The watcher does report the refusal when nothing handles it, as Slidev's own wake lock left it.
  await page.evaluate(() => void Promise.reject(new DOMException('Permission was denied', 'NotAllowedError')))
  await expect.poll(() => watcher.take().map(f => f.message)).toEqual(['uncaught NotAllowedError: Permission was denied'])
})
