import { describe, expect, it } from 'vitest'
import { allStates, stepCount } from '../scenario'
import { datacenterLoss, datacenterOf } from './index'
import { shownScale } from '../recovery'
import { DISASTER_LAYOUTS } from './layout'
import { datacenterLossView } from './view'

const LANDSCAPE = DISASTER_LAYOUTS.landscape
const states = allStates(datacenterLoss)
const views = states.map(s => datacenterLossView(s))
const last = stepCount(datacenterLoss)
const cutAt = states.findIndex(s => s.cutZones.includes('dc-a'))

describe('datacenter loss view', () => {
  it('draws traffic only inside the datacenter users reach', () => {
    views.forEach((view, k) => {
      const s = states[k]
      for (const lane of view.lanes) {
        const link = s.infra.links.find(l => l.id === lane.id)!
        for (const end of [link.from, link.to]) {
          if (s.infra.machines.some(m => m.id === end))
            expect(datacenterOf(end)).toBe(s.usersReach)
        }
      }
    })
    expect(views[0].lanes.length).toBeGreaterThan(0)
    expect(views[last].lanes.some(l => l.id.endsWith('-b'))).toBe(true)
  })

  it('badges where DNS points, whether requests succeed, and A cut off', () => {
    const text = (k: number) => views[k].badges.map(b => `${b.id}:${b.text}:${b.tone}`)
    expect(text(0)).toEqual(['dns:DNS → A:ok', 'requests:Servis:ok'])
    expect(text(cutAt)).toEqual(['dns:DNS → A:crit', 'requests:Erreurs:crit', 'cut:A injoignable:crit'])
    expect(text(last)).toEqual(['dns:DNS → B:ok', 'requests:Servis:ok', 'cut:A injoignable:crit'])
  })

  it('shows both objectives from the first step, then what was lost and taken beside each, from the step that knows it', () => {
    const said = (k: number) => views[k].figures.map(f => [f.figure, f.objective].filter(Boolean).join(' · '))
    const objectives = ['RPO · ≤ 4 h de données perdues', 'RTO · ≤ 1 h de coupure']
    expect(said(0)).toEqual(objectives)
    expect(said(cutAt)).toEqual([objectives[0], 'Coupure en cours · RTO ≤ 1 h'])
    const restored = states.findIndex(s => s.lostData !== null)
    expect(said(restored - 1)).toEqual([objectives[0], 'Coupure en cours · RTO ≤ 1 h'])
    expect(said(restored)).toEqual(['Données restées dans A : 2 h 30 · RPO ≤ 4 h', 'Coupure en cours · RTO ≤ 1 h'])
    expect(said(last)).toEqual(['Données restées dans A : 2 h 30 · RPO ≤ 4 h', 'Coupure : 50 min · RTO ≤ 1 h'])
    expect(views.every(v => v.figures.map(f => f.id).join() === 'data-lost,downtime')).toBe(true)
  })

  it('exposes where DNS and users go, what was lost and taken once known, and the objectives', () => {
    expect(views[0].attributes).toEqual({ 'data-dns-target': 'dc-a', 'data-users-reach': 'dc-a', 'data-requests': 'ok', 'data-cut-zones': '', 'data-lost': '', 'data-downtime': '', 'data-rpo-objective': '240', 'data-rto-objective': '60' })
    expect(views[last].attributes).toMatchObject({ 'data-dns-target': 'dc-b', 'data-requests': 'ok', 'data-lost': '150', 'data-downtime': '50' })
  })

  it('draws the machines without version pills, and its own labels at a readable size', () => {
    expect(views[last].infra.machines.some(m => m.version !== undefined)).toBe(false)
    expect(LANDSCAPE.text.label * shownScale({ viewBox: LANDSCAPE.viewBox, max: LANDSCAPE.max! })).toBeGreaterThanOrEqual(14)
  })

  it('describes both datacenters and where requests go', () => {
    expect(views[cutAt].description).toBe('Datacenter A : coupé du monde, ses 7 machines tournent toujours. Datacenter B : les sauvegardes seulement. Le DNS pointe vers A ; les requêtes des utilisateurs échouent.')
  })
})
