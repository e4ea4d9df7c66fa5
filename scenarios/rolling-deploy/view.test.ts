import { describe, expect, it } from 'vitest'
import { allStates, stateAt } from '../scenario'
import { BACK_ENDS, healthyInRotation, rollingDeploy } from './index'
import { rollingDeployView } from './view'

describe('rolling deploy view', () => {
  it('shows the state\'s own counters, errors as an alarm, and never fewer than two back ends in service', () => {
    for (const state of allStates(rollingDeploy)) {
      const [inService, ...rest] = rollingDeployView(state).counters
      expect(inService).toEqual({ id: 'serving', label: 'Back ends actifs', value: healthyInRotation(state).length })
      expect(inService.value).toBeGreaterThanOrEqual(BACK_ENDS)
      expect(rest).toEqual([
        { id: 'served', label: 'Demandes servies', value: state.served },
        { id: 'errors', label: 'Erreurs', value: state.errors, alarm: true },
      ])
    }
  })

  it('sends no traffic to a back end that is booting or out of the load balancer', () => {
    const booting = rollingDeployView(stateAt(rollingDeploy, 1))
    expect(booting.lanes.some(l => l.id.includes('back-3'))).toBe(false)
    const joined = rollingDeployView(stateAt(rollingDeploy, 3))
    expect(joined.lanes.filter(l => l.id.includes('back-3')).map(l => l.kind)).toEqual(['ok', 'ok', 'ok'])
  })

  it('describes each back end with its version and state, and the counters', () => {
    expect(rollingDeployView(stateAt(rollingDeploy, 1)).description)
      .toBe('Le service de localisation de restaurants. Back ends : Back 1 v41 en bonne santé, dans le répartiteur ; Back 2 v41 en bonne santé, dans le répartiteur ; Back 3 v42 en démarrage. Back ends actifs : 2. Demandes servies : 1200, erreurs : 0.')
  })

  it('leaves out the DNS and its link, and only them', () => {
    const state = stateAt(rollingDeploy, 0)
    const { infra } = rollingDeployView(state)
    expect(infra.endpoints.map(e => e.id)).toEqual(state.endpoints.filter(e => e.id !== 'dns').map(e => e.id))
    expect(infra.links.map(l => l.id)).toEqual(state.links.filter(l => l.id !== 'users--dns').map(l => l.id))
    expect(infra.machines).toBe(state.machines)
  })
})
