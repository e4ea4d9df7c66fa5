import type { InfraState, Link, Machine, Role } from './infra'
import { rotates } from './infra'

/**
 * The article's restaurant-locator service: users reach it through DNS and the internet;
 * in one datacenter, a load balancer and two front ends in the public zone, behind a firewall
 * two back ends and a primary database with its replica in the private zone.
 * That is the article's 7 machines. Where each one is drawn: scenarios/topology-layout.ts.
 */

function m(id: string, role: Role, label: string, version?: string): Machine {
  return { id, role, label, status: 'healthy', version, inRotation: rotates(role) ? true : undefined }
}

function link(from: string, to: string): Link {
  return { id: `${from}--${to}`, from, to, status: 'up' }
}

/** At the edge of the datacenter, and between its public and private zones. */
export const FIREWALLS = [
  { id: 'fw-edge', label: 'Pare-feu' },
  { id: 'fw-internal', label: 'Pare-feu' },
] as const

export function restaurantLocator(version = 'v41'): InfraState {
  return {
    zones: [
      { id: 'internet', kind: 'internet', label: 'Internet' },
      { id: 'dc-a', kind: 'datacenter', label: 'Datacenter A' },
      { id: 'public', kind: 'public', label: 'Zone publique' },
      { id: 'private', kind: 'private', label: 'Zone privée' },
    ],
    endpoints: [
      { id: 'users', kind: 'users', label: 'Utilisateurs' },
      { id: 'dns', kind: 'dns', label: 'DNS' },
    ],
    machines: [
      m('lb', 'lb', 'Répartiteur'),
      m('front-1', 'front', 'Front 1', version),
      m('front-2', 'front', 'Front 2', version),
      m('back-1', 'back', 'Back 1', version),
      m('back-2', 'back', 'Back 2', version),
      m('db-primary', 'db-primary', 'Base'),
      m('db-replica', 'db-replica', 'Réplique'),
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

/** The free place where a demo can boot an extra machine of a role (e.g. a new back end during a rolling deploy), beside that role's pair. */
export const SPARE_PLACES: Partial<Record<Role, string>> = {
  'back': 'back-spare',
  'front': 'front-spare',
  'db-replica': 'db-replica-spare',
}

/** The article's count: every machine of the service (DNS and users are not ours). */
export const MACHINE_COUNT = 7

/** The seven machines of one datacenter; ids get `suffix` (e.g. "-b") so both sites can coexist. */
export function datacenterMachines(dc: 'a' | 'b', version = 'v41'): Machine[] {
  const suffix = dc === 'a' ? '' : '-b'
  return [
    m(`lb${suffix}`, 'lb', 'Répartiteur'),
    m(`front-1${suffix}`, 'front', 'Front 1', version),
    m(`front-2${suffix}`, 'front', 'Front 2', version),
    m(`back-1${suffix}`, 'back', 'Back 1', version),
    m(`back-2${suffix}`, 'back', 'Back 2', version),
    m(`db-primary${suffix}`, 'db-primary', 'Base'),
    m(`db-replica${suffix}`, 'db-replica', 'Réplique'),
  ]
}

/** The links inside one datacenter, for the machines of datacenterMachines(dc). */
export function datacenterLinks(dc: 'a' | 'b'): Link[] {
  const suffix = dc === 'a' ? '' : '-b'
  return [
    link(`lb${suffix}`, `front-1${suffix}`),
    link(`lb${suffix}`, `front-2${suffix}`),
    link(`front-1${suffix}`, `back-1${suffix}`),
    link(`front-2${suffix}`, `back-2${suffix}`),
    link(`back-1${suffix}`, `db-primary${suffix}`),
    link(`back-2${suffix}`, `db-primary${suffix}`),
    link(`db-primary${suffix}`, `db-replica${suffix}`),
  ]
}

/**
 * The disaster-recovery stage: the same service in datacenter A, and datacenter B that only holds
 * the backups until production is rebuilt there. No network zones or firewalls.
 */
export function twoDatacenters(version = 'v41'): InfraState {
  return {
    zones: [
      { id: 'dc-a', kind: 'datacenter', label: 'Datacenter A' },
      { id: 'dc-b', kind: 'datacenter', label: 'Datacenter B' },
    ],
    endpoints: [
      { id: 'users', kind: 'users', label: 'Utilisateurs' },
      { id: 'dns', kind: 'dns', label: 'DNS' },
      { id: 'backup', kind: 'backup', label: 'Sauvegardes' },
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
