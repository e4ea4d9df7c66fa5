import type { Arranged } from '../../scenarios/drawing'
import type { Box, Label, Segment, Size } from './geometry'

export interface RecoverStateLayout {
  size: Size
  full: Label
  half: Label
  axis: Segment
  /** The service level over time, as SVG paths: up, the fall, degraded, back up. */
  up: string
  fall: string
  degraded: string
  recovery: string
  alert: Box
  holdLabel: Label
  mcoLabel: Label
  fallLabel: Label
}

/** The same timeline narrower on a phone, its three labels on their own lines above and below it. */
export const RECOVER_STATE: Arranged<RecoverStateLayout> = {
  landscape: {
    size: { width: 900, height: 320 },
    full: { x: 20, y: 96, anchor: 'start' },
    half: { x: 20, y: 206, anchor: 'start' },
    axis: { x1: 90, y1: 270, x2: 880, y2: 270 },
    up: 'M90 90 H 330',
    fall: 'M330 90 V 200',
    degraded: 'M330 200 H 620',
    recovery: 'M620 200 C 660 200, 660 90, 700 90 H 880',
    alert: { x: 312, y: 28, width: 36, height: 36 },
    holdLabel: { x: 475, y: 240, anchor: 'middle' },
    mcoLabel: { x: 700, y: 60, anchor: 'middle' },
    fallLabel: { x: 356, y: 54, anchor: 'start' },
  },
  portrait: {
    size: { width: 360, height: 318 },
    full: { x: 4, y: 126, anchor: 'start' },
    half: { x: 4, y: 236, anchor: 'start' },
    axis: { x1: 70, y1: 300, x2: 350, y2: 300 },
    up: 'M72 120 H 130',
    fall: 'M130 120 V 230',
    degraded: 'M130 230 H 240',
    recovery: 'M240 230 C 268 230, 268 120, 296 120 H 350',
    alert: { x: 112, y: 22, width: 36, height: 36 },
    holdLabel: { x: 185, y: 272, anchor: 'middle' },
    mcoLabel: { x: 350, y: 98, anchor: 'end' },
    fallLabel: { x: 154, y: 48, anchor: 'start' },
  },
}
