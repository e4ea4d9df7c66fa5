import type { DiffRow } from '../drawing'
import type { TopologyLayout } from '../topology-layout'
import type { DriftState } from './index'
import { RESTAURANT_LAYOUTS } from '../topology-layout'
import { differences, RELEASE, servers } from './index'

/** The four servers, two by two in their datacenter, left of the table. */
const DIAGRAM: TopologyLayout = {
  viewBox: RESTAURANT_LAYOUTS.landscape.viewBox,
  machine: RESTAURANT_LAYOUTS.landscape.machine,
  zones: { dc: { x: 16, y: 24, width: 340, height: 352 } },
  endpoints: {},
  places: {
    'srv-1': { x: 100, y: 150 },
    'srv-2': { x: 272, y: 150 },
    'srv-3': { x: 100, y: 290 },
    'srv-4': { x: 272, y: 290 },
  },
  firewalls: {},
}

export const SNOWFLAKE_LAYOUT = {
  diagram: DIAGRAM,
  /** The #SameButDifferent tag, under the servers. */
  tag: { x: 186, y: 356 },
  /** The table of differences, right of the datacenter. */
  panel: { x: 372, y: 24, width: 576, height: 352 },
} as const

export interface SnowflakeView {
  /** Servers changed by the last step, drawn thicker. */
  highlight: readonly string[]
  /** Versions drawn in the new-version colour: the release's. */
  newVersions: readonly string[]
  columns: { id: string, label: string }[]
  rows: DiffRow[]
  description: string
}

function describeDrift(state: DriftState): string {
  const diffs = differences(state)
  const label = (id: string) => state.machines.find(m => m.id === id)?.label ?? id
  const fleet = servers(state).map(m => `${m.label} ${m.version}${m.status === 'failing' ? ' en panne' : ''}`).join(', ')
  if (diffs.length === 0)
    return `Quatre serveurs identiques : ${fleet}. Aucune différence de configuration.`
  const listed = diffs.map(d => `${d.label} (${d.values.filter(v => v.outlier).map(v => `${label(v.server)} : ${v.value}`).join(', ')})`).join(' ; ')
  return `Quatre serveurs : ${fleet}. Différences : ${listed}.`
}

/** What the snowflake demo draws at this state: the servers, and the table of what differs. */
export function snowflakeDriftView(state: DriftState): SnowflakeView {
  return {
    highlight: state.touched,
    newVersions: [RELEASE.version],
    columns: servers(state).map(m => ({ id: m.id, label: m.label })),
    rows: differences(state).map(d => ({
      key: d.key,
      label: d.label,
      cells: d.values.map(v => ({ column: v.server, value: v.value, outlier: v.outlier })),
    })),
    description: describeDrift(state),
  }
}
