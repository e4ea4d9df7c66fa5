import type { Badge, TrafficLane } from '../drawing'
import type { InfraState } from '../infra'
import type { HeldFigure } from '../recovery'
import type { Datacenter, DisasterState } from './index'
import type { DisasterLayout } from './layout'
import { formatDuration, withoutVersions } from '../recovery'
import { trafficLanes } from '../traffic'
import { dataLost, datacenterOf, downtime, OBJECTIVES, requestsSucceed } from './index'
import { DISASTER_LAYOUTS } from './layout'

export interface DisasterView {
  /** The diagram as drawn: the machines without their version pill, which this story does not need. */
  infra: InfraState
  lanes: TrafficLane[]
  badges: Badge[]
  /** The objectives set in advance (RPO, RTO), then what this scenario lost and how long it cut users off beside them. */
  figures: HeldFigure[]
  attributes: Record<string, string>
  description: string
}

const SITE_FR: Record<Datacenter, string> = { 'dc-a': 'A', 'dc-b': 'B' }

/** Requests flow only in the site users actually reach; the other one waits (or is cut off). */
function lanes(state: DisasterState, layout: DisasterLayout): TrafficLane[] {
  const machines = new Set(state.infra.machines.map(m => m.id))
  const reached = (id: string) => !machines.has(id) || datacenterOf(id) === state.usersReach
  return trafficLanes(state.infra, layout.diagram).filter((lane) => {
    const link = state.infra.links.find(l => l.id === lane.id)!
    return reached(link.from) && reached(link.to)
  })
}

/**
 * The two objectives the company set in advance (RPO, RTO), from the first step; each becomes what this
 * scenario measured against it from the step that knows the figure (the cut reads "en cours" until then).
 */
function figures(state: DisasterState): HeldFigure[] {
  const cut = state.events.some(e => e.kind === 'incident')
  const lost = dataLost(state)
  const down = downtime(state)
  const rpo = formatDuration(OBJECTIVES.rpo, 'minutes')
  const rto = formatDuration(OBJECTIVES.rto, 'minutes')
  const data: HeldFigure = lost === null
    ? { id: 'data-lost', figure: 'RPO', objective: `≤ ${rpo} de données perdues`, tone: 'ok' }
    : { id: 'data-lost', figure: `Données restées dans A : ${formatDuration(lost, 'minutes')}`, objective: `RPO ≤ ${rpo}`, tone: lost <= OBJECTIVES.rpo ? 'warn' : 'crit' }
  let time: HeldFigure = { id: 'downtime', figure: 'RTO', objective: `≤ ${rto} de coupure`, tone: 'ok' }
  if (down !== null)
    time = { id: 'downtime', figure: `Coupure : ${formatDuration(down, 'minutes')}`, objective: `RTO ≤ ${rto}`, tone: down <= OBJECTIVES.rto ? 'warn' : 'crit' }
  else if (cut)
    time = { id: 'downtime', figure: 'Coupure en cours', objective: `RTO ≤ ${rto}`, tone: 'crit' }
  return [data, time]
}

function describeDisaster(state: DisasterState): string {
  const site = (dc: Datacenter) => state.infra.machines.filter(m => datacenterOf(m.id) === dc)
  const machinesInA = site('dc-a')
  const machinesInB = site('dc-b')
  return [
    `Datacenter A : ${state.cutZones.includes('dc-a') ? 'coupé du monde, ses 7 machines tournent toujours' : `${machinesInA.length} machines servent les utilisateurs`}.`,
    `Datacenter B : ${machinesInB.length ? `${machinesInB.filter(m => m.status === 'healthy').length} machines prêtes sur ${machinesInB.length}` : 'les sauvegardes seulement'}.`,
    `Le DNS pointe vers ${SITE_FR[state.dnsTarget]} ; les requêtes des utilisateurs ${requestsSucceed(state) ? 'aboutissent' : 'échouent'}.`,
  ].join(' ')
}

/** What the disaster-recovery demo draws at this state: traffic where users go, DNS and service badges, the figures against their objectives. */
export function datacenterLossView(state: DisasterState, layout: DisasterLayout = DISASTER_LAYOUTS.landscape): DisasterView {
  const { dnsBadge, requestsBadge, cutBadge } = layout
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
    lanes: lanes(state, layout),
    badges,
    figures: figures(state),
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
