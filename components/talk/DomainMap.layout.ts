import type { Arranged } from '../../scenarios/drawing'
import type { Box, Frame, Label, Size } from './geometry'

export interface DomainMapLayout {
  size: Size
  /** One card per domain, in talk order. */
  domain: Frame & { frame: Box, icon: Box, label: Label, sub: Label }
  security: { frame: Box, icon: Box, label: Label }
}

/** Four domains in a row crossed by the security band on the slide; on a phone, one domain per row, security below
 * (a little wider than the other portrait drawings: the security line is long). */
export const DOMAIN_MAP: Arranged<DomainMapLayout> = {
  landscape: {
    size: { width: 916, height: 360 },
    domain: {
      size: { width: 210, height: 250 },
      at: [{ x: 20, y: 16 }, { x: 244, y: 16 }, { x: 468, y: 16 }, { x: 692, y: 16 }],
      frame: { x: 0, y: 0, width: 210, height: 250 },
      icon: { x: 69, y: 28, width: 72, height: 72 },
      label: { x: 105, y: 144, anchor: 'middle' },
      sub: { x: 105, y: 176, anchor: 'middle' },
    },
    security: {
      frame: { x: 8, y: 236, width: 900, height: 110 },
      icon: { x: 262, y: 259, width: 64, height: 64 },
      label: { x: 340, y: 301, anchor: 'start' },
    },
  },
  portrait: {
    size: { width: 380, height: 428 },
    domain: {
      size: { width: 360, height: 68 },
      at: [{ x: 10, y: 10 }, { x: 10, y: 88 }, { x: 10, y: 166 }, { x: 10, y: 244 }],
      frame: { x: 0, y: 0, width: 360, height: 68 },
      icon: { x: 14, y: 10, width: 48, height: 48 },
      label: { x: 76, y: 30, anchor: 'start' },
      sub: { x: 76, y: 56, anchor: 'start' },
    },
    security: {
      frame: { x: 4, y: 324, width: 372, height: 96 },
      icon: { x: 166, y: 332, width: 48, height: 48 },
      label: { x: 190, y: 406, anchor: 'middle' },
    },
  },
}
