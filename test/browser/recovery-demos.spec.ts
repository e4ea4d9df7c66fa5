import type { Locator, Page } from '@playwright/test'
import type { InfraState } from '../../scenarios/infra'
import type { RecoveryState } from '../../scenarios/self-healing'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { chaosScenario } from '../../scenarios/chaos'
import { datacenterLoss, requestsSucceed, rpo, rto } from '../../scenarios/datacenter-loss'
import { captionAt, stateAt, stepCount } from '../../scenarios/scenario'
import { capacity, selfHealing, serviceMode } from '../../scenarios/self-healing'
import { parseStep, walkDeck, watchConsole } from './support/deck'

/** What a demo draws, as the DOM exposes it: frame attributes, machines, links, zones, signals. */
interface Picture {
  frame: Record<string, string>
  machines: Record<string, string>
  links: Record<string, string>
  zones: Record<string, string>
  signals: Record<string, string>
}

function infraPicture(infra: InfraState, cutZones: readonly string[]) {
  return {
    machines: Object.fromEntries(infra.machines.map(m => [m.id, `${m.status}|${m.inRotation ? 'true' : 'false'}`])),
    links: Object.fromEntries(infra.links.map(l => [l.id, l.status])),
    zones: Object.fromEntries(infra.zones.map(z => [z.id, cutZones.includes(z.id) ? 'cut' : 'up'])),
  }
}

function recoveryPicture(s: RecoveryState, step: number, mode: 'script' | 'chaos'): Picture {
  const c = capacity(s.infra)
  return {
    frame: {
      'data-step': String(step),
      'data-mode': mode,
      'data-alert': s.alert ? 'firing' : 'none',
      'data-service-mode': serviceMode(s.infra),
      'data-capacity': String(c.percent),
      'data-capacity-up': String(c.up),
      'data-spof': s.spof ?? '',
    },
    ...infraPicture(s.infra, s.cutZones),
    signals: Object.fromEntries(Object.entries(s.signals).map(([k, v]) => [k, v === null ? 'none' : String(v)])),
  }
}

const expected = {
  'self-healing': (k: number) => recoveryPicture(stateAt(selfHealing, k), k, 'script'),
  'datacenter-loss': (k: number): Picture => {
    const s = stateAt(datacenterLoss, k)
    return {
      frame: {
        'data-step': String(k),
        'data-dns-target': s.dnsTarget,
        'data-requests': requestsSucceed(s) ? 'ok' : 'error',
        'data-rpo': String(rpo(s) ?? ''),
        'data-rto': String(rto(s) ?? ''),
      },
      ...infraPicture(s.infra, s.cutZones),
      signals: {},
    }
  },
} as const

type DemoId = keyof typeof expected
const SCENARIOS: Record<DemoId, { total: number, caption: (k: number) => string }> = {
  'self-healing': { total: stepCount(selfHealing), caption: k => captionAt(selfHealing, k) },
  'datacenter-loss': { total: stepCount(datacenterLoss), caption: k => captionAt(datacenterLoss, k) },
}

const frameOf = (page: Page, slide: number, demo: string) => page.locator(`#slide-content [data-slidev-no="${slide}"] [data-demo="${demo}"]`)

async function drawn(page: Page, slide: number, demo: string, want: Picture): Promise<Picture> {
  return drawnIn(frameOf(page, slide, demo), want)
}

async function drawnIn(frame: Locator, want: Picture): Promise<Picture> {
  return frame.evaluate((figure, frameKeys) => {
    const attrs = (selector: string, key: string, value: (e: Element) => string) =>
      Object.fromEntries([...figure.querySelectorAll(selector)].map(e => [e.getAttribute(key)!, value(e)]))
    return {
      frame: Object.fromEntries(frameKeys.map(k => [k, figure.getAttribute(k) ?? ''])),
      machines: attrs('[data-machine]', 'data-machine', e => `${e.getAttribute('data-state')}|${e.getAttribute('data-in-rotation')}`),
      links: attrs('[data-link]', 'data-link', e => e.getAttribute('data-link-status')!),
      zones: attrs('[data-zone]', 'data-zone', e => e.getAttribute('data-zone-status')!),
      signals: attrs('[data-signal]', 'data-signal', e => e.getAttribute('data-signal-value')!),
    }
  }, Object.keys(want.frame))
}

/** Waits for the demo to draw step k, then checks every exposed attribute against the scenario. */
async function expectStep(page: Page, slide: number, demo: DemoId, k: number, context: string) {
  const want = expected[demo](k)
  await expect(frameOf(page, slide, demo), context).toHaveAttribute('data-step', String(k))
  expect(await drawn(page, slide, demo, want), `${demo} ${context} step ${k}`).toEqual(want)
  await expect(frameOf(page, slide, demo).locator('[data-caption]')).toHaveText(SCENARIOS[demo].caption(k))
}

const slides: Partial<Record<DemoId, number>> = {}

function slideOf(demo: DemoId): number {
  const no = slides[demo]
  if (!no)
    throw new Error(`No slide draws the "${demo}" demo (the deck walk did not find it)`)
  return no
}

test.describe.configure({ mode: 'serial' })

test('walking the deck with the clicker draws each recovery step as its scenario says', async ({ page }) => {
  test.setTimeout(300_000)
  const seen: Record<string, number[]> = { 'self-healing': [], 'datacenter-loss': [] }
  await walkDeck(page, async (step) => {
    for (const demo of step.demos) {
      if (demo in expected) {
        slides[demo as DemoId] = step.slide
        await expectStep(page, step.slide, demo as DemoId, step.clicks, 'live')
        seen[demo].push(step.clicks)
      }
    }
  })
  // Slidev's own navigation knows every step: one click per scenario step, no more, no fewer.
  expect(seen['self-healing']).toEqual(Array.from({ length: stepCount(selfHealing) + 1 }, (_, k) => k))
  expect(seen['datacenter-loss']).toEqual(Array.from({ length: stepCount(datacenterLoss) + 1 }, (_, k) => k))
})

for (const demo of ['self-healing', 'datacenter-loss'] as const) {
  test(`${demo}: deep links, going backwards and reduced motion draw the same states`, async ({ page }) => {
    const slide = slideOf(demo)
    const total = SCENARIOS[demo].total
    const problems = watchConsole(page)
    for (let k = 0; k <= total; k++) {
      await page.goto(`${slide}?clicks=${k}`)
      await expectStep(page, slide, demo, k, 'deep link')
    }
    for (let k = total; k > 0; k--) {
      expect(parseStep(page.url())).toEqual({ slide, clicks: k })
      await page.keyboard.press('ArrowLeft')
      await expectStep(page, slide, demo, k - 1, 'backwards')
    }
    await page.emulateMedia({ reducedMotion: 'reduce' })
    for (const k of [0, Math.ceil(total / 2), total]) {
      await page.goto(`${slide}?clicks=${k}`)
      await expectStep(page, slide, demo, k, 'reduced motion')
      await expect(frameOf(page, slide, demo).locator('.infra-traffic__dot').first()).toBeHidden()
    }
    expect(problems).toEqual([])
  })

  test(`${demo}: print mode draws every step, without chaos controls or ambient dots`, async ({ page }) => {
    const slide = slideOf(demo)
    for (let k = 0; k <= SCENARIOS[demo].total; k++) {
      await page.goto(`${slide}?print=clicks&clicks=${k}`)
      await expectStep(page, slide, demo, k, 'print')
      await expect(page.locator('[data-chaos-controls]')).toHaveCount(0)
      await expect(frameOf(page, slide, demo).locator('.infra-traffic__dot')).toHaveCount(0)
    }
  })

  test(`${demo}: a hundred key presses in a second leave a consistent picture`, async ({ page }) => {
    const slide = slideOf(demo)
    const total = SCENARIOS[demo].total
    const problems = watchConsole(page)
    await page.goto(`${slide}?clicks=1`)
    await expectStep(page, slide, demo, 1, 'start')
    // A seeded walk that stays on the slide: 100 key presses within a second, in bursts of ten
    // (Playwright's own key presses take ~50 ms each here, too slow for a clicker held down).
    let k = 1
    let seed = 7
    const keys: string[] = []
    for (let i = 0; i < 100; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648
      const forward = k === 0 || (k < total && seed % 3 !== 0)
      k += forward ? 1 : -1
      keys.push(forward ? 'ArrowRight' : 'ArrowLeft')
    }
    const elapsed = await page.evaluate(async (keys) => {
      const started = performance.now()
      for (const [i, key] of keys.entries()) {
        document.dispatchEvent(new KeyboardEvent('keydown', { key, code: key, bubbles: true }))
        document.dispatchEvent(new KeyboardEvent('keyup', { key, code: key, bubbles: true }))
        if (i % 10 === 9)
          await new Promise(resolve => setTimeout(resolve, 0))
      }
      return performance.now() - started
    }, keys)
    expect(elapsed).toBeLessThan(1000)
    // Slidev may drop presses that land mid-navigation, so the URL decides where we are; once it
    // is still, the picture must be that step's, here or after single presses back onto the slide.
    await expect.poll(async () => {
      const before = page.url()
      await page.waitForTimeout(400)
      return before === page.url()
    }).toBe(true)
    let at = parseStep(page.url())
    for (let guard = 0; at.slide !== slide && guard < 30; guard++) {
      const before = page.url()
      await page.keyboard.press(at.slide > slide ? 'ArrowLeft' : 'ArrowRight')
      await expect.poll(() => page.url()).not.toBe(before)
      at = parseStep(page.url())
    }
    expect(at.slide).toBe(slide)
    await expectStep(page, slide, demo, at.clicks, `after 100 presses (the walk aimed at ${k})`)
    expect(problems).toEqual([])
  })

  test(`${demo}: passes axe (contrast included) in light and dark themes`, async ({ page }) => {
    const slide = slideOf(demo)
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' })
      for (const k of [1, SCENARIOS[demo].total]) {
        await page.goto(`${slide}?clicks=${k}`)
        await expectStep(page, slide, demo, k, colorScheme)
        const results = await new AxeBuilder({ page } as unknown as ConstructorParameters<typeof AxeBuilder>[0]).include(`#slide-content [data-slidev-no="${slide}"]`).analyze()
        expect(results.violations.map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`), `${colorScheme} step ${k}`).toEqual([])
      }
    }
  })
}

// The public build hides the presenter view; build with PRESENTER_PASSWORD to check it too.
test('presenter view: the current step and the next-step preview match the scenario', async ({ page }) => {
  const password = process.env.PRESENTER_PASSWORD
  test.skip(!password, 'the presenter view is only built with PRESENTER_PASSWORD')
  for (const demo of ['self-healing', 'datacenter-loss'] as const) {
    const slide = slideOf(demo)
    for (const k of [0, 3, SCENARIOS[demo].total - 1]) {
      await page.goto(`presenter/${slide}?clicks=${k}&password=${encodeURIComponent(password!)}`)
      await expectStep(page, slide, demo, k, 'presenter')
      const next = page.locator(`.grid-section.next [data-demo="${demo}"]`)
      await expect(next).toHaveAttribute('data-step', String(k + 1))
      const want = expected[demo](k + 1)
      expect(await drawnIn(next, want), `${demo} next-step preview of ${k}`).toEqual(want)
      await expect(page.locator('.grid-section.next [data-chaos-controls]')).toHaveCount(0)
    }
  }
})

test.describe('chaos mode on the self-healing slide', () => {
  const chaosFrame = (page: Page) => frameOf(page, slideOf('self-healing'), 'self-healing')

  async function expectChaos(page: Page, failure: string, k: number) {
    const run = chaosScenario(failure, 1)
    const want = recoveryPicture(stateAt(run, k), k, 'chaos')
    await expect(chaosFrame(page)).toHaveAttribute('data-step', String(k))
    expect(await drawn(page, slideOf('self-healing'), 'self-healing', want)).toEqual(want)
    await expect(chaosFrame(page).locator('[data-caption]')).toHaveText(captionAt(run, k))
  }

  test('works with the mouse: break a machine, step the repair, go back to the script', async ({ page }) => {
    const slide = slideOf('self-healing')
    const problems = watchConsole(page)
    await page.goto(`${slide}?clicks=2`)
    await expectStep(page, slide, 'self-healing', 2, 'before chaos')
    await page.getByRole('button', { name: 'Mode chaos' }).click()
    await page.locator('[data-chaos-target="front-1"]').click()
    await expectChaos(page, 'front-1', 1)
    const total = stepCount(chaosScenario('front-1', 1))
    for (let k = 2; k <= total; k++) {
      await page.locator('[data-chaos="next"]').click()
      await expectChaos(page, 'front-1', k)
    }
    await expect(chaosFrame(page)).toHaveAttribute('data-service-mode', 'nominal')
    await expect(page.locator('[data-chaos="next"]')).toHaveAttribute('aria-disabled', 'true')
    await page.locator('[data-chaos="next"]').dispatchEvent('click')
    await expectChaos(page, 'front-1', total)
    await page.locator('[data-chaos="prev"]').click()
    await expectChaos(page, 'front-1', total - 1)
    // The clicker's position never moved: the URL still says click 2.
    expect(parseStep(page.url())).toEqual({ slide, clicks: 2 })

    // A single point of failure ends down, and names it.
    await page.locator('[data-chaos-target="lb"]').click()
    await page.locator('[data-chaos="next"]').click()
    await page.locator('[data-chaos="next"]').click()
    await expectChaos(page, 'lb', stepCount(chaosScenario('lb', 1)))
    await expect(chaosFrame(page)).toHaveAttribute('data-service-mode', 'down')
    await expect(chaosFrame(page).locator('[data-caption]')).toContainText('Point unique de défaillance')

    await page.locator('[data-chaos="reset"]').click()
    await expectStep(page, slide, 'self-healing', 2, 'after reset')
    expect(problems).toEqual([])
  })

  test('works with the keyboard, and the clicker returns to the script', async ({ page }) => {
    const slide = slideOf('self-healing')
    const problems = watchConsole(page)
    await page.goto(`${slide}?clicks=0`)
    await expectStep(page, slide, 'self-healing', 0, 'before chaos')
    const toggle = page.getByRole('button', { name: 'Mode chaos' })
    await toggle.focus()
    await page.keyboard.press('Enter')
    const target = page.locator('[data-chaos-target="datacenter"]')
    await target.focus()
    // The focused button shows a visible focus ring.
    expect(await target.evaluate(e => getComputedStyle(e).outlineStyle)).not.toBe('none')
    await page.keyboard.press('Space')
    await expectChaos(page, 'datacenter', 1)
    await expect(chaosFrame(page).locator('[data-zone="dc-a"]')).toHaveAttribute('data-zone-status', 'cut')
    await page.locator('[data-chaos="next"]').focus()
    await page.keyboard.press('Enter')
    await expectChaos(page, 'datacenter', 2)
    await page.keyboard.press('Enter')
    await expectChaos(page, 'datacenter', 3)
    await expect(chaosFrame(page)).toHaveAttribute('data-spof', /sans site de secours/)
    // Arrow keys on a focused chaos button do not move the slide…
    await page.keyboard.press('ArrowRight')
    expect(parseStep(page.url())).toEqual({ slide, clicks: 0 })
    await expectChaos(page, 'datacenter', 3)
    // …and the clicker, once the focus leaves the controls, goes back to the scripted path.
    await page.locator('[data-chaos="next"]').evaluate(e => (e as HTMLElement).blur())
    await page.keyboard.press('ArrowRight')
    await expectStep(page, slide, 'self-healing', 1, 'clicker after chaos')

    // Leaving the slide also ends chaos mode: back on it, the script shows.
    await page.keyboard.press('ArrowLeft')
    await expectStep(page, slide, 'self-healing', 0, 'back to click 0')
    await page.locator('[data-chaos-target="lb"]').click()
    await expectChaos(page, 'lb', 1)
    await page.locator('[data-chaos-target="lb"]').evaluate(e => (e as HTMLElement).blur())
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => parseStep(page.url()).slide).toBe(slide - 1)
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => parseStep(page.url())).toEqual({ slide, clicks: 0 })
    await expectStep(page, slide, 'self-healing', 0, 'after leaving chaos')
    expect(problems).toEqual([])
  })
})
