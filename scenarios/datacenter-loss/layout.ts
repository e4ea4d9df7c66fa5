import type { Arranged, Point } from '../drawing'
import type { Shown } from '../recovery'
import type { Size, TopologyLayout } from '../topology-layout'
import { readableSize } from '../recovery'
import { TWO_DC_LAYOUTS } from '../topology-layout'

/** Where a badge goes: its left edge, or its right edge (`end`). */
export interface BadgeSpot extends Point {
  align?: 'start' | 'end'
}

export interface DisasterLayout {
  viewBox: Size
  /** The largest box the figure may take on the 980×552 canvas, in px; null where it takes the page's width (a phone held upright). */
  max: Size | null
  diagram: TopologyLayout
  /** Font size of the badges, in drawing units. */
  text: { label: number }
  dnsBadge: BadgeSpot
  requestsBadge: BadgeSpot
  cutBadge: BadgeSpot
}

/**
 * The two datacenters alone in the drawing (the figures held against their objectives are a line of
 * text under the caption), shown 385 px tall: 0.875 px a unit, so the shared 16-unit labels read as 14 px.
 */
const SHOWN: Shown = { viewBox: TWO_DC_LAYOUTS.landscape.viewBox, max: { width: 868, height: 385 } }

export const DISASTER_LAYOUTS: Arranged<DisasterLayout> = {
  landscape: {
    viewBox: SHOWN.viewBox,
    max: SHOWN.max,
    diagram: TWO_DC_LAYOUTS.landscape,
    // Every label this demo adds is drawn at least this big, so it reads as 14 px on the slide.
    text: { label: readableSize(SHOWN) + 1 },
    dnsBadge: { x: 4, y: 120 },
    requestsBadge: { x: 4, y: 277 },
    cutBadge: { x: 150, y: 172 },
  },
  // Where DNS points under the DNS, whether requests succeed beside the users, A cut off at A's foot.
  portrait: {
    viewBox: TWO_DC_LAYOUTS.portrait.viewBox,
    max: null,
    diagram: TWO_DC_LAYOUTS.portrait,
    text: { label: 15 },
    dnsBadge: { x: 8, y: 92 },
    requestsBadge: { x: 352, y: 44, align: 'end' },
    cutBadge: { x: 12, y: 500 },
  },
}
