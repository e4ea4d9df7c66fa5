import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { machine } from '../infra'
import { allStates, captionAt, stateAt, stepCount } from '../scenario'
import { capacity, measure, SCRIPTED_FAILURE, selfHealing, serviceMode, signalLevel, timeToDetect, timeToRepair } from './index'

const states = allStates(selfHealing)
const sick = SCRIPTED_FAILURE
const lbTargets = (k: number) => stateAt(selfHealing, k).infra.machines.filter(m => m.inRotation).map(m => m.id)

describe('self-healing', () => {
  it('starts nominal, with every signal green', () => {
    const s = states[0]
    expect(serviceMode(s.infra)).toBe('nominal')
    expect(s.alert).toBeNull()
    for (const name of ['traffic', 'errors', 'latency', 'saturation'] as const)
      expect(signalLevel(name, s.signals)).toBe('ok')
  })

  it('shows the sickness on the signals before the alert fires', () => {
    const k = states.findIndex(s => machine(s.infra, sick).status === 'degraded')
    expect(k).toBe(1)
    expect(signalLevel('errors', states[k].signals)).toBe('crit')
    expect(signalLevel('latency', states[k].signals)).toBe('crit')
    expect(states[k].alert).toBeNull()
    expect(states[k + 1].alert).not.toBeNull()
  })

  it('never puts the sick machine back in the load balancer once it is set aside', () => {
    const asideAt = states.findIndex(s => machine(s.infra, sick).status === 'quarantined')
    expect(asideAt).toBeGreaterThan(0)
    for (let k = asideAt; k < states.length; k++) {
      expect(lbTargets(k)).not.toContain(sick)
      expect(machine(states[k].infra, sick).status).toBe('quarantined')
      for (const l of states[k].infra.links.filter(l => l.from === sick || l.to === sick))
        expect(l.status).not.toBe('up')
    }
  })

  it('keeps the sick machine (quarantined, not removed) to the end', () => {
    const last = states[states.length - 1]
    expect(machine(last.infra, sick).status).toBe('quarantined')
    expect(last.infra.machines.some(m => m.status === 'removed')).toBe(false)
  })

  it('ends with every role of the request path healthy at full capacity, and the alert cleared', () => {
    const last = states[states.length - 1]
    expect(serviceMode(last.infra)).toBe('nominal')
    expect(capacity(last.infra).percent).toBe(100)
    for (const role of ['lb', 'front', 'back', 'db-primary', 'db-replica'] as const) {
      const inService = last.infra.machines.filter(m => m.role === role && m.status === 'healthy')
      expect(inService.length, role).toBeGreaterThan(0)
    }
    expect(last.infra.machines.filter(m => m.role === 'back' && m.inRotation).every(m => m.status === 'healthy')).toBe(true)
    expect(last.alert).toBeNull()
    for (const name of ['traffic', 'errors', 'latency', 'saturation'] as const)
      expect(signalLevel(name, last.signals)).toBe('ok')
  })

  it('reports the remaining capacity during degraded mode', () => {
    const degraded = states.filter(s => serviceMode(s.infra) === 'degraded')
    expect(degraded.length).toBeGreaterThanOrEqual(3)
    for (const s of degraded) {
      const backs = s.infra.machines.filter(m => m.role === 'back' && m.inRotation && m.status === 'healthy').length
      expect(capacity(s.infra)).toEqual({ role: 'back', up: backs, total: 2, percent: backs * 50 })
      expect(capacity(s.infra).percent).toBe(50)
    }
  })

  it('never drops to zero capacity nor below N-1 back ends', () => {
    for (const s of states)
      expect(capacity(s.infra).up).toBeGreaterThanOrEqual(1)
  })

  it('starts the fresh machine from the image, wires it in, and only then lets it serve', () => {
    const k = states.findIndex(s => s.infra.machines.some(m => m.id === 'back-3'))
    expect(machine(states[k].infra, 'back-3')).toMatchObject({ status: 'provisioning', inRotation: false, version: 'v41' })
    expect(states[k].infra.links.some(l => l.to === 'back-3')).toBe(false)
    expect(states[k + 1].infra.links.filter(l => l.from === 'back-3' || l.to === 'back-3').length).toBe(3)
    expect(machine(states[k + 1].infra, 'back-3').status).toBe('provisioning')
    expect(machine(states[k + 2].infra, 'back-3').status).toBe('healthy')
  })

  it('times detection and repair in scenario time, moving forward', () => {
    for (let k = 1; k < states.length; k++)
      expect(states[k].at).toBeGreaterThanOrEqual(states[k - 1].at)
    const last = states[states.length - 1]
    expect(timeToDetect(last)).toBe(40)
    expect(timeToRepair(last)).toBe(155)
    expect(timeToRepair(states[states.length - 2])).toBeNull()
  })

  it('tells the script in the talk\'s words, the four repair phases numbered', () => {
    expect(Array.from({ length: stepCount(selfHealing) + 1 }, (_, k) => captionAt(selfHealing, k))).toEqual([
      'Tout va bien : deux back ends se partagent les recherches de restaurants.',
      'Back 2 tombe malade : latence et erreurs grimpent.',
      'L\'alerte se déclenche après 40 s.',
      'Le répartiteur ne lui envoie plus rien : mode dégradé, 50 % de capacité.',
      'Réparation 1 : on écarte Back 2, gardé pour comprendre la panne.',
      'Réparation 2 : une machine neuve démarre depuis l\'image.',
      'Réparation 3 : on la branche au réseau et au répartiteur.',
      'Réparation 4 : les vérifications passent, retour à la normale.',
    ])
  })

  it('has a caption for every step, and clamps out-of-range steps', () => {
    for (let k = 0; k <= stepCount(selfHealing); k++)
      expect(captionAt(selfHealing, k).length).toBeGreaterThan(10)
    expect(stateAt(selfHealing, -5)).toBe(states[0])
    expect(stateAt(selfHealing, 99)).toBe(states[states.length - 1])
    expect(stateAt(selfHealing, Number.NaN)).toBe(states[0])
  })

  it('measures a service that is down as all errors', () => {
    const down = { ...states[0].infra, machines: states[0].infra.machines.map(m => m.role === 'lb' ? { ...m, status: 'failing' as const } : m) }
    expect(serviceMode(down)).toBe('down')
    expect(measure(down, 1000)).toEqual({ traffic: 1000, errors: 100, latency: null, saturation: 0 })
  })

  it('is declared on its slide with one click per step (Slidev\'s print/export counts on it)', () => {
    const slide = readFileSync(new URL('../../pages/demos/self-healing.md', import.meta.url), 'utf8')
    expect(slide).toContain('<SelfHealing />')
    expect(Number(slide.match(/^clicks:\s*(\d+)\s*$/m)?.[1])).toBe(stepCount(selfHealing))
  })
})
