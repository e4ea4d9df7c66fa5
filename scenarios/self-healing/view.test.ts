import { describe, expect, it } from 'vitest'
import { badgeBox, shownScale } from '../recovery'
import { allStates, stateAt, stepCount } from '../scenario'
import { selfHealing } from './index'
import { SELF_HEALING_LAYOUTS } from './layout'
import { selfHealingView, signalTiles } from './view'

const LANDSCAPE = SELF_HEALING_LAYOUTS.landscape

const states = allStates(selfHealing)
const views = states.map(s => selfHealingView(s))
const last = stepCount(selfHealing)
const alertAt = states.findIndex(s => s.alert !== null)

describe('self-healing view', () => {
  it('shows the service mode with its capacity, and the alert beside it while it fires', () => {
    expect(views[0].badges.map(b => `${b.id}:${b.tone}:${b.text}`)).toEqual(['mode:ok:Nominal · 100 %'])
    expect(views[3].badges.find(b => b.id === 'mode')!.text).toBe('Mode dégradé · 50 %')
    const firing = views[alertAt].badges
    expect(firing.map(b => b.id)).toEqual(['mode', 'alert'])
    const [mode, alert] = firing
    expect(alert.tone).toBe('crit')
    expect(alert.x).toBe(mode.x - badgeBox(mode.text, LANDSCAPE.text.badge, true).width - LANDSCAPE.badges.gap)
    expect(alert.y).toBe(mode.y)
    expect(views[last].badges.map(b => b.id)).toEqual(['mode'])
  })

  it('puts the alert under the mode in the portrait arrangement', () => {
    const layout = SELF_HEALING_LAYOUTS.portrait
    const [mode, alert] = selfHealingView(states[alertAt], layout).badges
    expect(alert.x).toBe(mode.x)
    expect(alert.y).toBe(mode.y + badgeBox(mode.text, layout.text.badge, true).height + layout.badges.gap)
  })

  it('adds the chaos badge, with its seed, only in chaos mode', () => {
    expect(views[0].badges.some(b => b.id === 'chaos')).toBe(false)
    expect(selfHealingView(states[0], LANDSCAPE, 3).badges[0]).toMatchObject({ id: 'chaos', text: 'Chaos · graine 3' })
    // The reading page, where the portrait arrangement is drawn, has no chaos mode.
    expect(selfHealingView(states[0], SELF_HEALING_LAYOUTS.portrait, 3).badges.some(b => b.id === 'chaos')).toBe(false)
  })

  it('turns each golden signal into a tile at its alerting level', () => {
    const sick = signalTiles(states[1].signals)
    expect(sick.map(t => `${t.id}:${t.label}`)).toEqual(['latency:Latence', 'traffic:Trafic', 'errors:Erreurs', 'saturation:Saturation'])
    expect(sick.find(t => t.id === 'errors')!.level).toBe('crit')
    expect(signalTiles({ traffic: 900, errors: 100, latency: null, saturation: 0 }).find(t => t.id === 'latency'))
      .toMatchObject({ text: '—', value: null, fill: 1, level: 'crit' })
    for (const t of sick)
      expect(t.fill).toBeGreaterThan(0)
  })

  it('adds the time to detect once the alert fires, and the time to repair once it is over', () => {
    const said = (k: number) => views[k].durations.map(t => `${t.id}:${t.label} ${t.text}`)
    expect(said(alertAt - 1)).toEqual([])
    expect(said(alertAt)).toEqual(['detect:Détection 40 s'])
    expect(said(last - 1)).toEqual(['detect:Détection 40 s'])
    expect(said(last)).toEqual(['detect:Détection 40 s', 'repair:Réparation 2 min 35'])
    expect(views[last].durations.every(t => t.fill === undefined)).toBe(true)
  })

  it('exposes mode, capacity and times on the frame', () => {
    expect(views[last].attributes).toMatchObject({ 'data-service-mode': 'nominal', 'data-capacity': '100', 'data-ttd': '40', 'data-ttr': '155', 'data-spof': '' })
    expect(views[alertAt].attributes).toMatchObject({ 'data-alert': 'firing', 'data-ttr': '' })
  })

  it('draws the machines without version pills, and its own labels at a readable size', () => {
    expect(views[last].infra.machines.some(m => m.version !== undefined)).toBe(false)
    const scale = shownScale({ viewBox: LANDSCAPE.viewBox, max: LANDSCAPE.max! })
    expect(Math.min(LANDSCAPE.text.badge, LANDSCAPE.text.label) * scale).toBeGreaterThanOrEqual(14)
  })

  it('describes the mode, the alert and every machine', () => {
    expect(selfHealingView(stateAt(selfHealing, alertAt)).description).toMatch(/^Mode dégradé|^Nominal/)
    expect(views[alertAt].description).toContain('Alerte : ')
    expect(views[last].description).toContain('Back 2 écartée (gardée pour analyse)')
  })
})
