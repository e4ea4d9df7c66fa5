import { describe, expect, it } from 'vitest'
import { allStates, stateAt } from '../scenario'
import { rollingDeploy } from './index'
import { rollingDeployView } from './view'

describe('rolling deploy view', () => {
  it('shows the state\'s own counters, errors as an alarm', () => {
    for (const state of allStates(rollingDeploy)) {
      expect(rollingDeployView(state).counters).toEqual([
        { id: 'served', label: 'Requêtes servies', value: state.served },
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
      .toBe('Le service de localisation de restaurants. Back ends : Back 1 v41 en bonne santé, dans le répartiteur ; Back 2 v41 en bonne santé, dans le répartiteur ; Back 3 v42 en démarrage. Requêtes servies : 1200, erreurs : 0.')
  })
})
