import type { Arranged, CountersShape } from '../drawing'
import type { Size, TopologyLayout } from '../topology-layout'
import { RESTAURANT_LAYOUTS } from '../topology-layout'

export interface RollingLayout {
  viewBox: Size
  diagram: TopologyLayout
  counters: { x: number, y: number, width: number, shape: CountersShape }
}

const PORTRAIT_DIAGRAM = RESTAURANT_LAYOUTS.portrait
const PORTRAIT_COUNTERS: CountersShape = { row: 32, pad: { x: 12, top: 5, bottom: 5 }, label: { y: 22, size: 16 }, value: { x: 344 - 24, y: 23, size: 22, anchor: 'end' } }
/** Under the datacenter, one line for each of the view's three counters. */
const PORTRAIT_BOARD = { x: 8, y: PORTRAIT_DIAGRAM.viewBox.height + 8, width: 344, height: 3 * PORTRAIT_COUNTERS.row + PORTRAIT_COUNTERS.pad.top + PORTRAIT_COUNTERS.pad.bottom }

export const ROLLING_LAYOUTS: Arranged<RollingLayout> = {
  landscape: {
    viewBox: RESTAURANT_LAYOUTS.landscape.viewBox,
    diagram: RESTAURANT_LAYOUTS.landscape,
    // In the Internet column, where the DNS stands in the other pictures.
    counters: {
      x: 14,
      y: 52,
      width: 188,
      shape: { row: 58, pad: { x: 12, top: 6, bottom: 4 }, label: { y: 19, size: 16 }, value: { x: 0, y: 46, size: 24, anchor: 'start' } },
    },
  },
  portrait: {
    viewBox: { width: PORTRAIT_DIAGRAM.viewBox.width, height: PORTRAIT_BOARD.y + PORTRAIT_BOARD.height + 6 },
    diagram: PORTRAIT_DIAGRAM,
    counters: { x: PORTRAIT_BOARD.x, y: PORTRAIT_BOARD.y, width: PORTRAIT_BOARD.width, shape: PORTRAIT_COUNTERS },
  },
}
