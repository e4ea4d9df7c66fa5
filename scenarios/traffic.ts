import type { TrafficLane } from './drawing'
import type { InfraState, MachineStatus } from './infra'
import type { TopologyLayout } from './topology-layout'
import { rotates } from './infra'
import { anchor } from './topology-layout'

const SILENT: readonly MachineStatus[] = ['provisioning', 'quarantined', 'removed', 'unreachable', 'draining']
const SICK: readonly MachineStatus[] = ['degraded', 'failing']

/**
 * Ambient request lanes for a state: every live link whose ends take traffic; requests touching
 * a sick machine are drawn as errors. Decoration only: the state's own fields say what happened.
 */
export function trafficLanes(infra: InfraState, layout: TopologyLayout): TrafficLane[] {
  const status = (id: string) => infra.machines.find(m => m.id === id)?.status
  // Front and back ends out of the load balancer's rotation get no requests.
  const benched = (id: string) => infra.machines.some(m => m.id === id && rotates(m.role) && !m.inRotation)
  return infra.links
    .filter(l => l.status === 'up' && !SILENT.includes(status(l.from)!) && !SILENT.includes(status(l.to)!))
    .filter(l => !benched(l.from) && !benched(l.to))
    .filter(l => l.to !== 'dns' && l.to !== 'backup')
    .map(l => ({
      id: l.id,
      from: anchor(infra, layout, l.from),
      to: anchor(infra, layout, l.to),
      kind: SICK.includes(status(l.from)!) || SICK.includes(status(l.to)!) ? 'error' : 'ok',
    }))
}
