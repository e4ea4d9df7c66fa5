/**
 * The shapes the talk drawings' layouts are made of, in the drawing's own units (its viewBox).
 * Every layout has a `size` (its viewBox); a `Frame` is a part drawn several times, its contents in
 * its own coordinates, placed at each of its `at` points; a `Grid` places equal cells in rows.
 */
import type { Point } from '../../scenarios/drawing'

export type { Point }

export interface Size { width: number, height: number }

export interface Box extends Point, Size {}

/**
 * Where a text stands: its anchor point and which end of it (SVG text-anchor) is there; `size`, a font
 * size in the drawing's units, only where this arrangement needs another than the drawing's CSS gives.
 */
export interface Label extends Point { anchor: 'start' | 'middle' | 'end', size?: number }

/** A move from a point of the drawing (a date on a time axis…), for shapes placed relative to it. */
export interface Offset { dx: number, dy: number }

/** A label placed relative to a point of the drawing. */
export type OffsetLabel = Offset & Omit<Label, 'x' | 'y'>

/** A straight line from (x1, y1) to (x2, y2). */
export interface Segment { x1: number, y1: number, x2: number, y2: number }

/** A part drawn once per item: `size` is its own box, `at` where each copy's top left corner goes. */
export interface Frame { size: Size, at: readonly Point[] }

/** `columns` × `rows` cells of `cell` size, `gap` apart (`rowGap` between rows, if another), the first one's top left corner at (x, y). */
export interface Grid extends Point { columns: number, rows: number, cell: Size, gap: number, rowGap?: number }

export function viewBox(size: Size): string {
  return `0 0 ${size.width} ${size.height}`
}

export function translate(at: Point): string {
  return `translate(${at.x}, ${at.y})`
}

/** A shape of a repeated frame, moved to where one copy of the frame stands. */
export function offset<Shape extends Point>(shape: Shape, by: Point): Shape {
  return { ...shape, x: shape.x + by.x, y: shape.y + by.y }
}

/** A segment of a repeated frame, moved to where one copy of the frame stands. */
export function offsetSegment(segment: Segment, by: Point): Segment {
  return { x1: segment.x1 + by.x, y1: segment.y1 + by.y, x2: segment.x2 + by.x, y2: segment.y2 + by.y }
}

/** A label's attributes for an SVG <text>: `<text v-bind="textAt(layout.title)">`. */
export function textAt(label: Label): { 'x': number, 'y': number, 'text-anchor': Label['anchor'], 'style'?: string } {
  const at = { 'x': label.x, 'y': label.y, 'text-anchor': label.anchor }
  return label.size === undefined ? at : { ...at, style: `font-size: ${label.size}px` }
}

export function moved(point: Point, by: Offset): Point {
  return { x: point.x + by.dx, y: point.y + by.dy }
}

/** A label placed relative to `point`. */
export function labelAt(point: Point, label: OffsetLabel): Label {
  const { dx, dy, ...text } = label
  return { ...text, ...moved(point, { dx, dy }) }
}

/** A box's size, for an icon drawn inside a translated group. */
export function sizeOf(box: Box): Size {
  return { width: box.width, height: box.height }
}

/** Top left corner of cell `index` of a grid, row by row. */
export function cellAt(grid: Grid, index: number): Point {
  return {
    x: grid.x + (index % grid.columns) * (grid.cell.width + grid.gap),
    y: grid.y + Math.floor(index / grid.columns) * (grid.cell.height + (grid.rowGap ?? grid.gap)),
  }
}

/** Cell `index` of a grid as a box. */
export function cellBox(grid: Grid, index: number): Box {
  return { ...cellAt(grid, index), ...grid.cell }
}
