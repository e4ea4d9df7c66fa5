import type { Arrangement } from './drawing'
import type { InfraState } from './infra'
import type { TopologyLayout } from './topology-layout'
import { describe, expect, it } from 'vitest'
import { serving } from './infra'
import { diagramInk, linksThroughTexts, machineShapeInk, outside, overlaps } from './layout-checks'
import { datacenterMachines, MACHINE_COUNT, restaurantLocator, SPARE_PLACES, twoDatacenters } from './topology'
import { anchor, machineBox, RESTAURANT_LAYOUTS, TWO_DC_LAYOUTS } from './topology-layout'

const ARRANGEMENTS: readonly Arrangement[] = ['landscape', 'portrait']

describe('restaurant-locator topology', () => {
  const infra = restaurantLocator()

  it('has the article\'s 7 machines, all healthy', () => {
    expect(infra.machines).toHaveLength(MACHINE_COUNT)
    expect(infra.machines.every(m => m.status === 'healthy')).toBe(true)
    expect(serving(infra, 'back')).toHaveLength(2)
    expect(serving(infra, 'front')).toHaveLength(2)
  })

  it('links only things that exist', () => {
    const ends = new Set([...infra.machines, ...infra.endpoints].map(x => x.id))
    for (const link of infra.links)
      expect([link.from, link.to].filter(end => !ends.has(end))).toEqual([])
  })

  it('keeps a spare place for every role a demo can boot a new machine of', () => {
    expect(Object.keys(SPARE_PLACES).sort()).toEqual(['back', 'db-replica', 'front'])
  })
})

/** The service with a machine in every place, spare ones included: what a layout must find room for. */
function crowded(): InfraState {
  const infra = restaurantLocator()
  const spares = Object.entries(SPARE_PLACES).map(([role, place]) => ({ ...infra.machines.find(m => m.role === role)!, id: place, place }))
  return { ...infra, machines: [...infra.machines, ...spares] }
}

/** Both sites with every machine: A, and B once production is rebuilt there. */
function bothSites(): InfraState {
  const infra = twoDatacenters()
  return { ...infra, machines: [...infra.machines, ...datacenterMachines('b')] }
}

/** The names a layout's machine boxes must hold: every label of the demos (replacements numbered 3 to 6). */
const LABELS = ['Répartiteur', 'Front 1', 'Front 3', 'Back 1', 'Back 6', 'Base', 'Réplique', 'Réplique 2']

function checkLayout(name: string, layouts: Readonly<Record<Arrangement, TopologyLayout>>, full: () => InfraState, zoneOf: (machineId: string) => string, firewalls: boolean) {
  describe(`${name} layout`, () => {
    for (const arrangement of ARRANGEMENTS) {
      const layout = layouts[arrangement]
      const infra = full()
      describe(arrangement, () => {
        it('places every machine, spare places included, every endpoint, zone and firewall', () => {
          for (const link of infra.links)
            expect(() => [anchor(infra, layout, link.from), anchor(infra, layout, link.to)]).not.toThrow()
          expect(infra.zones.filter(z => !layout.zones[z.id]).map(z => z.id)).toEqual([])
          if (firewalls)
            expect(Object.keys(layout.firewalls).sort()).toEqual(['fw-edge', 'fw-internal'])
        })

        it('overlaps nothing: machines, endpoints and their names, zones\' names, firewalls', () => {
          expect(overlaps(diagramInk(infra, layout, firewalls))).toEqual([])
        })

        it('runs no link through a name', () => {
          expect(linksThroughTexts(infra, layout, diagramInk(infra, layout, firewalls), arrangement)).toEqual([])
        })

        it('fits everything in its view box, each machine inside its zone', () => {
          expect(outside(diagramInk(infra, layout, firewalls), layout.viewBox)).toEqual([])
          for (const zone of Object.values(layout.zones))
            expect(outside([{ what: 'zone', ...zone }], layout.viewBox)).toEqual([])
          for (const m of infra.machines)
            expect(outside([{ what: m.id, ...machineBox(layout, m) }], layout.zones[zoneOf(m.id)]), m.id).toEqual([])
        })

        it('writes every machine\'s name inside its box, clear of its icon, version pill and dot', () => {
          const box = { x: 0, y: 0, ...layout.machine }
          for (const label of LABELS) {
            const ink = machineShapeInk(layout, label, true)
            expect(outside(ink, box), label).toEqual([])
            expect(overlaps(ink), label).toEqual([])
          }
        })

        if (arrangement === 'portrait') {
          it('writes names 14 units tall or more: about 14 px on a phone', () => {
            expect(layout.machine.label.size).toBeGreaterThanOrEqual(14)
            expect(layout.viewBox.width).toBeLessThanOrEqual(370)
          })
        }
      })
    }
  })
}

const RESTAURANT_ZONE: Record<string, string> = { 'lb': 'public', 'front': 'public', 'back': 'private', 'db': 'private' }
checkLayout('restaurant-locator', RESTAURANT_LAYOUTS, crowded, id => RESTAURANT_ZONE[id.replace(/-.*/, '')], true)
checkLayout('two datacenters', TWO_DC_LAYOUTS, bothSites, id => (id.endsWith('-b') ? 'dc-b' : 'dc-a'), false)
