import type { Badge, Gauge, Timeline, TimelineSpan, TrafficLane } from '../drawing'
import type { Role } from '../infra'
import type { Capacity, GoldenSignals, RecoveryState, ServiceMode } from './index'
import { badgeWidth } from '../drawing'
import { STATUS_LABEL_FR } from '../infra'
import { firstEvent, formatClock } from '../recovery'
import { VIEW_BOX } from '../topology'
import { trafficLanes } from '../traffic'
import { capacity, serviceMode, signalLevel, timeToDetect, timeToRepair } from './index'

export const RECOVERY_LAYOUT = {
  /** The diagram, then a band for the signals and the timeline. */
  height: VIEW_BOX.height + 92,
  /** Badges line up from this right edge, leftwards. */
  badges: { right: 944, y: 14, gap: 8 },
  chaosBadge: { x: 12, y: 358 },
  signals: { x: 8, y: VIEW_BOX.height + 12 },
  timeline: { x: 492, y: VIEW_BOX.height + 12, width: 460 },
  /** The timeline shows at least this many seconds, and always a little past now. */
  timelineSpan: { min: 240, ahead: 20 },
} as const

const MODE_LABEL_FR: Record<ServiceMode, string> = { nominal: 'Nominal', degraded: 'Mode dégradé', down: 'Service coupé' }

const MODE_TONE: Record<ServiceMode, Badge['tone']> = { nominal: 'ok', degraded: 'warn', down: 'crit' }

const ROLE_LABEL_FR: Record<Role, [singular: string, plural: string]> = {
  'lb': ['répartiteur', 'répartiteurs'],
  'front': ['front', 'fronts'],
  'back': ['back end', 'back ends'],
  'db-primary': ['BDD primaire', 'BDD primaires'],
  'db-replica': ['réplique', 'répliques'],
  'server': ['serveur', 'serveurs'],
}

/** "1/2 back ends · 50 %": the remaining capacity, as the slide shows it. */
function capacityLabel(c: Capacity): string {
  return `${c.up}/${c.total} ${ROLE_LABEL_FR[c.role][c.total > 1 ? 1 : 0]} · ${c.percent} %`
}

export interface RecoveryView {
  lanes: TrafficLane[]
  badges: Badge[]
  signals: Gauge[]
  timeline: Timeline
  /** What the frame exposes on the DOM for tests and tools. */
  attributes: Record<string, string>
  description: string
}

const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 })

/** The four golden signals as tiles; each gauge is full at the value where the panel's scale ends. */
export function signalTiles(s: GoldenSignals): Gauge[] {
  return ([
    ['traffic', 'Trafic', `${number.format(s.traffic)} req/s`, s.traffic / 1500],
    ['errors', 'Erreurs', `${number.format(s.errors)} %`, s.errors / 20],
    ['latency', 'Latence', s.latency === null ? '—' : `${number.format(s.latency)} ms`, (s.latency ?? 1500) / 1500],
    ['saturation', 'Saturation', `${number.format(s.saturation)} %`, s.saturation / 100],
  ] as const).map(([id, label, text, fill]) => ({
    id,
    label,
    text,
    value: s[id],
    fill: Math.min(1, Math.max(0.02, fill)),
    level: signalLevel(id, s),
  }))
}

function spans(state: RecoveryState): TimelineSpan[] {
  const incident = firstEvent(state, 'incident')
  const alert = firstEvent(state, 'alert')
  const ttd = timeToDetect(state)
  const ttr = timeToRepair(state)
  const out: TimelineSpan[] = []
  if (incident && alert && ttd !== null)
    out.push({ id: 'detect', from: incident.at, to: alert.at, label: `Détection ${formatClock(ttd)}`, tone: 'warn' })
  if (alert && ttr !== null)
    out.push({ id: 'repair', from: alert.at, to: alert.at + ttr, label: `Réparation ${formatClock(ttr)}`, tone: 'info' })
  return out
}

function describeRecovery(state: RecoveryState): string {
  const machines = state.infra.machines.map(m => `${m.label} ${STATUS_LABEL_FR[m.status]}`).join(', ')
  const c = capacity(state.infra)
  return `${MODE_LABEL_FR[serviceMode(state.infra)]}, ${capacityLabel(c)}. ${state.alert ? `Alerte : ${state.alert}. ` : ''}Machines : ${machines}.`
}

/**
 * What the self-healing demo draws at this state (scripted or in chaos mode, whose seed it
 * shows): traffic, the service mode and alert badges, the golden signals and the timeline.
 */
export function selfHealingView(state: RecoveryState, chaosSeed: number | null = null): RecoveryView {
  const { badges: row, chaosBadge, timelineSpan } = RECOVERY_LAYOUT
  const mode = serviceMode(state.infra)
  const cap = capacity(state.infra)
  const modeText = `${MODE_LABEL_FR[mode]} · ${capacityLabel(cap)}`
  const badges: Badge[] = []
  if (chaosSeed !== null)
    badges.push({ id: 'chaos', ...chaosBadge, text: `Mode chaos · graine ${chaosSeed}`, tone: 'info', icon: 'chaos' })
  badges.push({ id: 'mode', x: row.right, y: row.y, align: 'end', text: modeText, tone: MODE_TONE[mode], icon: 'gauge' })
  if (state.alert)
    badges.push({ id: 'alert', x: row.right - badgeWidth(modeText, true) - row.gap, y: row.y, align: 'end', text: `Alerte · ${state.alert}`, tone: 'crit', icon: 'alert' })
  const ttd = timeToDetect(state)
  const ttr = timeToRepair(state)
  return {
    lanes: trafficLanes(state.infra),
    badges,
    signals: signalTiles(state.signals),
    timeline: {
      from: 0,
      to: Math.max(timelineSpan.min, state.at + timelineSpan.ahead),
      now: state.at,
      events: state.events,
      spans: spans(state),
    },
    attributes: {
      'data-alert': state.alert ? 'firing' : 'none',
      'data-service-mode': mode,
      'data-capacity': String(cap.percent),
      'data-capacity-up': String(cap.up),
      'data-capacity-total': String(cap.total),
      'data-ttd': String(ttd ?? ''),
      'data-ttr': String(ttr ?? ''),
      'data-spof': state.spof ?? '',
    },
    description: describeRecovery(state),
  }
}
