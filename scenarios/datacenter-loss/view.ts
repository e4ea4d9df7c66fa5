import type { Badge, Timeline, TrafficLane } from '../drawing'
import type { InfraState } from '../infra'
import type { NotedSpan } from '../recovery'
import type { Datacenter, DisasterState } from './index'
import { firstEvent, formatDuration, readableSize, withoutVersions } from '../recovery'
import { TWO_DC_VIEW_BOX } from '../topology'
import { trafficLanes } from '../traffic'
import { dataLost, datacenterOf, downtime, OBJECTIVES, requestsSucceed } from './index'

const BAND = { top: TWO_DC_VIEW_BOX.height + 6, height: 82 }
const HEIGHT = BAND.top + BAND.height + 2

export const DISASTER_LAYOUT = {
  /** The two datacenters, then a band for the timeline. */
  height: HEIGHT,
  /** Every label this demo adds is drawn at least this big (drawing units), so it reads as 14 px on the slide. */
  text: { label: readableSize(HEIGHT) },
  dnsBadge: { x: 4, y: 116 },
  requestsBadge: { x: 4, y: 270 },
  cutBadge: { x: 150, y: 174 },
  timeline: { x: 8, y: BAND.top, width: 944, height: BAND.height },
  /** The timeline's range, minutes since midnight: from before the last backup to after the return. */
  timelineRange: { from: 11 * 60 + 45, to: 15 * 60 + 35 },
} as const

export interface DisasterView {
  /** The diagram as drawn: the machines without their version pill, which this story does not need. */
  infra: InfraState
  lanes: TrafficLane[]
  badges: Badge[]
  timeline: Omit<Timeline, 'spans'> & { spans: readonly NotedSpan[] }
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

/**
 * The data this scenario lost and how long it cut users off, each beside the objective the company
 * set in advance (RPO, RTO): shown from the step that knows the figure; the cut reads "en cours" until then.
 */
function spans(state: DisasterState): NotedSpan[] {
  const cut = firstEvent(state, 'incident')
  const lost = dataLost(state)
  const down = downtime(state)
  const out: NotedSpan[] = []
  if (state.lostData && lost !== null)
    out.push({ id: 'data-lost', from: state.lostData.from, to: state.lostData.to, label: `Données perdues : ${formatDuration(lost, 'minutes')}`, note: ` · objectif (RPO) ≤ ${formatDuration(OBJECTIVES.rpo, 'minutes')}`, tone: 'crit', lost: true })
  if (cut) {
    out.push(down === null
      ? { id: 'downtime', from: cut.at, to: state.at, label: 'Coupure en cours', tone: 'warn' }
      : { id: 'downtime', from: cut.at, to: cut.at + down, label: `Coupure : ${formatDuration(down, 'minutes')}`, note: ` · objectif (RTO) ≤ ${formatDuration(OBJECTIVES.rto, 'minutes')}`, tone: 'warn' })
  }
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
    { id: 'dns', ...dnsBadge, text: `DNS → ${SITE_FR[state.dnsTarget]}`, tone: state.dnsTarget === 'dc-a' && state.cutZones.length ? 'crit' : 'ok', icon: 'dns' },
    { id: 'requests', ...requestsBadge, text: ok ? 'Servis' : 'Erreurs', tone: ok ? 'ok' : 'crit', icon: ok ? 'ok' : 'alert' },
  ]
  if (aCut)
    badges.push({ id: 'cut', ...cutBadge, text: 'A injoignable', tone: 'crit', icon: 'cut' })
  return {
    infra: withoutVersions(state.infra),
    lanes: lanes(state),
    badges,
    timeline: {
      ...timelineRange,
      now: state.at,
      events: state.events,
      spans: spans(state),
    },
    attributes: {
      'data-dns-target': state.dnsTarget,
      'data-users-reach': state.usersReach,
      'data-requests': ok ? 'ok' : 'error',
      'data-cut-zones': state.cutZones.join(' '),
      'data-lost': String(dataLost(state) ?? ''),
      'data-downtime': String(downtime(state) ?? ''),
      'data-rpo-objective': String(OBJECTIVES.rpo),
      'data-rto-objective': String(OBJECTIVES.rto),
    },
    description: describeDisaster(state),
  }
}
