import { describe, expect, it } from 'vitest'
import { updateMachine } from './infra'
import { restaurantLocator } from './topology'
import { RESTAURANT_LAYOUTS } from './topology-layout'
import { trafficLanes } from './traffic'

describe('traffic lanes', () => {
  const infra = restaurantLocator()
  const lanes = (state: typeof infra) => trafficLanes(state, RESTAURANT_LAYOUTS.landscape)

  it('flow on every live link of the request path, not to the DNS', () => {
    const ids = lanes(infra).map(l => l.id)
    expect(ids).toContain('users--lb')
    expect(ids).toContain('back-1--db-primary')
    expect(ids).not.toContain('users--dns')
    expect(lanes(infra).every(l => l.kind === 'ok')).toBe(true)
  })

  it('skip a back end out of rotation, and turn to errors around a sick one', () => {
    const benched = updateMachine(infra, 'back-2', { inRotation: false })
    expect(lanes(benched).some(l => l.id.includes('back-2'))).toBe(false)
    const sick = updateMachine(infra, 'back-2', { status: 'degraded' })
    expect(lanes(sick).filter(l => l.id.includes('back-2')).every(l => l.kind === 'error')).toBe(true)
  })

  it('run between the link\'s ends where the layout puts them', () => {
    const layout = RESTAURANT_LAYOUTS.portrait
    const lane = trafficLanes(infra, layout).find(l => l.id === 'users--lb')!
    expect([lane.from, lane.to]).toEqual([layout.endpoints.users, layout.places.lb])
  })
})
