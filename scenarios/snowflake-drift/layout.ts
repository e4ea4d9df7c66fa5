import type { Arranged, DiffTableShape, Point } from '../drawing'
import type { TopologyLayout } from '../topology-layout'
import { RESTAURANT_LAYOUTS } from '../topology-layout'

/** Where the snowflake demo draws its parts, in the drawing's units. */
export interface SnowflakeLayout {
  viewBox: { width: number, height: number }
  /** The datacenter and its four servers. */
  diagram: TopologyLayout
  /** The #SameButDifferent tag, under the servers. */
  tag: Point
  /** The table of what differs between the servers. */
  panel: { x: number, y: number, width: number, height: number, shape: DiffTableShape }
}

/** The datacenter with its four servers two by two, moved by `by`. */
function datacenter(by: Point): TopologyLayout {
  const moved = ({ x, y }: Point) => ({ x: x + by.x, y: y + by.y })
  return {
    viewBox: RESTAURANT_LAYOUTS.landscape.viewBox,
    machine: RESTAURANT_LAYOUTS.landscape.machine,
    zones: { dc: { ...moved({ x: 16, y: 24 }), width: 340, height: 352 } },
    endpoints: {},
    places: {
      'srv-1': moved({ x: 100, y: 150 }),
      'srv-2': moved({ x: 272, y: 150 }),
      'srv-3': moved({ x: 100, y: 290 }),
      'srv-4': moved({ x: 272, y: 290 }),
    },
    firewalls: {},
  }
}

/** On the slide: the datacenter on the left, the table on its right. */
const LANDSCAPE: SnowflakeLayout = {
  viewBox: RESTAURANT_LAYOUTS.landscape.viewBox,
  diagram: datacenter({ x: 0, y: 0 }),
  tag: { x: 186, y: 356 },
  panel: {
    x: 372,
    y: 24,
    width: 576,
    height: 352,
    shape: {
      title: { x: 16, y: 32, size: 20 },
      head: { y: 68, size: 16 },
      columns: { left: 150, right: 16 },
      rows: { top: 84, height: 52 },
      key: { x: 16, y: 32, size: 16 },
      value: { y: 32, size: 16 },
      ring: { y: 10, height: 32 },
      empty: { x: 16, y: 116, size: 17, lineHeight: 22 },
    },
  },
}

/** On a phone held upright: the table under the datacenter, each setting's name above its values. */
const PORTRAIT: SnowflakeLayout = {
  viewBox: { width: 360, height: 680 },
  diagram: datacenter({ x: -6, y: -16 }),
  tag: { x: 180, y: 340 },
  panel: {
    x: 10,
    y: 368,
    width: 340,
    height: 304,
    shape: {
      title: { x: 14, y: 30, size: 17 },
      head: { y: 58, size: 14 },
      columns: { left: 4, right: 4 },
      rows: { top: 70, height: 56 },
      key: { x: 14, y: 20, size: 16 },
      value: { y: 44, size: 14 },
      ring: { y: 26, height: 26 },
      empty: { x: 14, y: 100, size: 16, lineHeight: 22 },
    },
  },
}

export const SNOWFLAKE_LAYOUTS: Arranged<SnowflakeLayout> = { landscape: LANDSCAPE, portrait: PORTRAIT }
