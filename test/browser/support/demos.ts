// The demos as the DOM draws them, read one way for every path (the walk, a deep link, going backwards,
// the presenter view, print, reduced motion), and what each must draw at step k: its scenario's step count and
// caption, and the attributes its view's output puts on the drawing (from DEMOS, nothing written by hand).
import type { Locator, Page } from '@playwright/test'
import type { DemoId } from '../../../scenarios/demos'
import type { Counter, DiffRow } from '../../../scenarios/drawing'
import type { InfraState } from '../../../scenarios/infra'
import type { Tile } from '../../../scenarios/recovery'
import { expect } from '@playwright/test'
import { demoOf, DEMOS, demoScenario } from '../../../scenarios/demos'
import { captionAt, stateAt, stepCount } from '../../../scenarios/scenario'
import { loadTalk } from '../../unit/talk-rules'

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
  return id in DEMOS
}

/** What a demo's view returns, as far as it shows on the DOM: the parts the shared drawing components draw. */
interface DrawnView {
  /** On the figure itself. */
  attributes?: Readonly<Record<string, string>>
  infra?: InfraState
  /** A pipeline's lanes: their stages and the arrows between them (traffic lanes have neither). */
  lanes?: readonly { stages?: readonly { id: string, status: string }[], links?: readonly { id: string, status: string }[] }[]
  images?: readonly { version: string, deployable: boolean }[]
  rows?: readonly DiffRow[]
  counters?: readonly Counter[]
  signals?: readonly Tile[]
  durations?: readonly Tile[]
  callouts?: readonly { id: string, kind: 'weak' | 'strong' }[]
}

/** The data attribute each list of tiles is named by (InfraTiles' `attribute`). */
const TILE_ATTRIBUTES = { signals: 'signal', durations: 'duration' } as const

/** The probes a view's output says its drawing answers: what InfraDiagram, PipelineStage, InfraDiffPanel… draw from it. */
export function viewProbes(view: DrawnView): Probes {
  const probes: Probes = {}
  for (const [name, value] of Object.entries(view.attributes ?? {}))
    probes[`@${name}`] = value
  if (view.infra) {
    const cut = (view.attributes?.['data-cut-zones'] ?? '').split(' ')
    probes['#[data-machine]'] = String(view.infra.machines.length)
    for (const machine of view.infra.machines) {
      probes[`[data-machine="${machine.id}"]@data-state`] = machine.status
      probes[`[data-machine="${machine.id}"]@data-in-rotation`] = machine.inRotation ? 'true' : 'false'
      probes[`[data-machine="${machine.id}"]@data-version`] = machine.version ?? ''
    }
    for (const link of view.infra.links)
      probes[`[data-link="${link.id}"]@data-link-status`] = link.status
    for (const zone of view.infra.zones)
      probes[`[data-zone="${zone.id}"]@data-zone-status`] = cut.includes(zone.id) ? 'cut' : 'up'
  }
  const stages = (view.lanes ?? []).flatMap(lane => lane.stages ?? [])
  if (stages.length)
    probes['#[data-stage]'] = String(stages.length)
  for (const stage of stages)
    probes[`[data-stage="${stage.id}"]@data-status`] = stage.status
  for (const link of (view.lanes ?? []).flatMap(lane => lane.links ?? []))
    probes[`[data-link="${link.id}"]@data-link-status`] = link.status
  if (view.images) {
    probes['#[data-image]'] = String(view.images.length)
    for (const image of view.images)
      probes[`[data-image="${image.version}"]@data-deployable`] = String(image.deployable)
  }
  if (view.rows) {
    probes['[data-differences]@data-differences'] = view.rows.map(row => row.key).join(' ')
    for (const row of view.rows) {
      for (const cell of row.cells) {
        probes[`[data-difference="${row.key}"] [data-column="${cell.column}"]@data-value`] = cell.value
        probes[`[data-difference="${row.key}"] [data-column="${cell.column}"]@data-outlier`] = cell.outlier ? 'true' : 'false'
      }
    }
  }
  for (const counter of view.counters ?? [])
    probes[`[data-counter="${counter.id}"]@data-value`] = String(counter.value)
  for (const [list, attribute] of Object.entries(TILE_ATTRIBUTES) as [keyof typeof TILE_ATTRIBUTES, string][]) {
    for (const tile of view[list] ?? []) {
      probes[`[data-${attribute}="${tile.id}"]@data-${attribute}-value`] = tile.value === null ? 'none' : String(tile.value)
      probes[`[data-${attribute}="${tile.id}"]@data-${attribute}-level`] = tile.level
    }
  }
  if (view.callouts) {
    probes['#[data-weakness]'] = String(view.callouts.filter(callout => callout.kind === 'weak').length)
    probes['#[data-strength]'] = String(view.callouts.filter(callout => callout.kind === 'strong').length)
  }
  return probes
}

/** What demo `demo`'s view draws at state `state` (of its own scenario, or another one, as chaos mode shows). */
export function demoViewProbes(demo: DemoId, state: unknown): Probes {
  return viewProbes((DEMOS[demo].view as (state: unknown) => DrawnView)(state))
}

/** What demo `demo` must draw at step k: its scenario's step count and caption, and what its view draws. */
export function expectedDrawing(demo: DemoId, k: number): Omit<DemoDrawing, 'fingerprint' | 'demo'> {
  const scenario = demoScenario(demo)
  return { step: k, steps: stepCount(scenario), caption: captionAt(scenario, k), probed: demoViewProbes(demo, stateAt(scenario, k)) }
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
 * The slide of every demo of DEMOS, from the deck's own parse (no page load). Fails with the
 * missing ids. The walk checks, in the DOM, that each slide draws its demo.
 */
export async function demoSlides(): Promise<Record<DemoId, number>> {
  const slides = Object.fromEntries((await loadTalk('slides.md')).flatMap(s => demoOf(s.content) ? [[demoOf(s.content)!, s.no]] : []))
  expect(Object.keys(DEMOS).filter(id => !(id in slides)), 'demos of DEMOS on no slide of slides.md').toEqual([])
  return slides as Record<DemoId, number>
}
