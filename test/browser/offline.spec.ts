// After one visit the hosted deck needs no network: the service worker serves the app, every slide
// and a demo from its cache, for reloads and deep links too. Runs under "/" and under a sub-path.
import { expect, test } from '@playwright/test'
import { loadTalk } from '../unit/talk-rules'
import { parseStep, settle, skipTransitions } from './support/deck'
import { demoFigure, demoSlides } from './support/demos'

test('after one visit, the deck reloads, opens every slide and steps a demo with the network cut', async ({ page, context }) => {
  test.setTimeout(180_000)
  const [demo, slide] = Object.entries(await demoSlides())[0]
  await page.goto('1')
  await expect(page.locator('.slidev-page-1 h1')).toBeVisible()
  // The worker precaches everything before it activates, then claims the page.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 })

  await context.setOffline(true)
  expect(await page.evaluate(() => fetch(`${location.origin}/__nowhere__`, { cache: 'no-store' }).then(() => 'online', () => 'offline'))).toBe('offline')

  await page.reload()
  await expect(page.locator('.slidev-page-1 h1')).toBeVisible()
  // Slidev sets its "Caching for offline…" toast once its service-worker module has loaded, two frames before it
  // shows; on this visit the worker is already in charge, and workarounds/pwa-caching-toast.ts clears it.
  await page.waitForFunction(() => performance.getEntriesByType('resource').some(entry => /pwa-register/.test(entry.name)))
  await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))))
  await expect(page.locator('.slidev-pwa-indicator'), 'workaround pwa-caching-toast (workarounds/pwa-caching-toast.ts): the toast stays up on a return visit').toHaveCount(0)
  // What is tested is where each slide comes from, not how it slides in.
  await skipTransitions(page)

  // Every slide, its chunk from the cache: ArrowDown goes to the next slide, whatever its clicks.
  const slides = await loadTalk('slides.md')
  for (const { no } of slides) {
    if (no > 1)
      await page.keyboard.press('ArrowDown')
    await expect.poll(() => parseStep(page.url()).slide, `slide ${no} offline`).toBe(no)
    await settle(page, no)
    await expect(page.locator(`#slide-content [data-slidev-no="${no}"]`), `slide ${no} offline`).toContainText(/\S/)
  }

  // A deep link into a demo (a fresh navigation, answered by the worker's fallback), then one click.
  await page.goto(`${slide}?clicks=0`)
  const figure = demoFigure(page, slide, demo)
  await expect(figure).toHaveAttribute('data-step', '0')
  await page.keyboard.press('ArrowRight')
  await expect(figure).toHaveAttribute('data-step', '1')
  await expect(figure.locator('[data-caption]')).not.toBeEmpty()
})
