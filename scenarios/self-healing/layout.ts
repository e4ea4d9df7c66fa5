import type { Arranged, Point } from '../drawing'
import type { Shown } from '../recovery'
import type { Size, TopologyLayout } from '../topology-layout'
import { readableSize } from '../recovery'
import { RESTAURANT_LAYOUTS } from '../topology-layout'

/** Where a column or grid of tiles goes: its first tile's corner, a tile's size, `columns` tiles a row. */
export interface TilesSpot extends Point, Size {
  gap: number
  columns: number
}

export interface RecoveryLayout {
  viewBox: Size
  /** The largest box the figure may take on the 980×552 canvas, in px; null where it takes the page's width (a phone held upright). */
  max: Size | null
  diagram: TopologyLayout
  /** Font sizes, in drawing units, of the badges, the tiles' labels and the tiles' values. */
  text: { badge: number, label: number, value: number }
  /** The service mode's badge, then the alert's: in a row leftwards from a right edge, or one under the other. */
  badges: { flow: 'leftwards', right: number, y: number, gap: number } | { flow: 'down', x: number, y: number, gap: number }
  /** Where the chaos mode's badge goes; null where there is no chaos mode (the reading page). */
  chaosBadge: Point | null
  /** The four golden signals, then the time to detect and the time to repair. */
  signals: TilesSpot
  durations: TilesSpot
}

const LANDSCAPE_DIAGRAM = RESTAURANT_LAYOUTS.landscape
const COLUMN = { x: LANDSCAPE_DIAGRAM.viewBox.width + 4, width: 112 }

/**
 * The diagram with a monitoring column on its right, shown as wide as the slide allows (the figure
 * reaches 16 px from the slide's edges) and as tall as headline, caption and legend leave: 0.875 px
 * a unit, so the shared 16-unit labels read as 14 px.
 */
const SHOWN: Shown = { viewBox: { width: COLUMN.x + COLUMN.width + 4, height: LANDSCAPE_DIAGRAM.viewBox.height }, max: { width: 948, height: 350 } }
const LABEL = readableSize(SHOWN) + 1

const PORTRAIT_DIAGRAM = RESTAURANT_LAYOUTS.portrait
/** Under the datacenter: the mode and alert badges, then the signals in a square and the durations beside them. */
const PANEL = { top: PORTRAIT_DIAGRAM.viewBox.height + 8, tiles: PORTRAIT_DIAGRAM.viewBox.height + 70 }

export const SELF_HEALING_LAYOUTS: Arranged<RecoveryLayout> = {
  landscape: {
    viewBox: SHOWN.viewBox,
    max: SHOWN.max,
    diagram: LANDSCAPE_DIAGRAM,
    // Every label this demo adds is drawn at least this big, so it reads as 14 px on the slide.
    text: { badge: LABEL, label: LABEL, value: readableSize(SHOWN) + 4 },
    badges: { flow: 'leftwards', right: LANDSCAPE_DIAGRAM.viewBox.width - 10, y: 12, gap: 10 },
    chaosBadge: { x: 12, y: 356 },
    signals: { x: COLUMN.x, y: 8, width: COLUMN.width, height: 56, gap: 6, columns: 1 },
    durations: { x: COLUMN.x, y: 8 + 4 * (56 + 6) + 14, width: COLUMN.width, height: 56, gap: 6, columns: 1 },
  },
  portrait: {
    viewBox: { width: PORTRAIT_DIAGRAM.viewBox.width, height: PANEL.tiles + 2 * 56 + 6 + 6 },
    max: null,
    diagram: PORTRAIT_DIAGRAM,
    // 15 units: the longest alert of the chaos mode still fits the width.
    text: { badge: 15, label: 16, value: 20 },
    badges: { flow: 'down', x: 8, y: PANEL.top, gap: 6 },
    chaosBadge: null,
    signals: { x: 8, y: PANEL.tiles, width: 110, height: 56, gap: 6, columns: 2 },
    durations: { x: 242, y: PANEL.tiles, width: 110, height: 56, gap: 6, columns: 1 },
  },
}
