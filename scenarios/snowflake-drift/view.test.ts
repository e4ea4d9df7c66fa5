import { describe, expect, it } from 'vitest'
import { textWidth } from '../drawing'
import { allStates, stateAt, stepCount } from '../scenario'
import { differences, snowflakeDrift } from './index'
import { SNOWFLAKE_LAYOUTS } from './layout'
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

describe('snowflake drift layouts', () => {
  it.each(Object.entries(SNOWFLAKE_LAYOUTS))('%s: the datacenter, the tag and the table inside the drawing, the table clear of the datacenter, its empty message within it', (_, layout) => {
    const { width, height } = layout.viewBox
    const [zone] = stateAt(snowflakeDrift, 0).zones
    const box = layout.diagram.zones[zone.id]
    const dc = { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height }
    const { panel } = layout
    expect(dc.left >= 0 && dc.top >= 0 && dc.right <= width && dc.bottom <= height).toBe(true)
    expect(panel.x >= 0 && panel.y >= 0 && panel.x + panel.width <= width && panel.y + panel.height <= height).toBe(true)
    expect(panel.x >= dc.right || panel.y >= dc.bottom).toBe(true)
    expect(layout.tag.y).toBeLessThan(dc.bottom)
    const { shape } = panel
    const rows = stateAt(snowflakeDrift, stepCount(snowflakeDrift)).configs
    expect(shape.rows.top + Object.keys(Object.values(rows)[0]).length * shape.rows.height).toBeLessThanOrEqual(panel.height)
    const { empty } = snowflakeDriftView(stateAt(snowflakeDrift, 0), layout)
    for (const line of empty)
      expect(shape.empty.x + textWidth(line, shape.empty.size)).toBeLessThanOrEqual(panel.width - shape.empty.x)
  })

  it('portrait: about a phone\'s width, the table under the servers, every text at 14 units or more', () => {
    const { portrait } = SNOWFLAKE_LAYOUTS
    expect(portrait.viewBox.width).toBeLessThanOrEqual(380)
    const { shape } = portrait.panel
    expect(Math.min(shape.title.size, shape.head.size, shape.key.size, shape.value.size, shape.empty.size)).toBeGreaterThanOrEqual(14)
    expect(snowflakeDriftView(stateAt(snowflakeDrift, 0), portrait).empty).toEqual(['Rien : les quatre serveurs sont', 'identiques.'])
    expect(snowflakeDriftView(stateAt(snowflakeDrift, 0)).empty).toEqual(['Rien : les quatre serveurs sont identiques.'])
  })
})
