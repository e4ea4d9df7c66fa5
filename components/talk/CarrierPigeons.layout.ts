import type { Arranged } from '../../scenarios/drawing'
import type { Box, Frame, Label, Size } from './geometry'

export interface CarrierPigeonsLayout {
  size: Size
  /** One panel per step of the story; what is in it, in the panel's own coordinates. */
  panel: Frame & {
    frame: Box
    num: Label
    you: Box
    youLabel: Label
    site: Box
    siteLabel: Label
    bird: Box
    item: Box
    spy: Box
    lines: readonly [Label, Label]
  }
}

/** Four panels side by side on the slide; on a phone one under the other, each a wide strip. */
export const CARRIER_PIGEONS: Arranged<CarrierPigeonsLayout> = {
  landscape: {
    size: { width: 900, height: 330 },
    panel: {
      size: { width: 214, height: 310 },
      at: [{ x: 4, y: 0 }, { x: 230, y: 0 }, { x: 456, y: 0 }, { x: 682, y: 0 }],
      frame: { x: 0, y: 10, width: 214, height: 300 },
      num: { x: 14, y: 40, anchor: 'start' },
      you: { x: 14, y: 58, width: 44, height: 44 },
      youLabel: { x: 36, y: 118, anchor: 'middle' },
      site: { x: 156, y: 58, width: 44, height: 44 },
      siteLabel: { x: 178, y: 118, anchor: 'middle' },
      bird: { x: 81, y: 128, width: 44, height: 44 },
      item: { x: 113, y: 160, width: 34, height: 34 },
      spy: { x: 89, y: 200, width: 30, height: 30 },
      lines: [{ x: 107, y: 264, anchor: 'middle' }, { x: 107, y: 290, anchor: 'middle' }],
    },
  },
  portrait: {
    size: { width: 360, height: 702 },
    panel: {
      size: { width: 352, height: 166 },
      at: [{ x: 4, y: 4 }, { x: 4, y: 180 }, { x: 4, y: 356 }, { x: 4, y: 532 }],
      frame: { x: 0, y: 0, width: 352, height: 166 },
      num: { x: 14, y: 32, anchor: 'start' },
      you: { x: 40, y: 14, width: 44, height: 44 },
      youLabel: { x: 62, y: 78, anchor: 'middle' },
      site: { x: 268, y: 14, width: 44, height: 44 },
      siteLabel: { x: 290, y: 78, anchor: 'middle' },
      bird: { x: 150, y: 8, width: 44, height: 44 },
      item: { x: 182, y: 40, width: 34, height: 34 },
      spy: { x: 158, y: 80, width: 30, height: 30 },
      lines: [{ x: 176, y: 132, anchor: 'middle' }, { x: 176, y: 156, anchor: 'middle' }],
    },
  },
}
