import type { Arranged } from '../../scenarios/drawing'
import type { Box, Grid, Label, Size } from './geometry'

export interface ServiceSprawlLayout {
  size: Size
  today: { frame: Box, machines: Grid, label: Label }
  /** The arrow from today's service to the grown one (an SVG path). */
  arrow: string
  /** One tile per service; a tile's name and machines are in the tile's own coordinates. */
  services: Grid & { name: Label, machines: Grid }
  label: Label
}

/** Today's service beside the grown one on the slide; on a phone above it, the tiles in three columns. */
export const SERVICE_SPRAWL: Arranged<ServiceSprawlLayout> = {
  landscape: {
    size: { width: 900, height: 340 },
    today: {
      frame: { x: 10, y: 90, width: 220, height: 150 },
      machines: { x: 34, y: 112, columns: 4, rows: 2, cell: { width: 34, height: 34 }, gap: 12 },
      label: { x: 120, y: 272, anchor: 'middle' },
    },
    arrow: 'M240 165 h40 M268 152 l16 13 l-16 13',
    services: {
      x: 300,
      y: 30,
      columns: 5,
      rows: 4,
      cell: { width: 112, height: 62 },
      gap: 8,
      name: { x: 7, y: 21, anchor: 'start' },
      machines: { x: 8, y: 30, columns: 3, rows: 1, cell: { width: 20, height: 20 }, gap: 6 },
    },
    label: { x: 596, y: 330, anchor: 'middle' },
  },
  portrait: {
    size: { width: 360, height: 700 },
    today: {
      frame: { x: 70, y: 10, width: 220, height: 124 },
      machines: { x: 94, y: 32, columns: 4, rows: 2, cell: { width: 34, height: 34 }, gap: 12 },
      label: { x: 180, y: 160, anchor: 'middle' },
    },
    arrow: 'M180 174 v34 M167 196 l13 14 l13 -14',
    services: {
      x: 3,
      y: 222,
      columns: 3,
      rows: 7,
      cell: { width: 114, height: 58 },
      gap: 6,
      name: { x: 7, y: 21, anchor: 'start' },
      machines: { x: 8, y: 30, columns: 3, rows: 1, cell: { width: 20, height: 20 }, gap: 6 },
    },
    label: { x: 180, y: 690, anchor: 'middle', size: 15 },
  },
}
