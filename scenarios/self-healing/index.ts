import type { InfraState, Machine, MachineStatus, Role } from '../infra'
import type { TimelineEvent } from '../recovery'
import type { Scenario, Step } from '../scenario'
import { addLink, addMachine, machine, rotates, serving, updateLink, updateMachine } from '../infra'
import { firstEvent, timedStep } from '../recovery'
import { restaurantLocator, SPARE_PLACES } from '../topology'

/** Google SRE's four golden signals, as the small monitoring panel shows them. */
export interface GoldenSignals {
  /** Requests per second reaching the service. */
  traffic: number
  /** Share of requests answered with an error, in %. */
  errors: number
  /** Latency seen by users (95th percentile), in ms; null when nothing answers. */
  latency: number | null
  /** Load of the busiest back ends, in %. */
  saturation: number
}

export type SignalLevel = 'ok' | 'warn' | 'crit'

export interface RecoveryState {
  infra: InfraState
  /** Scenario time of this step, in seconds since the scenario's origin. */
  at: number
  /** Requests per second the users send (what the service should absorb). */
  load: number
  signals: GoldenSignals
  /** Text of the alert that is firing, or null. */
  alert: string | null
  events: readonly TimelineEvent[]
  cutZones: readonly string[]
  /** The single point of failure the scenario ran into and cannot heal around, if any. */
  spof: string | null
}

export interface Capacity {
  /** The role that limits the service (the one furthest below its nominal count). */
  role: Role
  up: number
  total: number
  percent: number
}

export type ServiceMode = 'nominal' | 'degraded' | 'down'

/** Roles every request goes through, in order; the replica is not on the request path. */
const REQUEST_PATH: readonly Role[] = ['lb', 'front', 'back', 'db-primary']

const NOMINAL: Partial<Record<Role, number>> = Object.fromEntries(
  REQUEST_PATH.map(role => [role, restaurantLocator().machines.filter(m => m.role === role).length]),
)

/** Same rule as `serving()` for rotating roles; the others answer whenever they are up. */
function answers(infra: InfraState, m: Machine): boolean {
  if (rotates(m.role))
    return serving(infra, m.role).includes(m)
  return m.status === 'healthy' || m.status === 'degraded'
}

/**
 * What the service can still absorb at full quality: healthy machines that take traffic, per role;
 * the role furthest below its nominal count decides (on a tie, the most redundant one is shown).
 */
export function capacity(infra: InfraState): Capacity {
  let worst: Capacity | null = null
  for (const role of REQUEST_PATH) {
    const total = NOMINAL[role] ?? 1
    const up = Math.min(infra.machines.filter(m => m.role === role && m.status === 'healthy' && answers(infra, m)).length, total)
    const percent = Math.round((up / total) * 100)
    if (!worst || percent < worst.percent || (percent === worst.percent && total >= worst.total))
      worst = { role, up, total, percent }
  }
  return worst!
}

/** Down when a role on the request path has nothing that answers; degraded below full capacity. */
export function serviceMode(infra: InfraState): ServiceMode {
  if (REQUEST_PATH.some(role => !infra.machines.some(m => m.role === role && answers(infra, m))))
    return 'down'
  return capacity(infra).percent < 100 ? 'degraded' : 'nominal'
}

/** The golden signals that the infrastructure in this state would show for this load. */
export function measure(infra: InfraState, load: number): GoldenSignals {
  if (serviceMode(infra) === 'down')
    return { traffic: load, errors: 100, latency: null, saturation: 0 }
  const backs = infra.machines.filter(m => m.role === 'back' && answers(infra, m))
  const fronts = infra.machines.filter(m => m.role === 'front' && answers(infra, m))
  // A sick machine still in rotation answers half of its share with errors, and slowly.
  const sickShare = Math.max(
    backs.filter(m => m.status === 'degraded').length / backs.length,
    fronts.filter(m => m.status === 'degraded').length / fronts.length,
  )
  const healthyBacks = backs.filter(m => m.status === 'healthy').length || 1
  const saturation = Math.min(99, Math.round((load / (healthyBacks * 1400)) * 100))
  const errors = Math.round(sickShare * 25 * 10) / 10
  const latency = Math.round(90 + saturation * 1.2 + sickShare * 1800)
  return { traffic: load, errors, latency, saturation }
}

/** Alerting thresholds: what turns a signal orange or red on the panel. */
export function signalLevel(name: keyof GoldenSignals, signals: GoldenSignals): SignalLevel {
  const value = signals[name]
  switch (name) {
    case 'traffic': return signals.errors === 100 ? 'crit' : 'ok'
    case 'errors': return (value as number) >= 5 ? 'crit' : (value as number) >= 1 ? 'warn' : 'ok'
    case 'latency': return value === null || (value as number) >= 500 ? 'crit' : (value as number) >= 250 ? 'warn' : 'ok'
    case 'saturation': return signals.errors === 100 || (value as number) >= 95 ? 'crit' : (value as number) >= 80 ? 'warn' : 'ok'
  }
}

/** Time from the incident to the alert, in seconds; null until the alert fires. */
export function timeToDetect(state: RecoveryState): number | null {
  const incident = firstEvent(state, 'incident')
  const alert = firstEvent(state, 'alert')
  return incident && alert ? alert.at - incident.at : null
}

/** Time from the alert to the return to nominal, in seconds; null until then. */
export function timeToRepair(state: RecoveryState): number | null {
  const alert = firstEvent(state, 'alert')
  const recovered = firstEvent(state, 'recovered')
  return alert && recovered ? recovered.at - alert.at : null
}

export function initialRecoveryState(load = 1200, infra: InfraState = restaurantLocator()): RecoveryState {
  return { infra, at: 0, load, signals: measure(infra, load), alert: null, events: [], cutZones: [], spof: null }
}

/**
 * Every step of the recovery demos is built by one of these functions, so the scripted
 * self-healing and the chaos mode run exactly the same logic. Each returns a pure step.
 */
function step(caption: string, at: number, event: Omit<TimelineEvent, 'at'> | null, change: (s: RecoveryState) => Partial<RecoveryState>): Step<RecoveryState> {
  return timedStep(caption, at, event, change, s => ({ ...s, signals: measure(s.infra, s.load) }))
}

/** Front and back ends answer slowly and with errors; the others simply stop. */
function sickStatus(role: Role): MachineStatus {
  return rotates(role) ? 'degraded' : 'failing'
}

export interface Failure { id: string, label: string, role: Role }

export const steps = {
  fallSick: (f: Failure, at: number, caption: string) =>
    step(caption, at, { kind: 'incident', label: `${f.label} malade` }, s => ({ infra: updateMachine(s.infra, f.id, { status: sickStatus(f.role) }) })),

  raiseAlert: (at: number, alert: string, caption: string) =>
    step(caption, at, { kind: 'alert', label: 'Alerte' }, () => ({ alert })),

  /** The load balancer's health check stops sending requests to the sick machine. */
  outOfRotation: (f: Failure, at: number, caption: string) =>
    step(caption, at, null, s => ({ infra: updateMachine(s.infra, f.id, { status: 'failing', inRotation: false }) })),

  /** Set aside, cut off from traffic but kept running for the post-mortem. */
  setAside: (f: Failure, at: number, caption: string) =>
    step(caption, at, { kind: 'action', label: 'Écartée' }, (state) => {
      let infra = updateMachine(state.infra, f.id, { status: 'quarantined', inRotation: false })
      for (const l of infra.links.filter(l => l.from === f.id || l.to === f.id))
        infra = updateLink(infra, l.id, 'idle')
      return { infra }
    }),

  startFresh: (f: Failure, fresh: Machine, at: number, caption: string) =>
    step(caption, at, { kind: 'action', label: 'Machine neuve' }, state => ({
      infra: addMachine(state.infra, { ...fresh, status: 'provisioning', inRotation: false, version: machine(state.infra, f.id).version }),
    })),

  /** The fresh machine gets the sick one's links and registers with the load balancer. */
  wireIn: (f: Failure, fresh: Machine, at: number, caption: string) =>
    step(caption, at, { kind: 'action', label: 'Câblée' }, (state) => {
      let infra = state.infra
      for (const l of state.infra.links.filter(l => l.from === f.id || l.to === f.id)) {
        const from = l.from === f.id ? fresh.id : l.from
        const to = l.to === f.id ? fresh.id : l.to
        infra = addLink(infra, { id: `${from}--${to}`, from, to, status: 'up' })
      }
      return { infra: updateMachine(infra, fresh.id, { inRotation: rotates(fresh.role) ? true : undefined }) }
    }),

  passChecks: (fresh: Machine, at: number, caption: string) =>
    step(caption, at, { kind: 'recovered', label: 'Nominal' }, s => ({ infra: updateMachine(s.infra, fresh.id, { status: 'healthy' }), alert: null })),

  /** The whole datacenter is cut off: every machine keeps running, nobody reaches it. */
  cutDatacenter: (zone: string, at: number, caption: string) =>
    step(caption, at, { kind: 'incident', label: 'Datacenter coupé' }, (state) => {
      let infra: InfraState = { ...state.infra, machines: state.infra.machines.map(m => ({ ...m, status: 'unreachable' as const })) }
      for (const l of infra.links.filter(l => l.from === 'users' && l.to !== 'dns'))
        infra = updateLink(infra, l.id, 'cut')
      return { infra, cutZones: [...state.cutZones, zone] }
    }),

  /** No automatic repair exists for a single point of failure: say so, and stay down. */
  nameSpof: (spof: string, at: number, caption: string) =>
    step(caption, at, { kind: 'spof', label: 'Point unique' }, () => ({ spof })),
}

/** When each phase of a repair happens, in seconds of scenario time. */
export interface RepairTimings {
  alert: number
  outOfRotation: number
  setAside: number
  startFresh: number
  wireIn: number
  passChecks: number
}

export function failureOf(infra: InfraState, id: string): Failure {
  const target = machine(infra, id)
  return { id, label: target.label, role: target.role }
}

/** The fresh machine that replaces `f`, in the role's spare place. */
function replacementFor(infra: InfraState, f: Failure): Machine {
  const place = SPARE_PLACES[f.role]
  if (!place)
    throw new Error(`No spare place for role "${f.role}"`)
  const count = infra.machines.filter(m => m.role === f.role).length + 1
  const base = f.role === 'db-replica' ? 'Réplique' : f.label.replace(/\s*\d+$/, '')
  return { id: `${f.role}-${count}`, role: f.role, label: `${base} ${count}`, place, status: 'provisioning' }
}

/** Grammatical gender of a role's machines in French ("la BDD", "le back end"), for agreement in captions. */
const FEMININE: readonly Role[] = ['db-primary', 'db-replica']

/**
 * The article's automatic repair of one sick machine, one click per phase; the four repair
 * phases are numbered in the captions, so the talk can name them once, on this demo.
 */
export function healingSteps(infra: InfraState, failedId: string, timings: RepairTimings): Step<RecoveryState>[] {
  const failure = failureOf(infra, failedId)
  const fresh = replacementFor(infra, failure)
  const inRotation = rotates(failure.role)
  const peers = infra.machines.filter(m => m.role === failure.role).length
  const left = Math.round(((peers - 1) / peers) * 100)
  return [
    steps.fallSick(failure, 0, inRotation
      ? `${failure.label} tombe malade : latence et erreurs grimpent.`
      : `${failure.label} tombe en panne.`),
    steps.raiseAlert(timings.alert, inRotation ? `${failure.label}, erreurs > 5 %` : `${failure.label} muette`, `L'alerte se déclenche après ${timings.alert} s.`),
    ...(inRotation
      ? [steps.outOfRotation(failure, timings.outOfRotation, `Le répartiteur ne lui envoie plus rien : mode dégradé, ${left} % de capacité.`)]
      : []),
    steps.setAside(failure, timings.setAside, `Réparation 1 : on écarte ${failure.label}, ${FEMININE.includes(failure.role) ? 'gardée' : 'gardé'} pour comprendre la panne.`),
    steps.startFresh(failure, fresh, timings.startFresh, 'Réparation 2 : une machine neuve démarre depuis l\'image.'),
    steps.wireIn(failure, fresh, timings.wireIn, inRotation ? 'Réparation 3 : on la branche au réseau et au répartiteur.' : 'Réparation 3 : on la branche au réseau.'),
    steps.passChecks(fresh, timings.passChecks, 'Réparation 4 : les vérifications passent, retour à la normale.'),
  ]
}

export const SCRIPTED_FAILURE = 'back-2'

const SCRIPTED_TIMINGS: RepairTimings = { alert: 40, outOfRotation: 50, setAside: 65, startFresh: 75, wireIn: 165, passChecks: 195 }

/** The MCO demo: a back end falls sick and the platform repairs itself. */
export const selfHealing: Scenario<RecoveryState> = {
  id: 'self-healing',
  title: 'Auto-réparation du service de recherche de restaurants',
  intro: 'Tout va bien : deux back ends se partagent les recherches de restaurants.',
  initial: initialRecoveryState(),
  steps: healingSteps(restaurantLocator(), SCRIPTED_FAILURE, SCRIPTED_TIMINGS),
}
