// Proves that each check of the deck suite can fail: the same functions (support/checks.ts) walk
// test/fixtures/broken-deck, where slide N breaks exactly one rule, and must catch each break on its slide.
// Tagged @fixture: it does not depend on the deck under test, so `npm test` runs it once, not per build.
import type { CheckName } from './support/checks'
import type { ServedFixture } from './support/fixture'
import { expect, test } from '@playwright/test'
import { checkedWalk, formatIssues } from './support/checks'
import { serveFixture } from './support/fixture'

const FIXTURE = 'test/fixtures/broken-deck/slides.md'

/** Slide of the fixture → the check that must catch it. Slide 1 is clean. */
const BROKEN: Record<number, CheckName> = {
  2: 'overflow',
  3: 'external-request', // an external image (the CSP blocks it too)
  4: 'console',
  5: 'page-error',
  6: 'failed-request',
  7: 'axe',
  8: 'csp',
  9: 'text-size',
  10: 'click-markers',
}

test.describe('@fixture the checks catch a broken deck', () => {
  test.setTimeout(180_000)
  let server: ServedFixture

  test.beforeAll(async () => {
    server = await serveFixture(FIXTURE)
  })

  test.afterAll(async () => {
    await server?.close()
  })

  test('each broken slide is caught by its check, on its slide, and the clean slide passes', async ({ browser }) => {
    const context = await browser.newContext({ baseURL: server.url })
    const { steps, issues } = await checkedWalk(await context.newPage(), { entry: FIXTURE })
    await context.close()
    const report = formatIssues(issues)
    expect([...new Set(steps.map(s => s.slide))]).toEqual([1, ...Object.keys(BROKEN).map(Number)])
    expect(issues.filter(i => i.slide === 1), report).toEqual([])
    for (const [slide, check] of Object.entries(BROKEN))
      expect(issues.some(i => i.slide === Number(slide) && i.check === check), `slide ${slide} should fail "${check}":\n${report}`).toBe(true)
    // 1400 px wide from the layout's 56 px padding, on a 980 px canvas: 476 px out on the right.
    expect(issues.find(i => i.check === 'overflow')?.message).toBe('div.slidev-layout.default > div ("too wide") overflows the slide by 476 px right')
    expect(issues.find(i => i.check === 'axe')?.message).toMatch(/^button-name \(critical\)/)
    // 10 px of HTML text; a 20-unit label in a 1000-unit-wide drawing shown 490 px wide: 9.8 px.
    expect(issues.filter(i => i.check === 'text-size').map(i => `${i.slide}/${i.clicks} ${i.message}`)).toEqual([
      '9/0 .slidev-layout p ("petit texte"): 10.0 px',
      '9/0 .slidev-layout text ("étiquette"): 9.8 px',
    ])
    expect(issues.find(i => i.check === 'click-markers')?.message).toBe('2 [click] markers in the notes, 1 clicks on the slide')
  })
})
