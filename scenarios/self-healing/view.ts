import type { Badge, Gauge, Timeline, TrafficLane } from '../drawing'
import type { InfraState } from '../infra'
import type { GoldenSignals, RecoveryState, ServiceMode } from './index'
import { STATUS_LABEL_FR } from '../infra'
import { badgeBox, firstEvent, formatDuration, readableSize, withoutVersions } from '../recovery'
import { VIEW_BOX } from '../topology'
import { trafficLanes } from '../traffic'
import { capacity, serviceMode, signalLevel, timeToDetect, timeToRepair } from './index'

const BAND = { top: VIEW_BOX.height + 8, height: 62 }
const HEIGHT = BAND.top + BAND.height + 2

export const RECOVERY_LAYOUT = {
  /** The diagram, then a band for the signals and the timeline. */
  height: HEIGHT,
  /** Every label this demo adds is drawn at least this big (drawing units), so it reads as 14 px on the slide. */
  text: { label: readableSize(HEIGHT), value: readableSize(HEIGHT) + 5 },
  /** Badges line up from this right edge, leftwards. */
  badges: { right: 944, y: 12, gap: 10 },
  chaosBadge: { x: 12, y: 356 },
  signals: { x: 8, y: BAND.top, tileWidth: 134, gap: 8, height: BAND.height },
  timeline: { x: 580, y: BAND.top, width: 372, height: BAND.height },
  /** The timeline shows at least this many seconds, and always a little past now. */
  timelineSpan: { min: 240, ahead: 20 },
} as const

const MODE_LABEL_FR: Record<ServiceMode, string> = { nominal: 'Nominal', degraded: 'Mode dégradé', down: 'Service coupé' }

const MODE_TONE: Record<ServiceMode, Badge['tone']> = { nominal: 'ok', degraded: 'warn', down: 'crit' }

export interface RecoveryView {
  /** The diagram as drawn: the state's machines without their version pill, which this story does not need. */
  infra: InfraState
  lanes: TrafficLane[]
  badges: Badge[]
  signals: Gauge[]
  timeline: Timeline
  /** What the frame exposes on the DOM for tests and tools. */
  attributes: Record<string, string>
  description: string
}

const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 })

/**
 * The four golden signals (Google SRE book order) as tiles of one word and one value; each gauge
 * is full at the value where the panel's scale ends.
 */
export function signalTiles(s: GoldenSignals): Gauge[] {
  return ([
    ['latency', 'Latence', s.latency === null ? '—' : `${number.format(s.latency)} ms`, (s.latency ?? 1500) / 1500],
    ['traffic', 'Trafic', `${number.format(s.traffic)}/s`, s.traffic / 1500],
    ['errors', 'Erreurs', `${number.format(s.errors)} %`, s.errors / 20],
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

/** Two spans, no more: the time to detect, then the time to repair. */
function spans(state: RecoveryState): Timeline['spans'] {
  const incident = firstEvent(state, 'incident')
  const alert = firstEvent(state, 'alert')
  const ttd = timeToDetect(state)
  const ttr = timeToRepair(state)
  const out: Timeline['spans'][number][] = []
  if (incident && alert && ttd !== null)
    out.push({ id: 'detect', from: incident.at, to: alert.at, label: `Détection ${formatDuration(ttd, 'seconds')}`, tone: 'warn' })
  if (alert && ttr !== null)
    out.push({ id: 'repair', from: alert.at, to: alert.at + ttr, label: `Réparation ${formatDuration(ttr, 'seconds')}`, tone: 'info' })
  return out
}

function describeRecovery(state: RecoveryState): string {
  const machines = state.infra.machines.map(m => `${m.label} ${STATUS_LABEL_FR[m.status]}`).join(', ')
  const c = capacity(state.infra)
  return `${MODE_LABEL_FR[serviceMode(state.infra)]}, capacité ${c.percent} %. ${state.alert ? `Alerte : ${state.alert}. ` : ''}Machines : ${machines}.`
}

/**
 * What the self-healing demo draws at this state (scripted or in chaos mode, whose seed it
 * shows): traffic, the service mode and alert badges, the golden signals and the timeline.
 */
export function selfHealingView(state: RecoveryState, chaosSeed: number | null = null): RecoveryView {
  const { badges: row, chaosBadge, timelineSpan, text } = RECOVERY_LAYOUT
  const mode = serviceMode(state.infra)
  const cap = capacity(state.infra)
  const modeText = `${MODE_LABEL_FR[mode]} · ${cap.percent} %`
  const badges: Badge[] = []
  if (chaosSeed !== null)
    badges.push({ id: 'chaos', ...chaosBadge, text: `Chaos · graine ${chaosSeed}`, tone: 'info', icon: 'chaos' })
  badges.push({ id: 'mode', x: row.right, y: row.y, align: 'end', text: modeText, tone: MODE_TONE[mode], icon: 'gauge' })
  if (state.alert)
    badges.push({ id: 'alert', x: row.right - badgeBox(modeText, text.label, true).width - row.gap, y: row.y, align: 'end', text: `Alerte · ${state.alert}`, tone: 'crit', icon: 'alert' })
  const ttd = timeToDetect(state)
  const ttr = timeToRepair(state)
  return {
    infra: withoutVersions(state.infra),
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
