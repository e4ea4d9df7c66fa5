import type { Arranged, CountersShape } from '../drawing'
import type { Size, TopologyLayout } from '../topology-layout'
import { RESTAURANT_LAYOUTS } from '../topology-layout'

export interface RollingLayout {
  viewBox: Size
  diagram: TopologyLayout
  counters: { x: number, y: number, width: number, shape: CountersShape }
}

const PORTRAIT_BOARD_WIDTH = 344

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
  // Under the datacenter, one line per counter.
  portrait: {
    viewBox: { width: RESTAURANT_LAYOUTS.portrait.viewBox.width, height: 666 },
    diagram: RESTAURANT_LAYOUTS.portrait,
    counters: {
      x: 8,
      y: 554,
      width: PORTRAIT_BOARD_WIDTH,
      shape: { row: 32, pad: { x: 12, top: 5, bottom: 5 }, label: { y: 22, size: 16 }, value: { x: PORTRAIT_BOARD_WIDTH - 24, y: 23, size: 22, anchor: 'end' } },
    },
  },
}
