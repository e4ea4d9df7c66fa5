import type { InfraState } from '../infra'
import type { ArchitectureLayout } from './layout'
import type { ArchitectureState } from './index'
import { machineBox } from '../topology-layout'
import { FIREWALLS_ID, visibleInfra } from './index'
import { ARCHITECTURE_LAYOUTS } from './layout'

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

function callout(state: ArchitectureState, layout: ArchitectureLayout, id: string, kind: Callout['kind']): Callout {
  const { machinePad: pad, zoneInset: inset, zoneLabel, machineLabel, text } = layout
  const machine = state.infra.machines.find(x => x.id === id)
  if (machine) {
    const at = machineBox(layout.diagram, machine)
    const box = { x: at.x - pad, y: at.y - pad, width: at.width + 2 * pad, height: at.height + 2 * pad }
    const label = machineLabel.side === 'above'
      ? { x: box.x + box.width / 2, y: box.y + machineLabel.dy, anchor: 'middle' as const }
      : { x: box.x - machineLabel.dx, y: box.y + box.height / 2 + text * 0.35, anchor: 'end' as const }
    return { id, kind, ...box, label: kind === 'weak' ? { text: 'point unique', ...label } : undefined }
  }
  const zone = layout.diagram.zones[id]
  if (!zone || !state.infra.zones.some(x => x.id === id))
    throw new Error(`Unknown machine or zone "${id}"`)
  const box = { x: zone.x + inset, y: zone.y + inset, width: zone.width - 2 * inset, height: zone.height - 2 * inset }
  return { id, kind, ...box, label: kind === 'weak' ? { text: 'un seul datacenter', x: box.x + box.width + zoneLabel.dx, y: box.y + zoneLabel.dy, anchor: 'end' } : undefined }
}

/** What the architecture diagram draws at this state: the revealed part, and the callouts. */
export function architectureView(state: ArchitectureState, layout: ArchitectureLayout = ARCHITECTURE_LAYOUTS.landscape): ArchitectureView {
  return {
    infra: visibleInfra(state),
    firewalls: state.visible.includes(FIREWALLS_ID),
    callouts: [
      ...state.weaknesses.map(id => callout(state, layout, id, 'weak')),
      ...state.strengths.map(id => callout(state, layout, id, 'strong')),
    ],
    description: DESCRIPTION,
  }
}
