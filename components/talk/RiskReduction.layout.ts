import type { Arranged } from '../../scenarios/drawing'
import type { Label, Offset, OffsetLabel, Point, Segment, Size } from './geometry'

export interface RiskReductionLayout {
  size: Size
  axis: Segment
  zero: Segment
  /**
   * Bar i stands on `first` moved i times by `step`, `thickness` wide, and is its risk × `scale` long,
   * growing up from its foot (`up`) or right from its top left corner (`right`); its label from there.
   */
  bars: { first: Point, step: Offset, thickness: number, grows: 'up' | 'right', scale: number, label: OffsetLabel }
  zeroLabel: Label
  riskLabel: Label
  /** Says the heights are an illustration, not a measure. */
  illustrationLabel: Label
}

/** Columns on the slide; on a phone, bars lying down one under the other, each under its label. */
export const RISK_REDUCTION: Arranged<RiskReductionLayout> = {
  landscape: {
    size: { width: 900, height: 320 },
    axis: { x1: 40, y1: 270, x2: 860, y2: 270 },
    zero: { x1: 40, y1: 266, x2: 860, y2: 266 },
    bars: { first: { x: 60, y: 270 }, step: { dx: 175, dy: 0 }, thickness: 130, grows: 'up', scale: 1, label: { dx: 65, dy: 32, anchor: 'middle' } },
    zeroLabel: { x: 860, y: 256, anchor: 'end' },
    riskLabel: { x: 70, y: 30, anchor: 'start' },
    illustrationLabel: { x: 860, y: 30, anchor: 'end' },
  },
  portrait: {
    size: { width: 360, height: 368 },
    axis: { x1: 20, y1: 10, x2: 20, y2: 306 },
    zero: { x1: 24, y1: 10, x2: 24, y2: 306 },
    bars: { first: { x: 20, y: 38 }, step: { dx: 0, dy: 74 }, thickness: 36, grows: 'right', scale: 1.4, label: { dx: 12, dy: -10, anchor: 'start' } },
    zeroLabel: { x: 24, y: 332, anchor: 'start' },
    riskLabel: { x: 352, y: 332, anchor: 'end' },
    illustrationLabel: { x: 24, y: 360, anchor: 'start' },
  },
}
