import type { Arranged } from '../../scenarios/drawing'
import type { Box, Frame, Label, Segment, Size } from './geometry'

interface Milestone { line: Segment, icon: Box, label: Label }

export interface AccessLifecycleLayout {
  size: Size
  arrival: Milestone
  departure: Milestone
  /** One row per tool, in the row's own coordinates: its name, its time line, its access before and after departure. */
  row: Frame & { label: Label, track: Segment, granted: Box, forgotten: Box, warn: Label, lock: Box }
}

/** Tool names left of their rows on the slide; on a phone above them, so the rows keep the width. */
export const ACCESS_LIFECYCLE: Arranged<AccessLifecycleLayout> = {
  landscape: {
    size: { width: 620, height: 330 },
    arrival: {
      line: { x1: 186, y1: 30, x2: 186, y2: 300 },
      icon: { x: 168, y: 282, width: 36, height: 36 },
      label: { x: 210, y: 310, anchor: 'start' },
    },
    departure: {
      line: { x1: 450, y1: 30, x2: 450, y2: 300 },
      icon: { x: 432, y: 282, width: 36, height: 36 },
      label: { x: 474, y: 310, anchor: 'start' },
    },
    row: {
      size: { width: 620, height: 50 },
      at: [{ x: 0, y: 37 }, { x: 0, y: 87 }, { x: 0, y: 137 }, { x: 0, y: 187 }, { x: 0, y: 237 }],
      label: { x: 176, y: 32, anchor: 'end' },
      track: { x1: 186, y1: 25, x2: 610, y2: 25 },
      granted: { x: 186, y: 13, width: 264, height: 24 },
      forgotten: { x: 450, y: 13, width: 160, height: 24 },
      warn: { x: 610, y: 7, anchor: 'end' },
      lock: { x: 460, y: 11, width: 28, height: 28 },
    },
  },
  portrait: {
    size: { width: 360, height: 368 },
    arrival: {
      line: { x1: 20, y1: 14, x2: 20, y2: 324 },
      icon: { x: 2, y: 324, width: 36, height: 36 },
      label: { x: 44, y: 350, anchor: 'start' },
    },
    departure: {
      line: { x1: 212, y1: 14, x2: 212, y2: 324 },
      icon: { x: 194, y: 324, width: 36, height: 36 },
      label: { x: 236, y: 350, anchor: 'start' },
    },
    row: {
      size: { width: 360, height: 62 },
      at: [{ x: 0, y: 10 }, { x: 0, y: 72 }, { x: 0, y: 134 }, { x: 0, y: 196 }, { x: 0, y: 258 }],
      label: { x: 28, y: 26, anchor: 'start' },
      track: { x1: 20, y1: 44, x2: 352, y2: 44 },
      granted: { x: 20, y: 32, width: 192, height: 24 },
      forgotten: { x: 212, y: 32, width: 140, height: 24 },
      warn: { x: 352, y: 26, anchor: 'end' },
      lock: { x: 222, y: 30, width: 28, height: 28 },
    },
  },
}
