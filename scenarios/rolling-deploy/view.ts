import type { Counter, TrafficLane } from '../drawing'
import type { RollingState } from './index'
import { STATUS_LABEL_FR } from '../infra'
import { trafficLanes } from '../traffic'
import { NEW_VERSION } from './index'

export const ROLLING_LAYOUT = {
  /** The counters board, in the public zone under the load balancer. */
  counters: { x: 262, y: 266 },
} as const

export interface RollingView {
  lanes: TrafficLane[]
  /** Versions drawn in the new-version colour: the one being rolled out. */
  newVersions: readonly string[]
  counters: Counter[]
  description: string
}

function describeDeploy(state: RollingState): string {
  const backs = state.machines.filter(m => m.role === 'back' && m.status !== 'removed')
    .map(m => `${m.label} ${m.version} ${STATUS_LABEL_FR[m.status]}${m.inRotation ? ', dans le répartiteur' : ''}`)
  return `Le service de localisation de restaurants. Back ends : ${backs.join(' ; ')}. Requêtes servies : ${state.served}, erreurs : ${state.errors}.`
}

/** What the rolling deploy draws at this state: its traffic, and the counters that prove nothing was lost. */
export function rollingDeployView(state: RollingState): RollingView {
  return {
    lanes: trafficLanes(state),
    newVersions: [NEW_VERSION],
    counters: [
      { id: 'served', label: 'Requêtes servies', value: state.served },
      { id: 'errors', label: 'Erreurs', value: state.errors, alarm: true },
    ],
    description: describeDeploy(state),
  }
}
