import type { Badge, Timeline, TimelineSpan, TrafficLane } from '../drawing'
import type { Datacenter, DisasterState } from './index'
import { firstEvent } from '../recovery'
import { TWO_DC_VIEW_BOX } from '../topology'
import { trafficLanes } from '../traffic'
import { datacenterOf, formatDuration, requestsSucceed, rpo, rto } from './index'

export const DISASTER_LAYOUT = {
  /** The two datacenters, then a band for the timeline. */
  height: TWO_DC_VIEW_BOX.height + 88,
  dnsBadge: { x: 10, y: 118 },
  requestsBadge: { x: 4, y: 272 },
  cutBadge: { x: 190, y: 176 },
  timeline: { x: 8, y: TWO_DC_VIEW_BOX.height + 8, width: 944 },
  /** The timeline's range, minutes since midnight: from before the last backup to after the return. */
  timelineRange: { from: 11 * 60 + 45, to: 15 * 60 + 35 },
} as const

export interface DisasterView {
  lanes: TrafficLane[]
  badges: Badge[]
  timeline: Timeline
  attributes: Record<string, string>
  description: string
}

const SITE_FR: Record<Datacenter, string> = { 'dc-a': 'A', 'dc-b': 'B' }

/** Requests flow only in the site users actually reach; the other one waits (or is cut off). */
function lanes(state: DisasterState): TrafficLane[] {
  const machines = new Set(state.infra.machines.map(m => m.id))
  const reached = (id: string) => !machines.has(id) || datacenterOf(id) === state.usersReach
  return trafficLanes(state.infra).filter((lane) => {
    const link = state.infra.links.find(l => l.id === lane.id)!
    return reached(link.from) && reached(link.to)
  })
}

/** The data lost since the last backup (RPO), and the cut until users are served again (RTO). */
function spans(state: DisasterState): TimelineSpan[] {
  const cut = firstEvent(state, 'incident')
  const lost = rpo(state)
  const down = rto(state)
  const out: TimelineSpan[] = []
  if (state.lostData && lost !== null)
    out.push({ id: 'rpo', from: state.lostData.from, to: state.lostData.to, label: `Données perdues (RPO) : ${formatDuration(lost)}`, tone: 'crit', lost: true })
  if (cut)
    out.push({ id: 'rto', from: cut.at, to: cut.at + (down ?? state.at - cut.at), label: down === null ? 'Coupure en cours' : `Coupure (RTO) : ${formatDuration(down)}`, tone: 'warn' })
  return out
}

function describeDisaster(state: DisasterState): string {
  const site = (dc: Datacenter) => state.infra.machines.filter(m => datacenterOf(m.id) === dc)
  const a = site('dc-a')
  const b = site('dc-b')
  return [
    `Datacenter A : ${state.cutZones.includes('dc-a') ? 'coupé du monde, ses 7 machines tournent toujours' : `${a.length} machines en service`}.`,
    `Datacenter B : ${b.length ? `${b.filter(m => m.status === 'healthy').length} machines prêtes sur ${b.length}` : 'les sauvegardes seulement'}.`,
    `Le DNS pointe vers ${SITE_FR[state.dnsTarget]} ; les requêtes des utilisateurs ${requestsSucceed(state) ? 'aboutissent' : 'échouent'}.`,
  ].join(' ')
}

/** What the disaster-recovery demo draws at this state: traffic where users go, DNS and service badges, the timeline. */
export function datacenterLossView(state: DisasterState): DisasterView {
  const { dnsBadge, requestsBadge, cutBadge, timelineRange } = DISASTER_LAYOUT
  const ok = requestsSucceed(state)
  const aCut = state.cutZones.includes('dc-a')
  const badges: Badge[] = [
    { id: 'dns', ...dnsBadge, text: `→ ${SITE_FR[state.dnsTarget]}`, tone: state.dnsTarget === 'dc-a' && state.cutZones.length ? 'crit' : 'ok', icon: 'dns' },
    { id: 'requests', ...requestsBadge, text: ok ? 'Servis' : 'Erreurs', tone: ok ? 'ok' : 'crit', icon: ok ? 'ok' : 'alert' },
  ]
  if (aCut)
    badges.push({ id: 'cut', ...cutBadge, text: 'A injoignable', tone: 'crit', icon: 'cut' })
  return {
    lanes: lanes(state),
    badges,
    timeline: {
      ...timelineRange,
      now: state.at,
      events: state.events,
      spans: spans(state),
      labelled: ['backup', 'incident', 'recovered'],
      timeOfDay: true,
    },
    attributes: {
      'data-dns-target': state.dnsTarget,
      'data-users-reach': state.usersReach,
      'data-requests': ok ? 'ok' : 'error',
      'data-cut-zones': state.cutZones.join(' '),
      'data-rpo': String(rpo(state) ?? ''),
      'data-rto': String(rto(state) ?? ''),
    },
    description: describeDisaster(state),
  }
}
