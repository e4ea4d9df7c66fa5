import { describe, expect, it } from 'vitest'
import { anchor, serving } from './infra'
import { MACHINE_COUNT, MACHINE_SIZE, restaurantLocator, VIEW_BOX } from './topology'

describe('restaurant-locator topology', () => {
  const infra = restaurantLocator()

  it('has the article\'s 7 machines, all healthy', () => {
    expect(infra.machines).toHaveLength(MACHINE_COUNT)
    expect(infra.machines.every(m => m.status === 'healthy')).toBe(true)
    expect(serving(infra, 'back')).toHaveLength(2)
    expect(serving(infra, 'front')).toHaveLength(2)
  })

  it('links only things that exist', () => {
    for (const link of infra.links) {
      expect(() => anchor(infra, link.from)).not.toThrow()
      expect(() => anchor(infra, link.to)).not.toThrow()
    }
  })

  it('draws every machine inside the view box and inside its zone\'s datacenter', () => {
    const dc = infra.zones.find(z => z.kind === 'datacenter')!
    for (const m of infra.machines) {
      expect(m.x - MACHINE_SIZE.width / 2).toBeGreaterThanOrEqual(dc.x)
      expect(m.x + MACHINE_SIZE.width / 2).toBeLessThanOrEqual(Math.min(dc.x + dc.width, VIEW_BOX.width))
      expect(m.y - MACHINE_SIZE.height / 2).toBeGreaterThanOrEqual(0)
      expect(m.y + MACHINE_SIZE.height / 2).toBeLessThanOrEqual(VIEW_BOX.height)
    }
  })
})
