import type { Arranged } from '../../scenarios/drawing'
import type { Box, Grid, Label, Segment, Size } from './geometry'

export interface BackhoeVsMeteorLayout {
  size: Size
  meteor: { frame: Box, icon: Box, title: Label, lines: readonly [Label, Label] }
  backhoe: {
    frame: Box
    users: Box
    usersLabel: Label
    fiber: Segment
    digger: Box
    /** The cross on the cut fiber (an SVG path). */
    cross: string
    cutLabel: Label
    consequence: Label
    datacenter: Box
    datacenterLabel: Label
    machines: Grid
  }
}

/** The two panels side by side on the slide; on a phone one above the other, the fiber running down to the datacenter. */
export const BACKHOE_VS_METEOR: Arranged<BackhoeVsMeteorLayout> = {
  landscape: {
    size: { width: 900, height: 320 },
    meteor: {
      frame: { x: 8, y: 20, width: 250, height: 280 },
      icon: { x: 78, y: 52, width: 110, height: 110 },
      title: { x: 133, y: 210, anchor: 'middle' },
      lines: [{ x: 133, y: 240, anchor: 'middle' }, { x: 133, y: 264, anchor: 'middle' }],
    },
    backhoe: {
      frame: { x: 282, y: 20, width: 610, height: 280 },
      users: { x: 310, y: 110, width: 64, height: 64 },
      usersLabel: { x: 342, y: 200, anchor: 'middle' },
      fiber: { x1: 390, y1: 142, x2: 690, y2: 142 },
      digger: { x: 500, y: 60, width: 80, height: 80 },
      cross: 'M530 128 l20 28 M550 128 l-20 28',
      cutLabel: { x: 540, y: 200, anchor: 'middle' },
      consequence: { x: 587, y: 270, anchor: 'middle' },
      datacenter: { x: 700, y: 50, width: 170, height: 180 },
      datacenterLabel: { x: 785, y: 76, anchor: 'middle' },
      machines: { x: 718, y: 96, columns: 3, rows: 2, cell: { width: 38, height: 40 }, gap: 10, rowGap: 16 },
    },
  },
  portrait: {
    size: { width: 360, height: 680 },
    meteor: {
      frame: { x: 4, y: 4, width: 352, height: 150 },
      icon: { x: 22, y: 34, width: 80, height: 80 },
      title: { x: 120, y: 62, anchor: 'start' },
      lines: [{ x: 120, y: 94, anchor: 'start' }, { x: 120, y: 118, anchor: 'start' }],
    },
    backhoe: {
      frame: { x: 4, y: 166, width: 352, height: 506 },
      users: { x: 148, y: 184, width: 64, height: 64 },
      usersLabel: { x: 180, y: 272, anchor: 'middle' },
      fiber: { x1: 180, y1: 284, x2: 180, y2: 444 },
      digger: { x: 70, y: 320, width: 80, height: 80 },
      cross: 'M170 346 l20 28 M190 346 l-20 28',
      cutLabel: { x: 204, y: 367, anchor: 'start' },
      consequence: { x: 180, y: 656, anchor: 'middle', size: 16 },
      datacenter: { x: 95, y: 444, width: 170, height: 180 },
      datacenterLabel: { x: 180, y: 470, anchor: 'middle' },
      machines: { x: 113, y: 490, columns: 3, rows: 2, cell: { width: 38, height: 40 }, gap: 10, rowGap: 16 },
    },
  },
}
