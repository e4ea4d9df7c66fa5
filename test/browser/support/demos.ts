// The demos as the DOM draws them, read one way for every path (the walk, a deep link, going backwards,
// the presenter view, print, reduced motion), and what each must draw at step k, from DEMO_SCENARIOS.
import type { Locator, Page } from '@playwright/test'
import type { DemoId } from '../../../scenarios/demos'
import type { Scenario } from '../../../scenarios/scenario'
import type { RecoveryState } from '../../../scenarios/self-healing'
import { expect } from '@playwright/test'
import { DEMO_SCENARIOS } from '../../../scenarios/demos'
import { dataLost, datacenterLoss, downtime, requestsSucceed } from '../../../scenarios/datacenter-loss'
import { imagePipeline, STAGES } from '../../../scenarios/image-pipeline'
import { rollingDeploy } from '../../../scenarios/rolling-deploy'
import { rollingDeployView } from '../../../scenarios/rolling-deploy/view'
import { captionAt, stateAt, stepCount } from '../../../scenarios/scenario'
import { capacity, selfHealing, serviceMode } from '../../../scenarios/self-healing'
import { differences, servers, snowflakeDrift } from '../../../scenarios/snowflake-drift'
import { demoOf, loadTalk } from '../../unit/talk-rules'

/**
 * Attribute probes on a demo's figure: "selector@attribute" → value ('' when absent; an empty
 * selector is the figure itself), or "#selector" → how many elements match.
 */
export type Probes = Record<string, string>

export interface DemoDrawing {
  demo: string
  step: number
  steps: number
  caption: string
  /** Every element of the figure that carries data-* attributes, with them: equal drawings, equal fingerprints. */
  fingerprint: string[]
  probed: Probes
}

/** Reads a demo's figure (a `[data-demo]` element): step, caption, fingerprint and the given probes. */
export async function readDemo(figure: Locator, probes: Probes = {}): Promise<DemoDrawing> {
  return figure.evaluate(readFigure, Object.keys(probes))
}

/** In the page (self-contained, for any driver's evaluate): what `readDemo` reads of `frame`, probes by key. */
export function readFigure(frame: Element, keys: string[]): DemoDrawing {
  const fingerprint = [frame, ...frame.querySelectorAll('*')]
    .map(el => [...el.attributes].filter(a => a.name.startsWith('data-') && !a.name.startsWith('data-v-'))
      .map(a => `${a.name}=${a.value}`).sort().join(' '))
    .filter(Boolean)
    .sort()
  const probed: Record<string, string> = {}
  for (const key of keys) {
    if (key.startsWith('#')) {
      probed[key] = String(frame.querySelectorAll(key.slice(1)).length)
      continue
    }
    const [selector, attribute] = key.split('@')
    const el = selector ? frame.querySelector(selector) : frame
    probed[key] = el?.getAttribute(attribute) ?? ''
  }
  return {
    demo: frame.getAttribute('data-demo') ?? '',
    step: Number(frame.getAttribute('data-step')),
    steps: Number(frame.getAttribute('data-steps')),
    caption: frame.querySelector('[data-caption]')?.textContent?.trim() ?? '',
    fingerprint,
    probed,
  }
}

/** The figure of demo `demo` on slide `slide` (in the deck's canvas, or within `scope`). */
export function demoFigure(page: Page, slide: number, demo: string, scope = '#slide-content'): Locator {
  return page.locator(demoSelector(slide, demo, scope))
}

/** The CSS selector of `demoFigure`. */
export function demoSelector(slide: number, demo: string, scope = '#slide-content'): string {
  return `${scope} [data-slidev-no="${slide}"] [data-demo="${demo}"]`
}

export function isDemo(id: string): id is DemoId {
  return id in DEMO_SCENARIOS
}

/** A demo's scenario, whatever its state type. */
export function demoScenario(demo: DemoId): Scenario<unknown> {
  return DEMO_SCENARIOS[demo] as Scenario<unknown>
}

const machineProbes = (machines: readonly { id: string, status: string, inRotation?: boolean }[]): Probes => Object.fromEntries([
  ['#[data-machine]', String(machines.length)],
  ...machines.flatMap(m => [
    [`[data-machine="${m.id}"]@data-state`, m.status],
    [`[data-machine="${m.id}"]@data-in-rotation`, m.inRotation ? 'true' : 'false'],
  ]),
])

/** What a self-healing drawing (scripted or in chaos mode) exposes of its state. */
export function recoveryProbes(s: RecoveryState): Probes {
  const c = capacity(s.infra)
  return {
    '@data-alert': s.alert ? 'firing' : 'none',
    '@data-service-mode': serviceMode(s.infra),
    '@data-capacity': String(c.percent),
    '@data-capacity-up': String(c.up),
    '@data-spof': s.spof ?? '',
    ...machineProbes(s.infra.machines),
    ...Object.fromEntries(s.infra.links.map(l => [`[data-link="${l.id}"]@data-link-status`, l.status])),
    ...Object.fromEntries(s.infra.zones.map(z => [`[data-zone="${z.id}"]@data-zone-status`, (s.cutZones as readonly string[]).includes(z.id) ? 'cut' : 'up'])),
    ...Object.fromEntries(Object.entries(s.signals).map(([id, v]) => [`[data-signal="${id}"]@data-signal-value`, v === null ? 'none' : String(v)])),
  }
}

/**
 * What the scenario says a demo's drawing exposes at step k, beyond step and caption, for the demos
 * whose drawing exposes its state (architecture's do not yet).
 */
const STATE_PROBES: Partial<Record<DemoId, (k: number) => Probes>> = {
  'snowflake-drift': (k) => {
    const s = stateAt(snowflakeDrift, k)
    const diffs = differences(s)
    return {
      ...machineProbes(servers(s)),
      '[data-differences]@data-differences': diffs.map(d => d.key).join(' '),
      ...Object.fromEntries(diffs.flatMap(d => d.values.flatMap(v => [
        [`[data-difference="${d.key}"] [data-column="${v.server}"]@data-value`, v.value],
        [`[data-difference="${d.key}"] [data-column="${v.server}"]@data-outlier`, v.outlier ? 'true' : 'false'],
      ]))),
    }
  },
  'image-pipeline': (k) => {
    const s = stateAt(imagePipeline, k)
    return {
      '#[data-stage]': String(s.runs.length * STAGES.length),
      ...Object.fromEntries(s.runs.flatMap(r => STAGES.map(stage => [`[data-stage="${r.id}-${stage}"]@data-status`, r.stages[stage]]))),
      '#[data-image]': String(s.registry.length),
      ...Object.fromEntries(s.registry.map(i => [`[data-image="${i.version}"]@data-deployable`, String(i.deployable)])),
    }
  },
  'rolling-deploy': (k) => {
    const s = stateAt(rollingDeploy, k)
    return {
      ...machineProbes(s.machines),
      ...Object.fromEntries(s.machines.map(m => [`[data-machine="${m.id}"]@data-version`, m.version ?? ''])),
      ...Object.fromEntries(rollingDeployView(s).counters.map(c => [`[data-counter="${c.id}"]@data-value`, String(c.value)])),
    }
  },
  'self-healing': k => recoveryProbes(stateAt(selfHealing, k)),
  'datacenter-loss': (k) => {
    const s = stateAt(datacenterLoss, k)
    return {
      '@data-dns-target': s.dnsTarget,
      '@data-requests': requestsSucceed(s) ? 'ok' : 'error',
      '@data-lost': String(dataLost(s) ?? ''),
      '@data-downtime': String(downtime(s) ?? ''),
      ...machineProbes(s.infra.machines),
      ...Object.fromEntries(s.infra.links.map(l => [`[data-link="${l.id}"]@data-link-status`, l.status])),
      ...Object.fromEntries(s.infra.zones.map(z => [`[data-zone="${z.id}"]@data-zone-status`, (s.cutZones as readonly string[]).includes(z.id) ? 'cut' : 'up'])),
    }
  },
}

/** What demo `demo` must draw at step k: its scenario's step count, caption and state probes. */
export function expectedDrawing(demo: DemoId, k: number): Omit<DemoDrawing, 'fingerprint' | 'demo'> {
  const scenario = demoScenario(demo)
  return { step: k, steps: stepCount(scenario), caption: captionAt(scenario, k), probed: STATE_PROBES[demo]?.(k) ?? {} }
}

/** Reads demo `demo` in `figure` and lists how it differs from its scenario's step k ([] when it matches). */
export async function drawingProblems(figure: Locator, demo: DemoId, k: number): Promise<{ drawing: DemoDrawing, problems: string[] }> {
  const drawing = await readDemo(figure, expectedDrawing(demo, k).probed)
  return { drawing, problems: differencesFromScenario(drawing, demo, k) }
}

/** How `drawing` (read with the probes of `expectedDrawing(demo, k)`) differs from its scenario's step k ([] when it matches). */
export function differencesFromScenario(drawing: DemoDrawing, demo: DemoId, k: number): string[] {
  const want = expectedDrawing(demo, k)
  const problems: string[] = []
  for (const key of ['step', 'steps', 'caption'] as const) {
    if (drawing[key] !== want[key])
      problems.push(`${demo} ${key} is ${JSON.stringify(drawing[key])}, its scenario says ${JSON.stringify(want[key])} at step ${k}`)
  }
  for (const [key, value] of Object.entries(want.probed)) {
    if (drawing.probed[key] !== value)
      problems.push(`${demo} ${key} is "${drawing.probed[key]}", its scenario says "${value}" at step ${k}`)
  }
  return problems
}

/**
 * The slide of every demo of DEMO_SCENARIOS, from the deck's own parse (no page load). Fails with the
 * missing ids. The walk checks, in the DOM, that each slide draws its demo.
 */
export async function demoSlides(): Promise<Record<DemoId, number>> {
  const slides = Object.fromEntries((await loadTalk('slides.md')).flatMap(s => demoOf(s.content) ? [[demoOf(s.content)!, s.no]] : []))
  expect(Object.keys(DEMO_SCENARIOS).filter(id => !(id in slides)), 'demos of DEMO_SCENARIOS on no slide of slides.md').toEqual([])
  return slides as Record<DemoId, number>
}
