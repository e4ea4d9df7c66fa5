import type { Arranged } from '../../scenarios/drawing'
import type { Box, Grid, Label, Segment, Size } from './geometry'

export interface DoraGapLayout {
  size: Size
  low: { who: Label, square: Box, count: Label }
  /** The elite's deployments, one square each (the grid holds exactly 208). */
  elite: { who: Label, count: Label, squares: Grid }
  rule: Segment
  recovery: { who: Label, count: Label }
}

/** Names left of the squares on the slide; on a phone above them, the 208 squares 16 by 13. */
export const DORA_GAP: Arranged<DoraGapLayout> = {
  landscape: {
    size: { width: 900, height: 320 },
    low: {
      who: { x: 20, y: 58, anchor: 'start' },
      square: { x: 330, y: 40, width: 15, height: 15 },
      count: { x: 360, y: 58, anchor: 'start' },
    },
    elite: {
      who: { x: 20, y: 118, anchor: 'start' },
      count: { x: 20, y: 150, anchor: 'start' },
      squares: { x: 330, y: 96, columns: 26, rows: 8, cell: { width: 15, height: 15 }, gap: 4 },
    },
    rule: { x1: 20, y1: 266, x2: 880, y2: 266 },
    recovery: {
      who: { x: 20, y: 306, anchor: 'start' },
      count: { x: 330, y: 306, anchor: 'start' },
    },
  },
  portrait: {
    size: { width: 360, height: 520 },
    low: {
      who: { x: 12, y: 28, anchor: 'start' },
      square: { x: 14, y: 44, width: 17, height: 17 },
      count: { x: 42, y: 61, anchor: 'start' },
    },
    elite: {
      who: { x: 12, y: 104, anchor: 'start' },
      count: { x: 12, y: 134, anchor: 'start' },
      squares: { x: 14, y: 150, columns: 16, rows: 13, cell: { width: 17, height: 17 }, gap: 4 },
    },
    rule: { x1: 12, y1: 440, x2: 348, y2: 440 },
    recovery: {
      who: { x: 12, y: 474, anchor: 'start' },
      count: { x: 12, y: 506, anchor: 'start', size: 21 },
    },
  },
}
