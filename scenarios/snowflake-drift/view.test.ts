import { describe, expect, it } from 'vitest'
import { allStates, stateAt, stepCount } from '../scenario'
import { differences, snowflakeDrift } from './index'
import { snowflakeDriftView } from './view'

describe('snowflake drift view', () => {
  it('has one column per server and one row per difference, cells in column order', () => {
    for (const state of allStates(snowflakeDrift)) {
      const view = snowflakeDriftView(state)
      expect(view.columns.map(c => c.id)).toEqual(['srv-1', 'srv-2', 'srv-3', 'srv-4'])
      expect(view.rows.map(r => r.key)).toEqual(differences(state).map(d => d.key))
      for (const row of view.rows)
        expect(row.cells.map(c => c.column)).toEqual(view.columns.map(c => c.id))
    }
  })

  it('highlights the server just changed, and the ones the release broke', () => {
    expect(snowflakeDriftView(stateAt(snowflakeDrift, 1)).highlight).toEqual(['srv-2'])
    expect(snowflakeDriftView(stateAt(snowflakeDrift, stepCount(snowflakeDrift))).highlight).toEqual(['srv-4'])
  })

  it('describes identical servers, then names each outlier and the broken server', () => {
    expect(snowflakeDriftView(stateAt(snowflakeDrift, 0)).description).toMatch(/identiques.*Aucune différence/)
    const end = snowflakeDriftView(stateAt(snowflakeDrift, stepCount(snowflakeDrift))).description
    expect(end).toContain('Serveur 4 v42 en panne')
    expect(end).toContain('délai d\'attente (Serveur 4 : 120 s)')
  })
})
