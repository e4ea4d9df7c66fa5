import type { Arranged } from '../../scenarios/drawing'
import type { Box, Frame, Grid, Label, Size } from './geometry'

export interface OvhFireLayout {
  size: Size
  /** One per building, in the building's own coordinates: its walls, its rooms (SBG1), its icon, its name and fate. */
  building: Frame & { walls: Box, rooms: Grid, flame: Box, dark: Box, name: Label, lines: readonly [Label, Label] }
  figure: Label
  source: Label
}

/** Four buildings in a row on the slide, two by two on a phone. */
export const OVH_FIRE: Arranged<OvhFireLayout> = {
  landscape: {
    size: { width: 900, height: 330 },
    building: {
      size: { width: 200, height: 250 },
      at: [{ x: 12, y: 10 }, { x: 236, y: 10 }, { x: 460, y: 10 }, { x: 684, y: 10 }],
      walls: { x: 0, y: 0, width: 200, height: 150 },
      rooms: { x: 16, y: 22, columns: 4, rows: 3, cell: { width: 36, height: 32 }, gap: 8 },
      flame: { x: 60, y: 34, width: 80, height: 80 },
      dark: { x: 64, y: 38, width: 72, height: 72 },
      name: { x: 100, y: 192, anchor: 'middle' },
      lines: [{ x: 100, y: 218, anchor: 'middle' }, { x: 100, y: 242, anchor: 'middle' }],
    },
    figure: { x: 450, y: 298, anchor: 'middle' },
    source: { x: 450, y: 324, anchor: 'middle' },
  },
  portrait: {
    size: { width: 360, height: 534 },
    building: {
      size: { width: 170, height: 218 },
      at: [{ x: 6, y: 4 }, { x: 184, y: 4 }, { x: 6, y: 236 }, { x: 184, y: 236 }],
      walls: { x: 0, y: 0, width: 170, height: 130 },
      rooms: { x: 13, y: 15, columns: 4, rows: 3, cell: { width: 30, height: 28 }, gap: 8 },
      flame: { x: 45, y: 25, width: 80, height: 80 },
      dark: { x: 49, y: 29, width: 72, height: 72 },
      name: { x: 85, y: 160, anchor: 'middle' },
      lines: [{ x: 85, y: 186, anchor: 'middle' }, { x: 85, y: 210, anchor: 'middle' }],
    },
    figure: { x: 180, y: 490, anchor: 'middle', size: 19 },
    source: { x: 180, y: 520, anchor: 'middle', size: 15 },
  },
}
