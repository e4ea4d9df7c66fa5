import type { Arranged } from '../../scenarios/drawing'
import type { Box, Label, Segment, Size } from './geometry'

interface Panel { frame: Box, title: Label, lines: readonly [Label, Label] }

export interface ProductionPictureLayout {
  size: Size
  dev: Panel & { laptop: Box }
  arrow: { line: Segment, head: string, rocket: Box, label: Label }
  prod: Panel & { servers: Box, phone: Box, users: Box }
}

/** The developer's machine, the arrow, production: side by side on the slide, top to bottom on a phone. */
export const PRODUCTION_PICTURE: Arranged<ProductionPictureLayout> = {
  landscape: {
    size: { width: 900, height: 320 },
    dev: {
      frame: { x: 10, y: 30, width: 260, height: 250 },
      laptop: { x: 90, y: 60, width: 100, height: 100 },
      title: { x: 140, y: 196, anchor: 'middle' },
      lines: [{ x: 140, y: 228, anchor: 'middle' }, { x: 140, y: 254, anchor: 'middle' }],
    },
    arrow: {
      line: { x1: 290, y1: 155, x2: 560, y2: 155 },
      head: 'M560 140 L588 155 L560 170 Z',
      rocket: { x: 404, y: 92, width: 48, height: 48 },
      label: { x: 430, y: 194, anchor: 'middle' },
    },
    prod: {
      frame: { x: 610, y: 30, width: 280, height: 250 },
      servers: { x: 650, y: 58, width: 90, height: 90 },
      phone: { x: 760, y: 62, width: 40, height: 40 },
      users: { x: 800, y: 100, width: 44, height: 44 },
      title: { x: 750, y: 196, anchor: 'middle' },
      lines: [{ x: 750, y: 228, anchor: 'middle' }, { x: 750, y: 254, anchor: 'middle' }],
    },
  },
  portrait: {
    size: { width: 360, height: 554 },
    dev: {
      frame: { x: 10, y: 10, width: 340, height: 204 },
      laptop: { x: 140, y: 24, width: 80, height: 80 },
      title: { x: 180, y: 138, anchor: 'middle' },
      lines: [{ x: 180, y: 170, anchor: 'middle' }, { x: 180, y: 196, anchor: 'middle' }],
    },
    arrow: {
      line: { x1: 70, y1: 226, x2: 70, y2: 300 },
      head: 'M55 300 L70 328 L85 300 Z',
      rocket: { x: 100, y: 244, width: 40, height: 40 },
      label: { x: 148, y: 272, anchor: 'start' },
    },
    prod: {
      frame: { x: 10, y: 340, width: 340, height: 204 },
      servers: { x: 104, y: 352, width: 80, height: 80 },
      phone: { x: 200, y: 356, width: 36, height: 36 },
      users: { x: 232, y: 390, width: 40, height: 40 },
      title: { x: 180, y: 468, anchor: 'middle' },
      lines: [{ x: 180, y: 500, anchor: 'middle' }, { x: 180, y: 526, anchor: 'middle' }],
    },
  },
}
