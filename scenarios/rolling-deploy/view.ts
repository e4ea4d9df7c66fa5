import type { Counter, TrafficLane } from '../drawing'
import type { InfraState, MachineStatus } from '../infra'
import type { RollingState } from './index'
import type { RollingLayout } from './layout'
import { STATUS_LABEL_FR } from '../infra'
import { trafficLanes } from '../traffic'
import { healthyInRotation, NEW_VERSION } from './index'
import { ROLLING_LAYOUTS } from './layout'

/** The states this demo goes through, for its colour legend (a removed machine is simply faded). */
export const ROLLING_STATES: readonly MachineStatus[] = ['healthy', 'provisioning', 'draining']

export interface RollingView {
  /** The service without its DNS, which a deploy does not touch: its place holds the counters. */
  infra: InfraState
  lanes: TrafficLane[]
  /** Versions drawn in the new-version colour: the one being rolled out. */
  newVersions: readonly string[]
  counters: Counter[]
  description: string
}

function describeDeploy(state: RollingState): string {
  const backs = state.machines.filter(m => m.role === 'back' && m.status !== 'removed')
    .map(m => `${m.label} ${m.version} ${STATUS_LABEL_FR[m.status]}${m.inRotation ? ', dans le répartiteur' : ''}`)
  return `Le service de localisation de restaurants. Back ends : ${backs.join(' ; ')}. Back ends actifs : ${healthyInRotation(state).length}. Demandes servies : ${state.served}, erreurs : ${state.errors}.`
}

function withoutDns(state: RollingState): InfraState {
  return {
    zones: state.zones,
    endpoints: state.endpoints.filter(e => e.kind !== 'dns'),
    machines: state.machines,
    links: state.links.filter(l => l.from !== 'dns' && l.to !== 'dns'),
  }
}

/** What the rolling deploy draws at this state: its traffic, and the counters that prove nothing was lost. */
export function rollingDeployView(state: RollingState, layout: RollingLayout = ROLLING_LAYOUTS.landscape): RollingView {
  const infra = withoutDns(state)
  return {
    infra,
    lanes: trafficLanes(infra, layout.diagram),
    newVersions: [NEW_VERSION],
    counters: [
      { id: 'serving', label: 'Back ends actifs', value: healthyInRotation(state).length },
      { id: 'served', label: 'Demandes servies', value: state.served },
      { id: 'errors', label: 'Erreurs', value: state.errors, alarm: true },
    ],
    description: describeDeploy(state),
  }
}
