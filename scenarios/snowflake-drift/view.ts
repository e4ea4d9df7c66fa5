import type { DiffRow } from '../drawing'
import type { InfraState } from '../infra'
import type { DriftState } from './index'
import type { SnowflakeLayout } from './layout'
import { wrapText } from '../drawing'
import { differences, RELEASE, servers } from './index'
import { SNOWFLAKE_LAYOUTS } from './layout'

const EMPTY = 'Rien : les quatre serveurs sont identiques.'

export interface SnowflakeView {
  /** The servers as drawn. */
  infra: InfraState
  /** Servers changed by the last step, drawn thicker. */
  highlight: readonly string[]
  /** Versions drawn in the new-version colour: the release's. */
  newVersions: readonly string[]
  columns: { id: string, label: string }[]
  rows: DiffRow[]
  /** What the table says while nothing differs, in lines that fit it. */
  empty: string[]
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

/** What the snowflake demo draws at this state, laid out by `layout`: the servers, and the table of what differs. */
export function snowflakeDriftView(state: DriftState, layout: SnowflakeLayout = SNOWFLAKE_LAYOUTS.landscape): SnowflakeView {
  const { panel } = layout
  return {
    infra: state,
    highlight: state.touched,
    newVersions: [RELEASE.version],
    columns: servers(state).map(m => ({ id: m.id, label: m.label })),
    rows: differences(state).map(d => ({
      key: d.key,
      label: d.label,
      cells: d.values.map(v => ({ column: v.server, value: v.value, outlier: v.outlier })),
    })),
    empty: wrapText(EMPTY, panel.shape.empty.size, panel.width - 2 * panel.shape.empty.x),
    description: describeDrift(state),
  }
}
