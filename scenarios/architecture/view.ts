import type { InfraState } from '../infra'
import type { ArchitectureState } from './index'
import { MACHINE_SIZE } from '../topology'
import { FIREWALLS_ID, visibleInfra } from './index'

export const ARCHITECTURE_LAYOUT = {
  /** Gap between a machine and the ring that calls it out. */
  machinePad: 8,
  /** A zone's ring sits just inside the zone's border. */
  zoneInset: 3,
  /** A zone's callout label, from the ring's top right corner. */
  zoneLabel: { dx: -12, dy: 20 },
  /** A machine's callout label, centred above its ring. */
  machineLabelDy: -6,
} as const

/** A ring around a weakness (dashed, labelled) or a strength. */
export interface Callout {
  id: string
  kind: 'weak' | 'strong'
  x: number
  y: number
  width: number
  height: number
  label?: { text: string, x: number, y: number, anchor: 'middle' | 'end' }
}

export interface ArchitectureView {
  /** What is revealed so far: the diagram draws only this. */
  infra: InfraState
  firewalls: boolean
  callouts: Callout[]
  description: string
}

const DESCRIPTION = 'Utilisateurs et DNS sur Internet ; dans un datacenter, un répartiteur de charge et deux front ends en zone publique, puis derrière un pare-feu deux back ends, une base de données principale et sa réplique en zone privée.'

function callout(state: ArchitectureState, id: string, kind: Callout['kind']): Callout {
  const { machinePad: pad, zoneInset: inset, zoneLabel, machineLabelDy } = ARCHITECTURE_LAYOUT
  const m = state.infra.machines.find(x => x.id === id)
  if (m) {
    const box = { x: m.x - MACHINE_SIZE.width / 2 - pad, y: m.y - MACHINE_SIZE.height / 2 - pad, width: MACHINE_SIZE.width + 2 * pad, height: MACHINE_SIZE.height + 2 * pad }
    return { id, kind, ...box, label: kind === 'weak' ? { text: 'point unique', x: box.x + box.width / 2, y: box.y + machineLabelDy, anchor: 'middle' } : undefined }
  }
  const z = state.infra.zones.find(x => x.id === id)
  if (!z)
    throw new Error(`Unknown machine or zone "${id}"`)
  const box = { x: z.x + inset, y: z.y + inset, width: z.width - 2 * inset, height: z.height - 2 * inset }
  return { id, kind, ...box, label: kind === 'weak' ? { text: 'un seul datacenter', x: box.x + box.width + zoneLabel.dx, y: box.y + zoneLabel.dy, anchor: 'end' } : undefined }
}

/** What the architecture diagram draws at this state: the revealed part, and the callouts. */
export function architectureView(state: ArchitectureState): ArchitectureView {
  return {
    infra: visibleInfra(state),
    firewalls: state.visible.includes(FIREWALLS_ID),
    callouts: [
      ...state.weaknesses.map(id => callout(state, id, 'weak')),
      ...state.strengths.map(id => callout(state, id, 'strong')),
    ],
    description: DESCRIPTION,
  }
}
