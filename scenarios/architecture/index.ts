import type { InfraState, Machine, Role } from '../infra'
import type { Scenario } from '../scenario'
import { restaurantLocator } from '../topology'

/**
 * The article's missing diagram, drawn layer by layer over the shared topology: every step
 * reveals ids of `restaurantLocator()` (zones, endpoints, machines; links appear once both
 * ends are shown; `firewalls` stands for the two firewalls). A second scenario reviews the
 * finished picture: its single points of failure, then its strengths.
 */
export const FIREWALLS_ID = 'firewalls'

export interface ArchitectureState {
  infra: InfraState
  visible: readonly string[]
  /** Single points of failure called out (machine or zone ids). */
  weaknesses: readonly string[]
  /** Redundant pairs called out (machine ids). */
  strengths: readonly string[]
}

/** Roles whose machine only stands by: losing it stops nothing, so it cannot be a SPOF. */
const STANDBY_ROLES: readonly Role[] = ['db-replica']

/** Machines on the request path with no peer of the same role: if one falls, the service falls. */
export function singlePointsOfFailure(infra: InfraState): Machine[] {
  return infra.machines.filter(m =>
    !STANDBY_ROLES.includes(m.role) && infra.machines.filter(other => other.role === m.role).length === 1)
}

/** Machines that have a peer of the same role (or stand by for one). */
export function redundantMachines(infra: InfraState): Machine[] {
  const spof = new Set(singlePointsOfFailure(infra).map(m => m.id))
  return infra.machines.filter(m => !spof.has(m.id))
}

/** A datacenter alone is a SPOF too: it is where everything stands. */
export function singleDatacenters(infra: InfraState): string[] {
  const datacenters = infra.zones.filter(z => z.kind === 'datacenter')
  return datacenters.length === 1 ? [datacenters[0].id] : []
}

/** The state restricted to what is visible: what the diagram draws. */
export function visibleInfra(state: ArchitectureState): InfraState {
  const shown = new Set(state.visible)
  return {
    zones: state.infra.zones.filter(z => shown.has(z.id)),
    endpoints: state.infra.endpoints.filter(e => shown.has(e.id)),
    machines: state.infra.machines.filter(m => shown.has(m.id)),
    links: state.infra.links.filter(l => shown.has(l.from) && shown.has(l.to)),
  }
}

function reveal(...ids: string[]) {
  return (s: ArchitectureState): ArchitectureState => ({ ...s, visible: [...s.visible, ...ids] })
}

// Versions are not this picture's subject: one label less per machine.
const located = restaurantLocator()
const infra: InfraState = { ...located, machines: located.machines.map(m => ({ ...m, version: undefined })) }
const everything = [
  ...infra.zones.map(z => z.id),
  ...infra.endpoints.map(e => e.id),
  ...infra.machines.map(m => m.id),
  FIREWALLS_ID,
]

export const architectureBuild: Scenario<ArchitectureState> = {
  id: 'architecture',
  title: 'Architecture du service de localisation de restaurants',
  intro: 'Vous, les utilisateurs, quelque part sur Internet.',
  initial: { infra, visible: ['internet', 'users'], weaknesses: [], strengths: [] },
  steps: [
    { caption: 'Le DNS, l\'annuaire d\'Internet, donne l\'adresse du site.', apply: reveal('dns') },
    { caption: 'Dans le datacenter, un répartiteur de charge distribue les demandes.', apply: reveal('dc-a', 'lb') },
    { caption: 'Deux front ends affichent l\'application : ce que vous voyez.', apply: reveal('front-1', 'front-2') },
    { caption: 'Deux back ends cherchent les restaurants.', apply: reveal('back-1', 'back-2') },
    { caption: 'Une base de données et sa réplique, une copie à jour : 7 machines.', apply: reveal('db-primary', 'db-replica') },
    { caption: 'Zone publique, zone privée, un pare-feu face à Internet et un entre les zones.', apply: reveal('public', 'private', FIREWALLS_ID) },
  ],
}

const full: ArchitectureState = { infra, visible: everything, weaknesses: [], strengths: [] }

export const architectureReview: Scenario<ArchitectureState> = {
  id: 'architecture-review',
  title: 'Forces et faiblesses de l\'architecture',
  intro: 'Le schéma complet : 7 machines dans un seul datacenter.',
  initial: full,
  steps: [
    {
      caption: 'Points uniques de défaillance : un seul répartiteur, une seule base, un seul datacenter.',
      apply: s => ({ ...s, weaknesses: [...singlePointsOfFailure(s.infra).map(m => m.id), ...singleDatacenters(s.infra)] }),
    },
    {
      caption: 'Forces : front ends et back ends se relaient seuls ; la réplique garde les données.',
      apply: s => ({ ...s, strengths: redundantMachines(s.infra).map(m => m.id) }),
    },
  ],
}
