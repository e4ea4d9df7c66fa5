import type { InfraState, Machine } from '../infra'
import type { Scenario, Step } from '../scenario'
import type { TimelineEvent } from '../self-healing'
import { addLink, updateLink } from '../infra'
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

function eventAt(state: DisasterState, kind: TimelineEvent['kind']): number | null {
  return state.events.find(e => e.kind === kind)?.at ?? null
}

/** Recovery point: the data written since the last backup, lost; known once the restore shows it. */
export function rpo(state: DisasterState): number | null {
  return state.lostData ? state.lostData.to - state.lostData.from : null
}

/** Recovery time: from the cut to the first successful request on B; null until then. */
export function rto(state: DisasterState): number | null {
  const cut = eventAt(state, 'incident')
  const back = eventAt(state, 'recovered')
  return cut !== null && back !== null ? back - cut : null
}

/** Minutes since midnight as HH:MM; durations as "2 h 30" / "50 min". */
export function formatTime(minutes: number): string {
  const m = Math.max(0, Math.round(minutes))
  return `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
}

export function formatDuration(minutes: number): string {
  const m = Math.max(0, Math.round(minutes))
  if (m < 60)
    return `${m} min`
  return m % 60 === 0 ? `${m / 60} h` : `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')}`
}

function step(caption: string, at: number, event: Omit<TimelineEvent, 'at'> | null, change: (s: DisasterState) => Partial<DisasterState>): Step<DisasterState> {
  return {
    caption,
    apply: s => ({ ...s, ...change(s), at, events: event ? [...s.events, { ...event, at }] : s.events }),
  }
}

const T = { start: 14 * 60 + 20, lastBackup: 12 * 60, cut: 14 * 60 + 30, alert: 14 * 60 + 33, rebuild: 14 * 60 + 40, restored: 15 * 60 + 10, dns: 15 * 60 + 15, back: 15 * 60 + 20 } as const

const setStatus = (machines: readonly Machine[], dc: Datacenter, status: Machine['status']) =>
  machines.map(m => (datacenterOf(m.id) === dc ? { ...m, status } : m))

export const DISASTER_TIMES = T

/** The disaster-recovery demo: a backhoe cuts datacenter A's fiber; production is rebuilt in B. */
export const datacenterLoss: Scenario<DisasterState> = {
  id: 'datacenter-loss',
  title: 'Perte du datacenter A et reconstruction dans le datacenter B',
  intro: `La production tourne dans A ; les sauvegardes partent vers B (dernière : ${formatTime(T.lastBackup)}).`,
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
    step(`La base est restaurée depuis la sauvegarde de ${formatTime(T.lastBackup)} : tout ce qui a été écrit depuis est perdu.`, T.restored, { kind: 'action', label: 'Restauration' }, (s) => {
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

/** Text alternative of the drawing at this state. */
export function describeDisaster(state: DisasterState): string {
  const site = (dc: Datacenter) => state.infra.machines.filter(m => datacenterOf(m.id) === dc)
  const a = site('dc-a')
  const b = site('dc-b')
  return [
    `Datacenter A : ${state.cutZones.includes('dc-a') ? 'coupé du monde, ses 7 machines tournent toujours' : `${a.length} machines en service`}.`,
    `Datacenter B : ${b.length ? `${b.filter(m => m.status === 'healthy').length} machines prêtes sur ${b.length}` : 'les sauvegardes seulement'}.`,
    `Le DNS pointe vers ${state.dnsTarget === 'dc-a' ? 'A' : 'B'} ; les requêtes des utilisateurs ${requestsSucceed(state) ? 'aboutissent' : 'échouent'}.`,
  ].join(' ')
}
