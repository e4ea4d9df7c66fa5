import type { InfraState, Link, Machine, Role } from './infra'
import { rotates } from './infra'

/**
 * The article's restaurant-locator service: users reach it through DNS and the internet;
 * in one datacenter, a load balancer and two front ends in the public zone, behind a firewall
 * two back ends and a primary database with its replica in the private zone.
 * That is the article's 7 machines. Coordinates are in the drawing's own units (VIEW_BOX).
 */
export const VIEW_BOX = { width: 960, height: 400 } as const

/** Large enough for a 17-unit label and a 16-unit version pill: 14 px and more on the 980×552 canvas. */
export const MACHINE_SIZE = { width: 140, height: 62 } as const

const COLUMN = { users: 70, lb: 330, front: 480, back: 690, db: 860 } as const
const ROW = { top: 130, middle: 215, bottom: 300 } as const

function m(id: string, role: Role, label: string, x: number, y: number, version?: string): Machine {
  return { id, role, label, x, y, status: 'healthy', version, inRotation: rotates(role) ? true : undefined }
}

function link(from: string, to: string): Link {
  return { id: `${from}--${to}`, from, to, status: 'up' }
}

export const FIREWALLS = [
  { id: 'fw-edge', label: 'Pare-feu', x: 232, y: ROW.middle },
  { id: 'fw-internal', label: 'Pare-feu', x: 585, y: ROW.middle },
] as const

export function restaurantLocator(version = 'v41'): InfraState {
  return {
    zones: [
      { id: 'internet', kind: 'internet', label: 'Internet', x: 8, y: 24, width: 196, height: 368 },
      { id: 'dc-a', kind: 'datacenter', label: 'Datacenter A', x: 216, y: 8, width: 736, height: 384 },
      { id: 'public', kind: 'public', label: 'Zone publique', x: 256, y: 48, width: 300, height: 328 },
      { id: 'private', kind: 'private', label: 'Zone privée', x: 612, y: 48, width: 328, height: 328 },
    ],
    endpoints: [
      { id: 'users', kind: 'users', label: 'Utilisateurs', x: COLUMN.users, y: ROW.bottom },
      { id: 'dns', kind: 'dns', label: 'DNS', x: COLUMN.users, y: ROW.top - 40 },
    ],
    machines: [
      m('lb', 'lb', 'Répartiteur', COLUMN.lb, ROW.middle),
      m('front-1', 'front', 'Front 1', COLUMN.front, ROW.top, version),
      m('front-2', 'front', 'Front 2', COLUMN.front, ROW.bottom, version),
      m('back-1', 'back', 'Back 1', COLUMN.back, ROW.top, version),
      m('back-2', 'back', 'Back 2', COLUMN.back, ROW.bottom, version),
      m('db-primary', 'db-primary', 'Base', COLUMN.db, ROW.top),
      m('db-replica', 'db-replica', 'Réplique', COLUMN.db, ROW.bottom),
    ],
    links: [
      link('users', 'dns'),
      link('users', 'lb'),
      link('lb', 'front-1'),
      link('lb', 'front-2'),
      link('front-1', 'back-1'),
      link('front-1', 'back-2'),
      link('front-2', 'back-1'),
      link('front-2', 'back-2'),
      link('back-1', 'db-primary'),
      link('back-2', 'db-primary'),
      link('db-primary', 'db-replica'),
    ],
  }
}

/** Free places where a demo can boot an extra machine of a role (e.g. a new back end during a rolling deploy). */
export const SPARE_SLOTS: Partial<Record<Role, readonly { x: number, y: number }[]>> = {
  back: [{ x: COLUMN.back, y: ROW.middle }],
  front: [{ x: COLUMN.front, y: ROW.middle }],
  'db-replica': [{ x: COLUMN.db, y: ROW.middle }],
}

/** The article's count: every machine of the service (DNS and users are not ours). */
export const MACHINE_COUNT = 7

/**
 * The disaster-recovery stage: the same service in datacenter A (top), and datacenter B (bottom)
 * that only holds the backups until production is rebuilt there. Compact: no network zones or
 * firewalls, two rows per datacenter; drawn in TWO_DC_VIEW_BOX.
 */
export const TWO_DC_VIEW_BOX = { width: 960, height: 440 } as const

const DC_COLUMN = { users: 62, lb: 250, front: 410, back: 590, db: 770, backup: 895 } as const
const DC_ROWS = { a: { top: 56, middle: 108, bottom: 160 }, b: { top: 278, middle: 330, bottom: 382 } } as const

/** The seven machines of one datacenter; ids get `suffix` (e.g. "-b") so both sites can coexist. */
export function datacenterMachines(dc: 'a' | 'b', version = 'v41'): Machine[] {
  const row = DC_ROWS[dc]
  const s = dc === 'a' ? '' : '-b'
  return [
    m(`lb${s}`, 'lb', 'Répartiteur', DC_COLUMN.lb, row.middle),
    m(`front-1${s}`, 'front', 'Front 1', DC_COLUMN.front, row.top, version),
    m(`front-2${s}`, 'front', 'Front 2', DC_COLUMN.front, row.bottom, version),
    m(`back-1${s}`, 'back', 'Back 1', DC_COLUMN.back, row.top, version),
    m(`back-2${s}`, 'back', 'Back 2', DC_COLUMN.back, row.bottom, version),
    m(`db-primary${s}`, 'db-primary', 'Base', DC_COLUMN.db, row.top),
    m(`db-replica${s}`, 'db-replica', 'Réplique', DC_COLUMN.db, row.bottom),
  ]
}

/** The links inside one datacenter, for the machines of datacenterMachines(dc). */
export function datacenterLinks(dc: 'a' | 'b'): Link[] {
  const s = dc === 'a' ? '' : '-b'
  return [
    link(`lb${s}`, `front-1${s}`),
    link(`lb${s}`, `front-2${s}`),
    link(`front-1${s}`, `back-1${s}`),
    link(`front-2${s}`, `back-2${s}`),
    link(`back-1${s}`, `db-primary${s}`),
    link(`back-2${s}`, `db-primary${s}`),
    link(`db-primary${s}`, `db-replica${s}`),
  ]
}

/** Production in A, backups shipped from A's replica to a store in B; B has no machines yet. */
export function twoDatacenters(version = 'v41'): InfraState {
  return {
    zones: [
      { id: 'dc-a', kind: 'datacenter', label: 'Datacenter A', x: 140, y: 6, width: 812, height: 206 },
      { id: 'dc-b', kind: 'datacenter', label: 'Datacenter B', x: 140, y: 228, width: 812, height: 206 },
    ],
    endpoints: [
      { id: 'users', kind: 'users', label: 'Utilisateurs', x: DC_COLUMN.users, y: 220 },
      { id: 'dns', kind: 'dns', label: 'DNS', x: DC_COLUMN.users, y: 64 },
      { id: 'backup', kind: 'backup', label: 'Sauvegardes', x: DC_COLUMN.backup, y: DC_ROWS.b.middle },
    ],
    machines: datacenterMachines('a', version),
    links: [
      link('users', 'dns'),
      link('users', 'lb'),
      ...datacenterLinks('a'),
      link('db-replica', 'backup'),
    ],
  }
}
