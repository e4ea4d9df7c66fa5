import type { Arranged } from '../../scenarios/drawing'
import type { Label, Point, Segment, Size } from './geometry'

export interface InvestmentCurveLayout {
  size: Size
  axes: { time: Segment, amount: Segment, timeLabel: Label }
  /** The two curves as SVG paths; `cross` is where they meet. */
  effort: string
  value: string
  cross: Point
  effortLabel: Label
  valueLabel: Label
  crossLabel: Label
  /** Says the curves are an illustration, not data. */
  illustrationLabel: Label
}

/**
 * A wide chart on the slide; on a phone the same curves, narrower and a little taller (the landscape
 * control points mapped by x' = 24 + (x − 70) · 320/790, y' = 30 + (y − 30) · 1.25), the dot where
 * they cross, the "it pays" label under the curves.
 */
export const INVESTMENT_CURVE: Arranged<InvestmentCurveLayout> = {
  landscape: {
    size: { width: 900, height: 320 },
    axes: {
      time: { x1: 70, y1: 270, x2: 860, y2: 270 },
      amount: { x1: 70, y1: 270, x2: 70, y2: 30 },
      timeLabel: { x: 860, y: 302, anchor: 'end' },
    },
    effort: 'M70 90 C 220 70, 300 200, 860 230',
    value: 'M70 268 C 300 266, 380 240, 480 170 S 760 50, 860 40',
    cross: { x: 452, y: 190 },
    effortLabel: { x: 120, y: 70, anchor: 'start' },
    valueLabel: { x: 760, y: 86, anchor: 'start' },
    crossLabel: { x: 490, y: 262, anchor: 'start' },
    illustrationLabel: { x: 70, y: 302, anchor: 'start' },
  },
  portrait: {
    size: { width: 360, height: 392 },
    axes: {
      time: { x1: 24, y1: 330, x2: 344, y2: 330 },
      amount: { x1: 24, y1: 330, x2: 24, y2: 30 },
      timeLabel: { x: 344, y: 358, anchor: 'end' },
    },
    effort: 'M24 105 C 85 80, 117 242, 344 280',
    value: 'M24 328 C 117 325, 150 292, 190 205 S 304 55, 344 42',
    cross: { x: 184, y: 219 },
    effortLabel: { x: 40, y: 84, anchor: 'start' },
    valueLabel: { x: 262, y: 150, anchor: 'start' },
    crossLabel: { x: 148, y: 314, anchor: 'start' },
    illustrationLabel: { x: 24, y: 386, anchor: 'start' },
  },
}
