import type { Arranged } from '../drawing'
import type { Size, TopologyLayout } from '../topology-layout'
import { RESTAURANT_LAYOUTS } from '../topology-layout'

export interface ArchitectureLayout {
  viewBox: Size
  diagram: TopologyLayout
  /** Gap between a machine and the ring that calls it out. */
  machinePad: number
  /** A zone's ring sits just inside the zone's border. */
  zoneInset: number
  /** A zone's callout label, from the ring's top right corner. */
  zoneLabel: { dx: number, dy: number }
  /** A machine's callout label: centred above its ring, or beside it on its left. */
  machineLabel: { side: 'above', dy: number } | { side: 'left', dx: number }
  /** Font size of the callout labels, and the rings' corner radius. */
  text: number
  ringRadius: number
}

export const ARCHITECTURE_LAYOUTS: Arranged<ArchitectureLayout> = {
  landscape: {
    viewBox: RESTAURANT_LAYOUTS.landscape.viewBox,
    diagram: RESTAURANT_LAYOUTS.landscape,
    machinePad: 8,
    zoneInset: 3,
    zoneLabel: { dx: -12, dy: 20 },
    machineLabel: { side: 'above', dy: -6 },
    text: 18,
    ringRadius: 14,
  },
  // Above a ring sits the row before: the label goes beside it, on the left of the two machines that
  // stand alone in the middle (load balancer, base), in places this picture leaves empty.
  portrait: {
    viewBox: RESTAURANT_LAYOUTS.portrait.viewBox,
    diagram: RESTAURANT_LAYOUTS.portrait,
    machinePad: 4,
    zoneInset: 3,
    zoneLabel: { dx: -12, dy: 24 },
    machineLabel: { side: 'left', dx: 6 },
    text: 16,
    ringRadius: 12,
  },
}
