import type { Arranged } from '../../scenarios/drawing'
import type { Grid, Label, OffsetLabel, Size } from './geometry'

/** A risk's chip: `inset` into its cell and `width` wide, or fitted to its text, centred on its cell and kept `margin` inside the drawing. */
type ChipPlacement = { inset: number, width: number } | { fit: { fontSize: number, padding: number, margin: number } }

export interface RiskMatrixLayout {
  size: Size
  /** Impact rows (catastrophic first) × probability columns (rare first). */
  cells: Grid
  /** An impact's name, from its row's first cell; a probability's, from its column's last cell. */
  rowLabel: OffsetLabel
  columnLabel: OffsetLabel
  probabilityTitle: Label
  impactTitle: Label
  chip: ChipPlacement & { dy: number, height: number, textY: number }
}

/**
 * Impact names left of their rows on the slide; on a phone, above them, so that the three columns
 * take the whole width, and each chip as wide as its text, spilling over the empty cells beside it.
 */
export const RISK_MATRIX: Arranged<RiskMatrixLayout> = {
  landscape: {
    size: { width: 900, height: 340 },
    cells: { x: 190, y: 14, columns: 3, rows: 3, cell: { width: 204, height: 80 }, gap: 6 },
    rowLabel: { dx: -12, dy: 50, anchor: 'end' },
    columnLabel: { dx: 105, dy: 108, anchor: 'middle' },
    probabilityTitle: { x: 505, y: 322, anchor: 'middle' },
    impactTitle: { x: 20, y: 24, anchor: 'start' },
    chip: { inset: 5, width: 194, dy: 22, height: 34, textY: 24 },
  },
  portrait: {
    size: { width: 360, height: 360 },
    cells: { x: 4, y: 56, columns: 3, rows: 3, cell: { width: 114, height: 60 }, gap: 5, rowGap: 30 },
    rowLabel: { dx: 0, dy: -8, anchor: 'start' },
    columnLabel: { dx: 57, dy: 84, anchor: 'middle' },
    probabilityTitle: { x: 180, y: 348, anchor: 'middle' },
    impactTitle: { x: 4, y: 20, anchor: 'start' },
    chip: { fit: { fontSize: 18, padding: 16, margin: 4 }, dy: 13, height: 34, textY: 24 },
  },
}
