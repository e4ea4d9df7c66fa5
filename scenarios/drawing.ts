/**
 * What a demo's view hands to its drawing: the shapes the primitives of components/infra/ draw,
 * and the one estimate of how wide a text is. Plain data, no Vue.
 */
import type { TimelineEvent } from './recovery'

export interface Point { x: number, y: number }

/** Ambient requests along a segment; `error` when one end is sick. */
export interface TrafficLane {
  id: string
  from: Point
  to: Point
  kind: 'ok' | 'error'
}

export type Tone = 'ok' | 'warn' | 'crit' | 'info' | 'muted'

export type BadgeIcon = 'alert' | 'ok' | 'gauge' | 'dns' | 'cut' | 'chaos' | 'users'

/** A short status label in the diagram; `align: 'end'` anchors it by its right edge. */
export interface Badge {
  id: string
  x: number
  y: number
  text: string
  tone: Tone
  icon?: BadgeIcon
  align?: 'start' | 'end'
}

/** A labelled duration on a timeline (time to detect, data lost…). */
export interface TimelineSpan {
  id: string
  from: number
  to: number
  label: string
  tone: 'warn' | 'crit' | 'info'
  /** Hatched: something lost (e.g. data since the last backup). */
  lost?: boolean
}

/** One counter of a board (requests served, errors…); an `alarm` counter turns red above 0. */
export interface Counter {
  id: string
  label: string
  value: number
  alarm?: boolean
}

/** One row of a difference table: a setting, and its value in each column. */
export interface DiffRow {
  key: string
  label: string
  cells: readonly { column: string, value: string, outlier: boolean }[]
}

/** Inter's average advance, bold, is about 0.546 em: the one estimate every label width is made from. */
const AVERAGE_CHAR_EM = 0.546

/** Estimated width of a one-line text in the drawing's units. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * AVERAGE_CHAR_EM
}

export const BADGE = { fontSize: 13, height: 26, padding: 20, iconSpace: 20 } as const

/** Width of a badge, so a view can line several up. */
export function badgeWidth(text: string, icon: boolean): number {
  return Math.round(textWidth(text, BADGE.fontSize) + BADGE.padding + (icon ? BADGE.iconSpace : 0))
}

/** One tile of a monitoring panel: a signal's name, its value as text, and how full its gauge is (0–1). */
export interface Gauge {
  id: string
  label: string
  text: string
  /** The raw value, exposed on the DOM; null when there is none (nothing answers). */
  value: number | null
  fill: number
  level: 'ok' | 'warn' | 'crit'
}

/** A timeline in scenario time: its range, the cursor, the events so far and the spans between them. */
export interface Timeline {
  from: number
  to: number
  now: number
  events: readonly TimelineEvent[]
  spans: readonly TimelineSpan[]
  /** Kinds whose tick gets its time written under it. */
  labelled?: readonly TimelineEvent['kind'][]
  /** Times are minutes since midnight (HH:MM) rather than seconds since the start (m:ss). */
  timeOfDay?: boolean
}
