import { describe, expect, it } from 'vitest'
import { allStates, stepCount } from '../scenario'
import { datacenterLoss, datacenterOf } from './index'
import { datacenterLossView } from './view'

const states = allStates(datacenterLoss)
const views = states.map(datacenterLossView)
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
    expect(text(0)).toEqual(['dns:→ A:ok', 'requests:Servis:ok'])
    expect(text(cutAt)).toEqual(['dns:→ A:crit', 'requests:Erreurs:crit', 'cut:A injoignable:crit'])
    expect(text(last)).toEqual(['dns:→ B:ok', 'requests:Servis:ok', 'cut:A injoignable:crit'])
  })

  it('spans the cut while it lasts, then the data lost and the time to return', () => {
    expect(views[0].timeline.spans).toEqual([])
    expect(views[cutAt].timeline.spans.map(s => s.label)).toEqual(['Coupure en cours'])
    expect(views[last].timeline.spans.map(s => s.label)).toEqual(['Données perdues (RPO) : 2 h 30', 'Coupure (RTO) : 50 min'])
    expect(views[last].timeline.spans[0].lost).toBe(true)
    expect(views[last].timeline.timeOfDay).toBe(true)
  })

  it('exposes where DNS and users go, and RPO and RTO once known', () => {
    expect(views[0].attributes).toEqual({ 'data-dns-target': 'dc-a', 'data-users-reach': 'dc-a', 'data-requests': 'ok', 'data-cut-zones': '', 'data-rpo': '', 'data-rto': '' })
    expect(views[last].attributes).toMatchObject({ 'data-dns-target': 'dc-b', 'data-requests': 'ok', 'data-rpo': '150', 'data-rto': '50' })
  })

  it('describes both datacenters and where requests go', () => {
    expect(views[cutAt].description).toBe('Datacenter A : coupé du monde, ses 7 machines tournent toujours. Datacenter B : les sauvegardes seulement. Le DNS pointe vers A ; les requêtes des utilisateurs échouent.')
  })
})
