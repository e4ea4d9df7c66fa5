import type { InfraState, Machine } from '../infra'
import type { TimelineEvent } from '../recovery'
import type { Scenario } from '../scenario'
import { addLink, updateLink } from '../infra'
import { firstEvent, formatDuration, formatTimeOfDay, timedStep } from '../recovery'
import { capacity } from '../self-healing'
import { datacenterLinks, datacenterMachines, twoDatacenters } from '../topology'

export type Datacenter = 'dc-a' | 'dc-b'

export interface DisasterState {
  infra: InfraState
  /** Scenario clock, in minutes since midnight (never wall-clock). */
  at: number
  cutZones: readonly Datacenter[]
  /** Where the DNS record points. */
  dnsTarget: Datacenter
  /** Where users' requests actually go: their resolvers cache the old answer until the TTL runs out. */
  usersReach: Datacenter
  /** Time of the last backup shipped to B. */
  lastBackupAt: number
  /**
   * Writes made between these times are missing from the database restored in B: after a fiber cut they
   * sit in A, out of reach (a fire would have destroyed them). Set once the restore shows it.
   */
  lostData: { from: number, to: number } | null
  events: readonly TimelineEvent[]
}

export function datacenterOf(machineId: string): Datacenter {
  return machineId.endsWith('-b') ? 'dc-b' : 'dc-a'
}

/** The machines of one site, as a diagram of their own (to ask what that site can serve). */
function site(infra: InfraState, dc: Datacenter): InfraState {
  return { ...infra, machines: infra.machines.filter(m => datacenterOf(m.id) === dc) }
}

/** Does a user request succeed? Only if the site users reach is connected and serves. */
export function requestsSucceed(state: DisasterState): boolean {
  const here = site(state.infra, state.usersReach)
  return !state.cutZones.includes(state.usersReach) && here.machines.length > 0 && capacity(here).percent > 0
}

/**
 * What the company decided in advance it can afford (the `rpo-rto` entry of components/talk/sources.ts), in minutes: the recovery point
 * objective (RPO), how much data it may lose, and the recovery time objective (RTO), how long it
 * may be cut off. A disaster is then measured against them.
 */
export const OBJECTIVES = { rpo: 4 * 60, rto: 60 } as const

/** Backups leave for B this often, in minutes: the RPO above is met by construction. */
export const BACKUP_EVERY = 4 * 60

/** The data the restored service goes without (written since the last backup, left in A), in minutes; known once the restore shows it. */
export function dataLost(state: DisasterState): number | null {
  return state.lostData ? state.lostData.to - state.lostData.from : null
}

/** How long this scenario cut users off: from the cut to the first successful request on B; null until then. */
export function downtime(state: DisasterState): number | null {
  const cut = firstEvent(state, 'incident')
  const back = firstEvent(state, 'recovered')
  return cut && back ? back.at - cut.at : null
}

/** A step of this demo, on its clock of minutes since midnight. */
const step = timedStep<DisasterState>

/** The story's times of day, in minutes since midnight. */
export const DISASTER_TIMES = { start: 14 * 60 + 20, lastBackup: 12 * 60, cut: 14 * 60 + 30, alert: 14 * 60 + 33, rebuild: 14 * 60 + 40, restored: 15 * 60 + 10, dns: 15 * 60 + 15, back: 15 * 60 + 20 } as const

const setStatus = (machines: readonly Machine[], dc: Datacenter, status: Machine['status']) =>
  machines.map(m => (datacenterOf(m.id) === dc ? { ...m, status } : m))

/** The disaster-recovery demo: a backhoe cuts datacenter A's fiber; production is rebuilt in B. */
export const datacenterLoss: Scenario<DisasterState> = {
  id: 'datacenter-loss',
  title: 'Datacenter A coupé du monde, production reconstruite dans le datacenter B',
  intro: `Le service tourne dans A ; une sauvegarde part vers B toutes les ${formatDuration(BACKUP_EVERY, 'minutes')} (dernière : ${formatTimeOfDay(DISASTER_TIMES.lastBackup)}).`,
  initial: {
    infra: twoDatacenters(),
    at: DISASTER_TIMES.start,
    cutZones: [],
    dnsTarget: 'dc-a',
    usersReach: 'dc-a',
    lastBackupAt: DISASTER_TIMES.lastBackup,
    lostData: null,
    events: [{ at: DISASTER_TIMES.lastBackup, kind: 'backup', label: 'Sauvegarde' }],
  },
  steps: [
    step(`${formatTimeOfDay(DISASTER_TIMES.cut)}, une pelleteuse coupe la fibre de A : tout tourne, personne n'y accède.`, DISASTER_TIMES.cut, { kind: 'incident', label: 'Fibre coupée' }, (s) => {
      const infra = updateLink(updateLink({ ...s.infra, machines: setStatus(s.infra.machines, 'dc-a', 'unreachable') }, 'users--lb', 'cut'), 'db-replica--backup', 'cut')
      return { infra, cutZones: ['dc-a'] }
    }),
    step('Les utilisateurs n\'ont que des erreurs ; l\'alerte tombe.', DISASTER_TIMES.alert, { kind: 'alert', label: 'Alerte' }, () => ({})),
    step('Grâce aux images et à l\'automatisation, la production renaît dans B.', DISASTER_TIMES.rebuild, { kind: 'action', label: 'Reconstruction' }, (s) => {
      let infra: InfraState = { ...s.infra, machines: [...s.infra.machines, ...datacenterMachines('b').map(m => ({ ...m, status: 'provisioning' as const }))] }
      for (const l of datacenterLinks('b'))
        infra = addLink(infra, l)
      return { infra }
    }),
    step(`Sauvegarde de ${formatTimeOfDay(DISASTER_TIMES.lastBackup)} restaurée dans B ; ce qui a suivi reste coincé dans A.`, DISASTER_TIMES.restored, { kind: 'action', label: 'Restauration' }, (s) => {
      const infra = addLink({ ...s.infra, machines: setStatus(s.infra.machines, 'dc-b', 'healthy') }, { id: 'backup--db-primary-b', from: 'backup', to: 'db-primary-b', status: 'up' })
      return { infra, lostData: { from: s.lastBackupAt, to: DISASTER_TIMES.cut } }
    }),
    step('Le DNS pointe vers B, mais l\'annuaire de votre opérateur garde l\'ancienne adresse.', DISASTER_TIMES.dns, { kind: 'action', label: 'DNS → B' }, s => ({
      dnsTarget: 'dc-b',
      infra: addLink(s.infra, { id: 'users--lb-b', from: 'users', to: 'lb-b', status: 'idle' }),
    })),
    step(`L'annuaire oublie l'ancienne adresse : ${formatDuration(DISASTER_TIMES.back - DISASTER_TIMES.cut, 'minutes')} de coupure, objectif ≤ ${formatDuration(OBJECTIVES.rto, 'minutes')}.`, DISASTER_TIMES.back, { kind: 'recovered', label: 'Service rétabli' }, s => ({
      usersReach: 'dc-b',
      infra: updateLink(s.infra, 'users--lb-b', 'up'),
    })),
  ],
}
