// After one visit the hosted deck needs no network: the service worker serves the app, every slide
// and every demo from its cache, for reloads and deep links too.
import { expect, test } from '@playwright/test'
import { walkDeck } from './support/deck'

test('after one visit, the deck reloads, navigates and steps a demo with the network cut', async ({ page, context }) => {
  await page.goto('1')
  await expect(page.locator('.slidev-page-1 h1')).toBeVisible()
  // The worker precaches everything before it activates, then claims the page.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 })

  await context.setOffline(true)
  expect(await page.evaluate(() => fetch(`${location.origin}/__nowhere__`, { cache: 'no-store' }).then(() => 'online', () => 'offline'))).toBe('offline')

  await page.reload()
  await expect(page.locator('.slidev-page-1 h1')).toBeVisible()

  // Every slide and click, as the clicker goes, from the cache alone.
  const steps = await walkDeck(page)
  const slides = new Set(steps.map(s => s.slide))
  expect(slides.size).toBeGreaterThan(5)
  const demo = steps.find(s => s.demos.length > 0)
  test.skip(!demo, 'no slide with a [data-demo] figure in the deck yet')

  // A deep link into the demo (a fresh navigation, answered by the worker's fallback), then one click.
  await page.goto(`${demo!.slide}?clicks=0`)
  const figure = page.locator(`[data-slidev-no="${demo!.slide}"] [data-demo="${demo!.demos[0]}"]`)
  await expect(figure).toBeVisible()
  await expect(figure).toHaveAttribute('data-step', '0')
  await page.keyboard.press('ArrowRight')
  await expect(figure).toHaveAttribute('data-step', '1')
  await expect(figure.locator('[data-caption]')).not.toBeEmpty()
})
