import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { allStates, captionAt, stateAt, stepCount } from '../scenario'
import { formatDuration, formatTimeOfDay } from '../recovery'
import { BACKUP_EVERY, dataLost, datacenterLoss, datacenterOf, DISASTER_TIMES, downtime, OBJECTIVES, requestsSucceed } from './index'

const states = allStates(datacenterLoss)
const last = states[states.length - 1]
const cutAt = states.findIndex(s => s.cutZones.includes('dc-a'))

describe('datacenter loss', () => {
  it('starts with production in A serving users, and backups shipped to B', () => {
    expect(requestsSucceed(states[0])).toBe(true)
    expect(states[0].infra.machines.every(m => datacenterOf(m.id) === 'dc-a')).toBe(true)
    expect(states[0].infra.links.find(l => l.to === 'backup')?.status).toBe('up')
  })

  it('keeps A\'s machines running but unreachable once the fiber is cut', () => {
    expect(cutAt).toBe(1)
    for (const s of states.slice(cutAt)) {
      const a = s.infra.machines.filter(m => datacenterOf(m.id) === 'dc-a')
      expect(a).toHaveLength(7)
      expect(a.every(m => m.status === 'unreachable')).toBe(true)
      expect(s.infra.links.find(l => l.id === 'users--lb')?.status).toBe('cut')
    }
  })

  it('lets no user request succeed while A is cut off, until DNS points to B', () => {
    for (const s of states.slice(cutAt)) {
      if (s.dnsTarget !== 'dc-b')
        expect(requestsSucceed(s)).toBe(false)
      if (requestsSucceed(s))
        expect(s.usersReach).toBe('dc-b')
    }
    expect(requestsSucceed(last)).toBe(true)
    expect(last.dnsTarget).toBe('dc-b')
  })

  it('measures the data the restored service goes without as the time since the last backup, known once the database is restored', () => {
    const restored = states.findIndex(s => s.lostData !== null)
    expect(restored).toBeGreaterThan(cutAt)
    expect(states.slice(0, restored).every(s => dataLost(s) === null)).toBe(true)
    expect(dataLost(last)).toBe(states[cutAt].at - last.lastBackupAt)
    expect(dataLost(last)).toBe(150)
    expect(formatDuration(dataLost(last)!, 'minutes')).toBe('2 h 30')
  })

  it('measures the downtime from the cut to the first successful request on B', () => {
    const firstOk = states.findIndex((s, k) => k > cutAt && requestsSucceed(s))
    expect(firstOk).toBe(states.length - 1)
    expect(downtime(states[firstOk - 1])).toBeNull()
    expect(downtime(last)).toBe(states[firstOk].at - states[cutAt].at)
    expect(formatDuration(downtime(last)!, 'minutes')).toBe('50 min')
  })

  it('holds what it lost and took against objectives set in advance, which its backup rhythm can meet', () => {
    expect(OBJECTIVES).toEqual({ rpo: 240, rto: 60 })
    expect(BACKUP_EVERY).toBeLessThanOrEqual(OBJECTIVES.rpo)
    expect(last.lastBackupAt % BACKUP_EVERY).toBe(0)
    expect(dataLost(last)).toBeLessThanOrEqual(OBJECTIVES.rpo)
    expect(downtime(last)).toBeLessThanOrEqual(OBJECTIVES.rto)
  })

  it('tells the script in the talk\'s words', () => {
    expect(Array.from({ length: stepCount(datacenterLoss) + 1 }, (_, k) => captionAt(datacenterLoss, k))).toEqual([
      'Le service tourne dans A ; une sauvegarde part vers B toutes les 4 h (dernière : 12:00).',
      '14:30, une pelleteuse coupe la fibre de A : tout tourne, personne n\'y accède.',
      'Les utilisateurs n\'ont que des erreurs ; l\'alerte tombe.',
      'Grâce aux images et à l\'automatisation, la production renaît dans B.',
      'Sauvegarde de 12:00 restaurée dans B ; ce qui a suivi reste coincé dans A.',
      'Le DNS pointe vers B, mais l\'annuaire de votre opérateur garde l\'ancienne adresse.',
      'L\'annuaire oublie l\'ancienne adresse : 50 min de coupure, objectif ≤ 1 h.',
    ])
  })

  it('rebuilds all seven machines in B and restores the database there', () => {
    expect(last.infra.machines.filter(m => datacenterOf(m.id) === 'dc-b' && m.status === 'healthy')).toHaveLength(7)
    expect(last.infra.links.find(l => l.id === 'backup--db-primary-b')?.status).toBe('up')
  })

  it('keeps its clock moving forward and captions every step; out-of-range steps clamp', () => {
    for (let k = 1; k < states.length; k++)
      expect(states[k].at).toBeGreaterThan(states[k - 1].at)
    expect(formatTimeOfDay(DISASTER_TIMES.cut)).toBe('14:30')
    for (let k = 0; k <= stepCount(datacenterLoss); k++)
      expect(captionAt(datacenterLoss, k).length).toBeGreaterThan(10)
    expect(stateAt(datacenterLoss, 100)).toBe(last)
    expect(stateAt(datacenterLoss, -2)).toBe(states[0])
  })

  it('is declared on its slide with one click per step (Slidev\'s print/export counts on it)', () => {
    const slide = readFileSync(new URL('../../pages/demos/datacenter-loss.md', import.meta.url), 'utf8')
    expect(slide).toContain('<DatacenterLoss />')
    expect(Number(slide.match(/^clicks:\s*(\d+)\s*$/m)?.[1])).toBe(stepCount(datacenterLoss))
  })
})
