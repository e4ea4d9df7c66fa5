import type { Arranged, Point } from './drawing'
import type { InfraState, Machine } from './infra'
import { placeOf } from './infra'

/**
 * Where the topologies of scenarios/topology.ts are drawn, in each arrangement: the zones' boxes,
 * the endpoints', firewalls' and places' centres, and the shape of a machine's box. Coordinates are
 * in the drawing's own units (the layout's viewBox).
 */

export interface Size { width: number, height: number }
export interface Rect extends Point, Size {}

/** A zone's box; its name sits at its top left, or at its bottom left where the top is crossed by links. */
export interface ZoneBox extends Rect {
  labelAt?: 'top' | 'bottom'
}

/** An endpoint's centre; its name goes under it, or above it where links leave it downwards. */
export interface EndpointSpot extends Point {
  labelAt?: 'below' | 'above'
}

/** A machine's box, everything in it placed from its top-left corner: the role icon, the name (its baseline), the version pill, the status dot (its centre). */
export interface MachineShape extends Size {
  icon: Point
  label: Point & { size: number }
  /** Where the version pill goes; a shape without one is for stories that draw no versions (withoutVersions). */
  version?: Point
  dot: Point
}

export interface TopologyLayout {
  viewBox: Size
  machine: MachineShape
  zones: Readonly<Record<string, ZoneBox>>
  endpoints: Readonly<Record<string, EndpointSpot>>
  /** The centre of every place a machine can stand in (see placeOf). */
  places: Readonly<Record<string, Point>>
  firewalls: Readonly<Record<string, Point>>
}

/** What is drawn the same size in every arrangement. */
export const INFRA_SHAPES = {
  machineIcon: 20,
  versionPill: { width: 46, height: 22, size: 16 },
  dotRadius: 7,
  endpoint: { radius: 26, icon: 28, label: { below: 48, above: -34, size: 17 } },
  zoneLabel: { dx: 12, top: 24, bottom: -12, size: 16 },
  firewall: { size: 32, icon: 24 },
} as const

/** Where an endpoint's name is written, from its centre (the baseline of a centred text). */
export function endpointLabelDy(spot: EndpointSpot): number {
  return INFRA_SHAPES.endpoint.label[spot.labelAt ?? 'below']
}

/** Where a zone's name is written (its baseline start). */
export function zoneLabelAt(box: ZoneBox): Point {
  const { dx, top, bottom } = INFRA_SHAPES.zoneLabel
  return { x: box.x + dx, y: box.labelAt === 'bottom' ? box.y + box.height + bottom : box.y + top }
}

function found<T>(value: T | undefined, what: string): T {
  if (value === undefined)
    throw new Error(`The layout has no place for ${what}`)
  return value
}

/** The centre of a machine's box. */
export function machineAt(layout: TopologyLayout, m: Machine): Point {
  return found(layout.places[placeOf(m)], `machine "${m.id}" (place "${placeOf(m)}")`)
}

/** Where anything that can be linked stands: a machine or an endpoint. */
export function anchor(infra: InfraState, layout: TopologyLayout, id: string): Point {
  const machine = infra.machines.find(x => x.id === id)
  if (machine)
    return machineAt(layout, machine)
  if (!infra.endpoints.some(e => e.id === id))
    throw new Error(`Unknown link end "${id}"`)
  return found(layout.endpoints[id], `endpoint "${id}"`)
}

/** A machine's box in the drawing. */
export function machineBox(layout: TopologyLayout, m: Machine): Rect {
  const { x, y } = machineAt(layout, m)
  const { width, height } = layout.machine
  return { x: x - width / 2, y: y - height / 2, width, height }
}

// Landscape, the 16:9 slide: the service from left to right, each pair of machines in a column.
const COLUMN = { users: 70, lb: 330, front: 480, back: 690, db: 860 } as const
const ROW = { top: 130, middle: 215, bottom: 300 } as const

/** Large enough for a 17-unit label and a 16-unit version pill: 14 px and more on the 980×552 canvas. */
const LANDSCAPE_MACHINE: MachineShape = { width: 140, height: 62, icon: { x: 8, y: 9 }, label: { x: 33, y: 25, size: 17 }, version: { x: 8, y: 34 }, dot: { x: 125, y: 45 } }

// Portrait, a phone held upright: the service from top to bottom, each tier in a row of three places
// (the pair, and a spare place between them; the base in the middle, like the load balancer), the
// zones as bands; about 360 units wide, so a unit is about a CSS pixel at 390 px. The private zone's
// name goes at its foot: the links from the front ends cross its top.
const STRIP = { left: 64, centre: 180, right: 296 } as const
const TIER = { endpoints: 66, lb: 218, front: 294, back: 408, db: 488 } as const

/** Three to a row: the name under the icon, the version pill beside it, so the box is narrow and 15 units is room enough. */
const PORTRAIT_MACHINE: MachineShape = { width: 102, height: 60, icon: { x: 8, y: 8 }, version: { x: 32, y: 7 }, dot: { x: 88, y: 18 }, label: { x: 7, y: 48, size: 15 } }

/** The restaurant-locator service of restaurantLocator(), spare places included. */
export const RESTAURANT_LAYOUTS: Arranged<TopologyLayout> = {
  landscape: {
    viewBox: { width: 960, height: 400 },
    machine: LANDSCAPE_MACHINE,
    zones: {
      'internet': { x: 8, y: 24, width: 196, height: 368 },
      'dc-a': { x: 216, y: 8, width: 736, height: 384 },
      'public': { x: 256, y: 48, width: 300, height: 328 },
      'private': { x: 612, y: 48, width: 328, height: 328 },
    },
    endpoints: {
      users: { x: COLUMN.users, y: ROW.bottom },
      dns: { x: COLUMN.users, y: ROW.top - 40 },
    },
    places: {
      'lb': { x: COLUMN.lb, y: ROW.middle },
      'front-1': { x: COLUMN.front, y: ROW.top },
      'front-spare': { x: COLUMN.front, y: ROW.middle },
      'front-2': { x: COLUMN.front, y: ROW.bottom },
      'back-1': { x: COLUMN.back, y: ROW.top },
      'back-spare': { x: COLUMN.back, y: ROW.middle },
      'back-2': { x: COLUMN.back, y: ROW.bottom },
      'db-primary': { x: COLUMN.db, y: ROW.top },
      'db-replica-spare': { x: COLUMN.db, y: ROW.middle },
      'db-replica': { x: COLUMN.db, y: ROW.bottom },
    },
    firewalls: {
      'fw-edge': { x: 232, y: ROW.middle },
      'fw-internal': { x: 585, y: ROW.middle },
    },
  },
  portrait: {
    viewBox: { width: 360, height: 562 },
    machine: PORTRAIT_MACHINE,
    zones: {
      'internet': { x: 8, y: 6, width: 344, height: 102 },
      'dc-a': { x: 3, y: 122, width: 354, height: 434 },
      'public': { x: 8, y: 156, width: 344, height: 176 },
      'private': { x: 8, y: 368, width: 344, height: 180, labelAt: 'bottom' },
    },
    endpoints: {
      users: { x: STRIP.centre, y: TIER.endpoints, labelAt: 'above' },
      dns: { x: STRIP.right, y: TIER.endpoints, labelAt: 'above' },
    },
    places: {
      'lb': { x: STRIP.centre, y: TIER.lb },
      'front-1': { x: STRIP.left, y: TIER.front },
      'front-spare': { x: STRIP.centre, y: TIER.front },
      'front-2': { x: STRIP.right, y: TIER.front },
      'back-1': { x: STRIP.left, y: TIER.back },
      'back-spare': { x: STRIP.centre, y: TIER.back },
      'back-2': { x: STRIP.right, y: TIER.back },
      'db-replica-spare': { x: STRIP.left, y: TIER.db },
      'db-primary': { x: STRIP.centre, y: TIER.db },
      'db-replica': { x: STRIP.right, y: TIER.db },
    },
    firewalls: {
      'fw-edge': { x: STRIP.centre, y: 118 },
      'fw-internal': { x: STRIP.centre, y: 350 },
    },
  },
}

/** The same places in datacenters A and B: ids of B get the "-b" suffix of datacenterMachines('b'). */
function sites(a: Readonly<Record<string, Point>>, b: Readonly<Record<string, Point>>): Record<string, Point> {
  return { ...a, ...Object.fromEntries(Object.entries(b).map(([id, at]) => [`${id}-b`, at])) }
}

function siteRows(column: Readonly<Record<string, number>>, rows: Readonly<Record<string, number>>): Record<string, Point> {
  return {
    'lb': { x: column.lb, y: rows.middle },
    'front-1': { x: column.front, y: rows.top },
    'front-2': { x: column.front, y: rows.bottom },
    'back-1': { x: column.back, y: rows.top },
    'back-2': { x: column.back, y: rows.bottom },
    'db-primary': { x: column.db, y: rows.top },
    'db-replica': { x: column.db, y: rows.bottom },
  }
}

// Landscape: A above B, each a band of the service from left to right.
const DC_COLUMN = { users: 62, lb: 250, front: 410, back: 590, db: 770, backup: 895 } as const
const DC_ROWS = { a: { top: 56, middle: 108, bottom: 160 }, b: { top: 278, middle: 330, bottom: 382 } } as const

// Portrait: A beside B, each a column of the service from top to bottom, every machine level with
// its twin; the users above, between the two; names above the endpoints and at the zones' feet,
// clear of the links.
const SITE_COLUMN = { a: 90, b: 270 } as const
const SITE_ORDER = ['lb', 'front-1', 'front-2', 'back-1', 'back-2', 'db-primary', 'db-replica'] as const

function siteColumn(x: number): Record<string, Point> {
  return Object.fromEntries(SITE_ORDER.map((id, i) => [id, { x, y: 160 + i * 50 }]))
}

/** One line: icon, name and status dot side by side (this story draws no versions). */
const SITE_MACHINE: MachineShape = { width: 156, height: 40, icon: { x: 8, y: 10 }, label: { x: 34, y: 26, size: 16 }, dot: { x: 142, y: 20 } }

/** The disaster-recovery stage of twoDatacenters(), B's machines included. */
export const TWO_DC_LAYOUTS: Arranged<TopologyLayout> = {
  landscape: {
    viewBox: { width: 960, height: 440 },
    machine: LANDSCAPE_MACHINE,
    zones: {
      'dc-a': { x: 140, y: 6, width: 812, height: 206 },
      'dc-b': { x: 140, y: 228, width: 812, height: 206 },
    },
    endpoints: {
      users: { x: DC_COLUMN.users, y: 220 },
      dns: { x: DC_COLUMN.users, y: 64 },
      backup: { x: DC_COLUMN.backup, y: DC_ROWS.b.middle },
    },
    places: sites(siteRows(DC_COLUMN, DC_ROWS.a), siteRows(DC_COLUMN, DC_ROWS.b)),
    firewalls: {},
  },
  portrait: {
    viewBox: { width: 360, height: 606 },
    machine: SITE_MACHINE,
    zones: {
      'dc-a': { x: 3, y: 130, width: 175, height: 470, labelAt: 'bottom' },
      'dc-b': { x: 182, y: 130, width: 175, height: 470, labelAt: 'bottom' },
    },
    endpoints: {
      dns: { x: 54, y: 56, labelAt: 'above' },
      users: { x: 180, y: 56, labelAt: 'above' },
      backup: { x: SITE_COLUMN.b, y: 516 },
    },
    places: sites(siteColumn(SITE_COLUMN.a), siteColumn(SITE_COLUMN.b)),
    firewalls: {},
  },
}
