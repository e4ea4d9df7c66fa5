import { describe, expect, it } from 'vitest'
import { updateMachine } from './infra'
import { restaurantLocator } from './topology'
import { trafficLanes } from './traffic'

describe('traffic lanes', () => {
  const infra = restaurantLocator()

  it('flow on every live link of the request path, not to the DNS', () => {
    const ids = trafficLanes(infra).map(l => l.id)
    expect(ids).toContain('users--lb')
    expect(ids).toContain('back-1--db-primary')
    expect(ids).not.toContain('users--dns')
    expect(trafficLanes(infra).every(l => l.kind === 'ok')).toBe(true)
  })

  it('skip a back end out of rotation, and turn to errors around a sick one', () => {
    const benched = updateMachine(infra, 'back-2', { inRotation: false })
    expect(trafficLanes(benched).some(l => l.id.includes('back-2'))).toBe(false)
    const sick = updateMachine(infra, 'back-2', { status: 'degraded' })
    expect(trafficLanes(sick).filter(l => l.id.includes('back-2')).every(l => l.kind === 'error')).toBe(true)
  })
})
