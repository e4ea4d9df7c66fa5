import type { InfraState, Machine } from './infra'
import type { Step } from './scenario'
import { textWidth } from './drawing'

/**
 * What the recovery demos (self-healing, its chaos mode, datacenter loss) share: a clock that only
 * moves with the steps, the events it records, and how they are read back and written.
 */

export interface TimelineEvent {
  /** Scenario time (seconds or minutes, as the demo says; never wall-clock). */
  at: number
  kind: 'backup' | 'incident' | 'alert' | 'action' | 'recovered' | 'spof'
  label: string
}

export interface Timed {
  /** Scenario time of this step. */
  at: number
  events: readonly TimelineEvent[]
}

/**
 * A step that happens at scenario time `at`, records `event` there (if any), applies `change`,
 * then lets `settle` derive what follows from the new state (e.g. the signals it would show).
 */
export function timedStep<S extends Timed>(
  caption: string,
  at: number,
  event: Omit<TimelineEvent, 'at'> | null,
  change: (state: S) => Partial<S>,
  settle: (state: S) => S = state => state,
): Step<S> {
  return {
    caption,
    apply: state => settle({ ...state, ...change(state), at, events: event ? [...state.events, { ...event, at }] : state.events }),
  }
}

export function firstEvent(state: Timed, kind: TimelineEvent['kind']): TimelineEvent | undefined {
  return state.events.find(e => e.kind === kind)
}

/** Minutes since midnight as a time of day, "HH:MM" (14:30). */
export function formatTimeOfDay(minutes: number): string {
  const wholeMinutes = Math.max(0, Math.round(minutes))
  return `${String(Math.floor(wholeMinutes / 60) % 24).padStart(2, '0')}:${String(wholeMinutes % 60).padStart(2, '0')}`
}

const DURATION_UNITS = { seconds: ['s', 'min'], minutes: ['min', 'h'] } as const

/** A duration as the talk says it: seconds as "40 s" / "2 min 35", minutes as "50 min" / "2 h 30" / "4 h". */
export function formatDuration(value: number, unit: keyof typeof DURATION_UNITS): string {
  const [small, large] = DURATION_UNITS[unit]
  const amount = Math.max(0, Math.round(value))
  if (amount < 60)
    return `${amount} ${small}`
  return amount % 60 === 0 ? `${amount / 60} ${large}` : `${Math.floor(amount / 60)} ${large} ${String(amount % 60).padStart(2, '0')}`
}

/** A drawing's size in its own units, and the largest box it may take on the 980×552 canvas, in px. */
export interface Shown {
  viewBox: { width: number, height: number }
  max: { width: number, height: number }
}

/** Canvas px per drawing unit once the drawing is fitted in its box. */
export function shownScale({ viewBox, max }: Shown): number {
  return Math.min(max.width / viewBox.width, max.height / viewBox.height)
}

/** The font size, in the drawing's own units, that reads as `px` on the canvas (14 px: the back row). */
export function readableSize(shown: Shown, px = 14): number {
  return Math.ceil((px / shownScale(shown)) * 10) / 10
}

/** A badge's box for its text at font size `size`: the one measure its drawing and the views that line badges up share. */
export function badgeBox(text: string, size: number, icon: boolean): { width: number, height: number } {
  const height = Math.round(size * 1.6)
  return { width: Math.round(textWidth(text, size) + size + (icon ? size * 1.3 : 0)), height }
}

/**
 * One tile of a recovery demo's monitoring column: a word, a value, and its alerting level. A golden
 * signal has a gauge (`fill`, 0–1); a duration has none.
 */
export interface Tile {
  id: string
  label: string
  text: string
  level: 'ok' | 'warn' | 'crit'
  /** Exposed on the DOM: the raw value (null when there is none, e.g. nothing answers). */
  value: number | null
  fill?: number
}

/** A figure of a disaster held against its objective, e.g. « Données perdues : 2 h 30 » and « objectif (RPO) ≤ 4 h ». */
export interface HeldFigure {
  id: string
  figure: string
  objective?: string
  tone: 'warn' | 'crit' | 'ok'
}

const bare = new WeakMap<Machine, Machine>()

/**
 * The diagram without the machines' version pills, for stories where the version says nothing.
 * Each machine keeps one stripped copy, so a step that leaves a machine alone hands its drawing
 * the same object and Vue does not redraw it.
 */
export function withoutVersions(infra: InfraState): InfraState {
  return {
    ...infra,
    machines: infra.machines.map((m) => {
      let stripped = bare.get(m)
      if (!stripped) {
        const { version: _, ...rest } = m
        stripped = rest
        bare.set(m, stripped)
      }
      return stripped
    }),
  }
}
