import type { Badge, TrafficLane } from '../drawing'
import type { InfraState } from '../infra'
import type { Shown, Tile } from '../recovery'
import type { GoldenSignals, RecoveryState, ServiceMode } from './index'
import { STATUS_LABEL_FR } from '../infra'
import { badgeBox, formatDuration, readableSize, withoutVersions } from '../recovery'
import { VIEW_BOX } from '../topology'
import { trafficLanes } from '../traffic'
import { capacity, serviceMode, signalLevel, timeToDetect, timeToRepair } from './index'

const COLUMN = { x: VIEW_BOX.width + 4, width: 112 }

/**
 * The diagram with a monitoring column on its right, shown as wide as the slide allows (the figure
 * reaches 16 px from the slide's edges) and as tall as headline, caption and legend leave: 0.875 px
 * a unit, so the shared 16-unit labels read as 14 px.
 */
const SHOWN: Shown = { viewBox: { width: COLUMN.x + COLUMN.width + 4, height: VIEW_BOX.height }, max: { width: 948, height: 350 } }

export const RECOVERY_LAYOUT = {
  shown: SHOWN,
  /** Every label this demo adds is drawn at least this big (drawing units), so it reads as 14 px on the slide. */
  text: { label: readableSize(SHOWN) + 1, value: readableSize(SHOWN) + 4 },
  /** Badges line up from this right edge, leftwards. */
  badges: { right: VIEW_BOX.width - 10, y: 12, gap: 10 },
  chaosBadge: { x: 12, y: 356 },
  /** The four golden signals, then the time to detect and the time to repair, in one column. */
  signals: { x: COLUMN.x, y: 8, width: COLUMN.width, height: 56, gap: 6 },
  durations: { x: COLUMN.x, y: 8 + 4 * (56 + 6) + 14, width: COLUMN.width, height: 56, gap: 6 },
} as const

const MODE_LABEL_FR: Record<ServiceMode, string> = { nominal: 'Nominal', degraded: 'Mode dégradé', down: 'Service coupé' }

const MODE_TONE: Record<ServiceMode, Badge['tone']> = { nominal: 'ok', degraded: 'warn', down: 'crit' }

export interface RecoveryView {
  /** The diagram as drawn: the state's machines without their version pill, which this story does not need. */
  infra: InfraState
  lanes: TrafficLane[]
  badges: Badge[]
  signals: Tile[]
  /** The time to detect from the alert on, the time to repair once it is over. */
  durations: Tile[]
  /** What the frame exposes on the DOM for tests and tools. */
  attributes: Record<string, string>
  description: string
}

const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 })

/**
 * The four golden signals (Google SRE book order) as tiles of one word and one value; each gauge
 * is full at the value where the panel's scale ends.
 */
export function signalTiles(s: GoldenSignals): Tile[] {
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

function durationTiles(state: RecoveryState): Tile[] {
  const ttd = timeToDetect(state)
  const ttr = timeToRepair(state)
  const out: Tile[] = []
  if (ttd !== null)
    out.push({ id: 'detect', label: 'Détection', text: formatDuration(ttd, 'seconds'), value: ttd, level: 'warn' })
  if (ttr !== null)
    out.push({ id: 'repair', label: 'Réparation', text: formatDuration(ttr, 'seconds'), value: ttr, level: 'ok' })
  return out
}

function describeRecovery(state: RecoveryState): string {
  const machines = state.infra.machines.map(m => `${m.label} ${STATUS_LABEL_FR[m.status]}`).join(', ')
  const c = capacity(state.infra)
  return `${MODE_LABEL_FR[serviceMode(state.infra)]}, capacité ${c.percent} %. ${state.alert ? `Alerte : ${state.alert}. ` : ''}Machines : ${machines}.`
}

/**
 * What the self-healing demo draws at this state (scripted or in chaos mode, whose seed it
 * shows): traffic, the service mode and alert badges, the golden signals and the times to detect and repair.
 */
export function selfHealingView(state: RecoveryState, chaosSeed: number | null = null): RecoveryView {
  const { badges: row, chaosBadge, text } = RECOVERY_LAYOUT
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
    durations: durationTiles(state),
    attributes: {
      'data-alert': state.alert ? 'firing' : 'none',
      'data-service-mode': mode,
      'data-capacity': String(cap.percent),
      'data-capacity-up': String(cap.up),
      'data-capacity-total': String(cap.total),
      'data-ttd': String(ttd ?? ''),
      'data-ttr': String(ttr ?? ''),
      'data-spof': state.spof ?? '',
      'data-cut-zones': state.cutZones.join(' '),
    },
    description: describeRecovery(state),
  }
}
