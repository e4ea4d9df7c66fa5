import type { Page } from '@playwright/test'
import type { Scenario } from '../../scenarios/scenario'
import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { imagePipeline, STAGES } from '../../scenarios/image-pipeline'
import { rollingDeploy } from '../../scenarios/rolling-deploy'
import { captionAt, stateAt, stepCount } from '../../scenarios/scenario'
import { differences, servers, snowflakeDrift } from '../../scenarios/snowflake-drift'
import { overflowIssues } from './support/checks'
import { parseStep, settle, walkDeck, watchConsole } from './support/deck'

/**
 * What a demo slide shows, read from the DOM attributes the primitives expose (no pixels):
 * machines, the differences panel, pipeline stages and registry, counters, step and caption.
 */
interface Drawn {
  step: number
  caption: string
  machines: string[]
  differences: string | null
  cells: string[]
  stages: string[]
  images: string[]
  counters: string[]
}

const machineKey = (m: { id: string, status: string, version?: string, inRotation?: boolean }) =>
  `${m.id}:${m.status}:${m.version ?? ''}:${m.inRotation ? 'in' : 'out'}`

const EMPTY = { machines: [], differences: null, cells: [], stages: [], images: [], counters: [] }

/** The drawing each demo must show at step k, built from its scenario. */
const DEMOS: Record<string, { scenario: Scenario<any>, expected: (k: number) => Omit<Drawn, 'step' | 'caption'> }> = {
  'snowflake-drift': {
    scenario: snowflakeDrift,
    expected: (k) => {
      const s = stateAt(snowflakeDrift, k)
      const diffs = differences(s)
      return {
        ...EMPTY,
        machines: servers(s).map(machineKey).sort(),
        differences: diffs.map(d => d.key).join(' '),
        cells: diffs.flatMap(d => d.values.map(v => `${d.key}/${v.server}=${v.value}${v.outlier ? '!' : ''}`)).sort(),
      }
    },
  },
  'image-pipeline': {
    scenario: imagePipeline,
    expected: (k) => {
      const s = stateAt(imagePipeline, k)
      return {
        ...EMPTY,
        stages: s.runs.flatMap(r => STAGES.map(stage => `${r.id}-${stage}=${r.stages[stage]}`)).sort(),
        images: s.registry.map(i => `${i.version}:${i.deployable}`).sort(),
      }
    },
  },
  'rolling-deploy': {
    scenario: rollingDeploy,
    expected: (k) => {
      const s = stateAt(rollingDeploy, k)
      return { ...EMPTY, machines: s.machines.map(machineKey).sort(), counters: [`errors=${s.errors}`, `served=${s.served}`] }
    },
  },
}

async function drawn(page: Page, slide: number): Promise<Drawn> {
  return page.locator(`#slide-content [data-slidev-no="${slide}"]`).evaluate((root) => {
    const all = (sel: string) => [...root.querySelectorAll<HTMLElement | SVGElement>(sel)]
    const frame = root.querySelector<HTMLElement>('[data-demo]')!
    return {
      step: Number(frame.dataset.step),
      caption: root.querySelector('[data-caption]')?.textContent?.trim() ?? '',
      machines: all('[data-machine]').map(m => `${m.dataset.machine}:${m.dataset.state}:${m.dataset.version ?? ''}:${m.dataset.inRotation === 'true' ? 'in' : 'out'}`).sort(),
      differences: root.querySelector<SVGElement>('[data-differences]')?.dataset.differences ?? null,
      cells: all('[data-difference] [data-column]').map(c => `${c.closest<SVGElement>('[data-difference]')!.dataset.difference}/${c.dataset.column}=${c.dataset.value}${c.dataset.outlier === 'true' ? '!' : ''}`).sort(),
      stages: all('[data-stage]').map(s => `${s.dataset.stage}=${s.dataset.status}`).sort(),
      images: all('[data-image]').map(i => `${i.dataset.image}:${i.dataset.deployable === 'true'}`).sort(),
      counters: all('[data-counter]').map(c => `${c.dataset.counter}=${c.dataset.value}`).sort(),
    }
  })
}

/**
 * The slide's demo draws exactly its scenario's state at step k, with that step's caption. Retried
 * briefly: a row or machine leaving with a fade is still in the DOM until its transition ends.
 */
async function expectStep(page: Page, slide: number, demo: string, k: number) {
  const { scenario, expected } = DEMOS[demo]
  await settle(page, slide)
  await expect(async () => {
    expect(await drawn(page, slide), `${demo} at step ${k}`).toEqual({ step: k, caption: captionAt(scenario, k), ...expected(k) })
  }).toPass({ timeout: 3000 })
}

test('the speaker notes of each demo slide have one line per click, in order', () => {
  for (const [demo, { scenario }] of Object.entries(DEMOS)) {
    const page = readFileSync(new URL(`../../pages/demos/${demo}.md`, import.meta.url), 'utf8')
    const notes = page.slice(page.lastIndexOf('<!--'))
    const lines = [...notes.matchAll(/^- Clic (\d+) : \S/gm)].map(m => Number(m[1]))
    expect(lines, demo).toEqual(Array.from({ length: stepCount(scenario) }, (_, i) => i + 1))
  }
})

/** Slide number of each demo, found by walking the deck. */
const slides = new Map<string, number>()

test.describe.configure({ mode: 'serial' })

test('walking the deck with ArrowRight draws every step of each deploy demo, in order, within its slide', async ({ page }) => {
  const seen = new Map<string, number[]>()
  await walkDeck(page, async ({ slide, clicks, demos }) => {
    for (const demo of demos.filter(d => d in DEMOS)) {
      slides.set(demo, slide)
      seen.set(demo, [...(seen.get(demo) ?? []), clicks])
      await expectStep(page, slide, demo, clicks)
      expect(await overflowIssues(page, slide), `${demo} at step ${clicks} fits its slide`).toEqual([])
    }
  })
  for (const [demo, { scenario }] of Object.entries(DEMOS))
    expect(seen.get(demo), demo).toEqual(Array.from({ length: stepCount(scenario) + 1 }, (_, k) => k))
})

for (const demo of Object.keys(DEMOS)) {
  test.describe(demo, () => {
    test('going backwards with ArrowLeft draws each earlier step', async ({ page }) => {
      const slide = slides.get(demo)!
      const total = stepCount(DEMOS[demo].scenario)
      const problems = watchConsole(page)
      await page.goto(`${slide}?clicks=${total}`)
      await expectStep(page, slide, demo, total)
      for (let k = total - 1; k >= 0; k--) {
        await page.keyboard.press('ArrowLeft')
        await expect.poll(() => parseStep(page.url()).clicks).toBe(k)
        await expectStep(page, slide, demo, k)
      }
      expect(problems).toEqual([])
    })

    test('a deep link to any step, or past the last one, draws that step', async ({ page }) => {
      const slide = slides.get(demo)!
      const total = stepCount(DEMOS[demo].scenario)
      const problems = watchConsole(page)
      for (let k = 0; k <= total; k++) {
        await page.goto(`${slide}?clicks=${k}`)
        await expectStep(page, slide, demo, k)
      }
      await page.reload()
      await expectStep(page, slide, demo, total)
      await page.goto(`${slide}?clicks=${total + 50}`)
      await expect.poll(() => parseStep(page.url()).clicks).toBe(total)
      await expectStep(page, slide, demo, total)
      expect(problems).toEqual([])
    })

    test('100 key presses within a second end on a consistent drawing, with no console error', async ({ page }) => {
      const slide = slides.get(demo)!
      const total = stepCount(DEMOS[demo].scenario)
      const problems = watchConsole(page)
      await page.goto(`${slide}`)
      await settle(page, slide)
      // Forward through the demo, then back and forth, queued in the page 8 ms apart (100 presses in
      // 0.8 s), as a clicker's key events queue while the deck works. Slidev may drop a press that
      // arrives before the previous one has updated the URL: where it ends is not fixed, but the
      // drawing must be the one of the step the URL names.
      const keys = [...Array.from({ length: total }, () => 'ArrowRight'), ...Array.from({ length: 100 - total }, (_, i) => (i % 2 ? 'ArrowRight' : 'ArrowLeft'))]
      await page.evaluate(keys => new Promise<void>((resolve) => {
        keys.forEach((key, i) => setTimeout(() => {
          window.dispatchEvent(new KeyboardEvent('keydown', { key, code: key, bubbles: true }))
          window.dispatchEvent(new KeyboardEvent('keyup', { key, code: key, bubbles: true }))
          if (i === keys.length - 1)
            resolve()
        }, i * 8))
      }), keys)
      let last = ''
      await expect.poll(() => {
        const [previous, now] = [last, page.url()]
        last = now
        return previous === now
      }, { intervals: [300] }).toBe(true)
      const landed = parseStep(page.url())
      expect(landed.slide).toBe(slide)
      expect(landed.clicks).toBeGreaterThan(0)
      await expectStep(page, slide, demo, landed.clicks)
      expect(problems).toEqual([])
    })
  })
}

test('under prefers-reduced-motion the demos draw the same states and no traffic moves', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  for (const [demo, { scenario }] of Object.entries(DEMOS)) {
    const slide = slides.get(demo)!
    for (const k of [0, stepCount(scenario)]) {
      await page.goto(`${slide}?clicks=${k}`)
      await expectStep(page, slide, demo, k)
      const moving = await page.locator(`#slide-content [data-slidev-no="${slide}"]`).evaluate(root =>
        document.getAnimations().filter(a => a.effect?.getComputedTiming().endTime === Infinity
          && root.contains((a.effect as KeyframeEffect).target)).length)
      expect(moving).toBe(0)
    }
  }
})

test('every deploy demo passes axe, contrast included, in light and dark themes', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' })
    for (const [demo, { scenario }] of Object.entries(DEMOS)) {
      const slide = slides.get(demo)!
      for (const k of [0, stepCount(scenario)]) {
        await page.goto(`${slide}?clicks=${k}`)
        await expectStep(page, slide, demo, k)
        await expect(page.locator('html')).toHaveClass(colorScheme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/)
        const results = await new AxeBuilder({ page } as unknown as ConstructorParameters<typeof AxeBuilder>[0])
          .include(`#slide-content [data-slidev-no="${slide}"]`)
          .analyze()
        expect(results.violations.map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`), `${demo} ${colorScheme} step ${k}`).toEqual([])
      }
    }
  }
})

test('the rolling deploy shows requests flowing, and the colour legend', async ({ page }) => {
  const slide = slides.get('rolling-deploy')!
  await page.goto(`${slide}?clicks=3`)
  await settle(page, slide)
  const root = page.locator(`#slide-content [data-slidev-no="${slide}"]`)
  await expect(root.locator('.infra-traffic__dot').first()).toBeVisible()
  await expect(root.getByRole('list', { name: 'Légende des couleurs' })).toBeVisible()
})

test('in the presenter view, the current and next-step panes draw consecutive steps', async ({ page }) => {
  test.skip(!process.env.PRESENTER_PASSWORD, 'the presenter view is built only with PRESENTER_PASSWORD')
  const problems = watchConsole(page)
  for (const [demo, { scenario }] of Object.entries(DEMOS)) {
    const slide = slides.get(demo)!
    for (let k = 0; k < stepCount(scenario); k++) {
      await page.goto(`presenter/${slide}?clicks=${k}&password=${encodeURIComponent(process.env.PRESENTER_PASSWORD!)}`)
      const frames = page.locator(`[data-slidev-no="${slide}"] [data-demo="${demo}"]`)
      await expect(frames).toHaveCount(2)
      await expect.poll(() => frames.evaluateAll(els => els.map(e => Number((e as HTMLElement).dataset.step)))).toEqual([k, k + 1])
    }
  }
  expect(problems).toEqual([])
})
