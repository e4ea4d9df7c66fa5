// The deck leaves Shiki's client and other unused parts of Slidev out of the build (workarounds/lean-client.mjs).
// Code blocks must keep their colours anyway, since Shiki highlights them at build time: this serves
// test/fixtures/code-deck, built with the same plugin, and checks its code block is highlighted, in light and dark.
// That a feature the plugin leaves out stops the build is checked in workarounds/guards.test.ts.
// Tagged @fixture: it does not depend on the deck under test, so `npm test` runs it once, not per build.
import type { ServedFixture } from './support/fixture'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { serveFixture } from './support/fixture'

const FIXTURE = 'test/fixtures/code-deck'

test.describe('@fixture code blocks without Shiki in the client', () => {
  test.setTimeout(180_000)
  let server: ServedFixture

  test.beforeAll(async () => {
    server = await serveFixture(join(FIXTURE, 'slides.md'))
  })

  test.afterAll(async () => {
    await server?.close()
  })

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the code block is highlighted (${colorScheme})`, async ({ browser }) => {
      const context = await browser.newContext({ baseURL: server.url, colorScheme })
      const page = await context.newPage()
      const errors: string[] = []
      page.on('console', m => m.type() === 'error' && errors.push(m.text()))
      page.on('pageerror', e => errors.push(e.message))
      await page.goto('1')
      const code = page.locator('.slidev-page-1 pre.shiki')
      await expect(code).toContainText('export async function nearest')
      const colours = await code.locator('span span').evaluateAll(spans => spans.map(s => getComputedStyle(s).color))
      const text = await code.evaluate(pre => getComputedStyle(pre).color)
      await context.close()
      // Comment, keyword, function name, type, string: a highlighted block shows several colours, a plain one one.
      expect(new Set(colours).size, `token colours: ${[...new Set(colours)].join(', ')}`).toBeGreaterThanOrEqual(4)
      expect(colours.filter(c => c !== text).length).toBeGreaterThan(colours.length / 4)
      expect(errors).toEqual([])
    })
  }
})
