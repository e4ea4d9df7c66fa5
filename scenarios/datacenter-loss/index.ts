import type { InfraState, Machine } from '../infra'
import type { TimelineEvent } from '../recovery'
import type { Scenario } from '../scenario'
import { addLink, updateLink } from '../infra'
import { firstEvent, formatClock, timedStep } from '../recovery'
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
  /** Writes made between these times exist nowhere any more (set once the restore shows it). */
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

/** Recovery point: the data written since the last backup, lost; known once the restore shows it. */
export function rpo(state: DisasterState): number | null {
  return state.lostData ? state.lostData.to - state.lostData.from : null
}

/** Recovery time: from the cut to the first successful request on B; null until then. */
export function rto(state: DisasterState): number | null {
  const cut = firstEvent(state, 'incident')
  const back = firstEvent(state, 'recovered')
  return cut && back ? back.at - cut.at : null
}

/** Minutes since midnight as HH:MM, the demo's clock. */
export function timeOfDay(minutes: number): string {
  return formatClock(minutes, true)
}

/** Durations as "2 h 30" / "50 min". */
export function formatDuration(minutes: number): string {
  const m = Math.max(0, Math.round(minutes))
  if (m < 60)
    return `${m} min`
  return m % 60 === 0 ? `${m / 60} h` : `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')}`
}

/** A step of this demo, on its clock of minutes since midnight. */
const step = timedStep<DisasterState>

const T = { start: 14 * 60 + 20, lastBackup: 12 * 60, cut: 14 * 60 + 30, alert: 14 * 60 + 33, rebuild: 14 * 60 + 40, restored: 15 * 60 + 10, dns: 15 * 60 + 15, back: 15 * 60 + 20 } as const

const setStatus = (machines: readonly Machine[], dc: Datacenter, status: Machine['status']) =>
  machines.map(m => (datacenterOf(m.id) === dc ? { ...m, status } : m))

export const DISASTER_TIMES = T

/** The disaster-recovery demo: a backhoe cuts datacenter A's fiber; production is rebuilt in B. */
export const datacenterLoss: Scenario<DisasterState> = {
  id: 'datacenter-loss',
  title: 'Perte du datacenter A et reconstruction dans le datacenter B',
  intro: `La production tourne dans A ; les sauvegardes partent vers B (dernière : ${timeOfDay(T.lastBackup)}).`,
  initial: {
    infra: twoDatacenters(),
    at: T.start,
    cutZones: [],
    dnsTarget: 'dc-a',
    usersReach: 'dc-a',
    lastBackupAt: T.lastBackup,
    lostData: null,
    events: [{ at: T.lastBackup, kind: 'backup', label: 'Sauvegarde' }],
  },
  steps: [
    step('Une pelleteuse arrache la fibre de A : tout y tourne, mais plus personne ne l\'atteint.', T.cut, { kind: 'incident', label: 'Fibre coupée' }, (s) => {
      const infra = updateLink(updateLink({ ...s.infra, machines: setStatus(s.infra.machines, 'dc-a', 'unreachable') }, 'users--lb', 'cut'), 'db-replica--backup', 'cut')
      return { infra, cutZones: ['dc-a'] }
    }),
    step('Les utilisateurs n\'obtiennent que des erreurs ; l\'alerte tombe.', T.alert, { kind: 'alert', label: 'Alerte' }, () => ({})),
    step('Grâce aux images et à l\'automatisation, la production renaît dans B.', T.rebuild, { kind: 'action', label: 'Reconstruction' }, (s) => {
      let infra: InfraState = { ...s.infra, machines: [...s.infra.machines, ...datacenterMachines('b').map(m => ({ ...m, status: 'provisioning' as const }))] }
      for (const l of datacenterLinks('b'))
        infra = addLink(infra, l)
      return { infra }
    }),
    step(`La base est restaurée depuis la sauvegarde de ${timeOfDay(T.lastBackup)} : tout ce qui a été écrit depuis est perdu.`, T.restored, { kind: 'action', label: 'Restauration' }, (s) => {
      const infra = addLink({ ...s.infra, machines: setStatus(s.infra.machines, 'dc-b', 'healthy') }, { id: 'backup--db-primary-b', from: 'backup', to: 'db-primary-b', status: 'up' })
      return { infra, lostData: { from: s.lastBackupAt, to: T.cut } }
    }),
    step('Le DNS pointe vers B, mais les caches gardent encore l\'ancienne adresse.', T.dns, { kind: 'action', label: 'DNS → B' }, s => ({
      dnsTarget: 'dc-b',
      infra: addLink(s.infra, { id: 'users--lb-b', from: 'users', to: 'lb-b', status: 'idle' }),
    })),
    step('Les caches expirent : les utilisateurs reviennent, servis par B.', T.back, { kind: 'recovered', label: 'Service rétabli' }, s => ({
      usersReach: 'dc-b',
      infra: updateLink(s.infra, 'users--lb-b', 'up'),
    })),
  ],
}
