/**
 * What a demo's view hands to its drawing: the shapes the primitives of components/infra/ draw,
 * and the one estimate of how wide a text is. Plain data, no Vue.
 */
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

/** One counter of a board (requests served, errors…); an `alarm` counter turns red above 0. */
export interface Counter {
  id: string
  label: string
  value: number
  alarm?: boolean
}

/** How a counters board lays out each counter, from the counter's top-left corner inside the board. */
export interface CountersShape {
  /** Height of one counter; the board adds `pad` around them. */
  row: number
  pad: { x: number, top: number, bottom: number }
  label: { y: number, size: number }
  /** The value under its label (`start`), or on its line, right-aligned at `x` (`end`). */
  value: { x: number, y: number, size: number, anchor: 'start' | 'end' }
}

/** One row of a difference table: a setting, and its value in each column. */
export interface DiffRow {
  key: string
  label: string
  cells: readonly { column: string, value: string, outlier: boolean }[]
}

/**
 * How a difference table (components/infra/InfraDiffPanel.vue) lays out its parts, from its top left
 * corner: baselines and font sizes of its texts, and the band of width its value columns share.
 */
export interface DiffTableShape {
  title: Point & { size: number }
  /** The column heads' baseline. */
  head: { y: number, size: number }
  /** The value columns share the width between `left` and the table's width less `right`. */
  columns: { left: number, right: number }
  /** The first row's top, and each row's height. */
  rows: { top: number, height: number }
  /** A row's setting name, and its values; baselines from the row's top. */
  key: Point & { size: number }
  value: { y: number, size: number }
  /** The ring around an unusual value: its top from the row's top, its height. */
  ring: { y: number, height: number }
  /** What the table says when nothing differs: its first baseline, font size and line height. */
  empty: Point & { size: number, lineHeight: number }
}

/** Inter's average advance, bold, is about 0.546 em: the one estimate every label width is made from. */
const AVERAGE_CHAR_EM = 0.546

/** Estimated width of a one-line text in the drawing's units. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * AVERAGE_CHAR_EM
}

/** `text` in lines no wider than `width` (by textWidth), broken between words; a longer word gets a line of its own. */
export function wrapText(text: string, fontSize: number, width: number): string[] {
  const lines: string[] = []
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1)
    if (last !== undefined && textWidth(`${last} ${word}`, fontSize) <= width)
      lines[lines.length - 1] = `${last} ${word}`
    else
      lines.push(word)
  }
  return lines
}

/**
 * How a picture is laid out: `landscape` on the 16:9 slide (projector, presenter view, PDF, a wide
 * reading page), `portrait` on the reading page of a phone held upright. State and view are the same
 * in both; an arrangement only chooses positions and sizes.
 */
export type Arrangement = 'landscape' | 'portrait'

/** One layout per arrangement: what a view or drawing picks its positions and sizes from. */
export type Arranged<Layout> = Readonly<Record<Arrangement, Layout>>
