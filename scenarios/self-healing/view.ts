import type { Badge, TrafficLane } from '../drawing'
import type { InfraState } from '../infra'
import type { Tile } from '../recovery'
import type { GoldenSignals, RecoveryState, ServiceMode } from './index'
import type { RecoveryLayout } from './layout'
import { STATUS_LABEL_FR } from '../infra'
import { badgeBox, formatDuration, withoutVersions } from '../recovery'
import { trafficLanes } from '../traffic'
import { capacity, serviceMode, signalLevel, timeToDetect, timeToRepair } from './index'
import { SELF_HEALING_LAYOUTS } from './layout'

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
  const cap = capacity(state.infra)
  return `${MODE_LABEL_FR[serviceMode(state.infra)]}, capacité ${cap.percent} %. ${state.alert ? `Alerte : ${state.alert}. ` : ''}Machines : ${machines}.`
}

/** The service mode's badge, and the alert's while it fires, where the layout lines them up. */
function statusBadges(modeBadge: Omit<Badge, 'x' | 'y'>, alertBadge: Omit<Badge, 'x' | 'y'> | null, layout: RecoveryLayout): Badge[] {
  const { badges: flow, text } = layout
  if (flow.flow === 'leftwards') {
    const mode: Badge = { ...modeBadge, x: flow.right, y: flow.y, align: 'end' }
    return alertBadge
      ? [mode, { ...alertBadge, x: flow.right - badgeBox(mode.text, text.badge, !!mode.icon).width - flow.gap, y: flow.y, align: 'end' }]
      : [mode]
  }
  const mode: Badge = { ...modeBadge, x: flow.x, y: flow.y }
  return alertBadge
    ? [mode, { ...alertBadge, x: flow.x, y: flow.y + badgeBox(mode.text, text.badge, !!mode.icon).height + flow.gap }]
    : [mode]
}

/**
 * What the self-healing demo draws at this state (scripted or in chaos mode, whose seed it
 * shows): traffic, the service mode and alert badges, the golden signals and the times to detect and repair.
 */
export function selfHealingView(state: RecoveryState, layout: RecoveryLayout = SELF_HEALING_LAYOUTS.landscape, chaosSeed: number | null = null): RecoveryView {
  const mode = serviceMode(state.infra)
  const cap = capacity(state.infra)
  const badges: Badge[] = []
  if (chaosSeed !== null && layout.chaosBadge)
    badges.push({ id: 'chaos', ...layout.chaosBadge, text: `Chaos · graine ${chaosSeed}`, tone: 'info', icon: 'chaos' })
  badges.push(...statusBadges(
    { id: 'mode', text: `${MODE_LABEL_FR[mode]} · ${cap.percent} %`, tone: MODE_TONE[mode], icon: 'gauge' },
    state.alert ? { id: 'alert', text: `Alerte · ${state.alert}`, tone: 'crit', icon: 'alert' } : null,
    layout,
  ))
  const ttd = timeToDetect(state)
  const ttr = timeToRepair(state)
  return {
    infra: withoutVersions(state.infra),
    lanes: trafficLanes(state.infra, layout.diagram),
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
