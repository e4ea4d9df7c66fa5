import type { Step } from './scenario'

/**
 * What the recovery demos (self-healing, its chaos mode, datacenter loss) share: a clock that only
 * moves with the steps, the events it records, and how they are read back and written.
 */

export interface TimelineEvent {
  /** Scenario time (seconds or minutes, as the demo says; never wall-clock). */
  at: number
  kind: 'backup' | 'incident' | 'alert' | 'action' | 'recovered' | 'spof'
  label: string
}

export interface Timed {
  /** Scenario time of this step. */
  at: number
  events: readonly TimelineEvent[]
}

/**
 * A step that happens at scenario time `at`, records `event` there (if any), applies `change`,
 * then lets `settle` derive what follows from the new state (e.g. the signals it would show).
 */
export function timedStep<S extends Timed>(
  caption: string,
  at: number,
  event: Omit<TimelineEvent, 'at'> | null,
  change: (state: S) => Partial<S>,
  settle: (state: S) => S = state => state,
): Step<S> {
  return {
    caption,
    apply: state => settle({ ...state, ...change(state), at, events: event ? [...state.events, { ...event, at }] : state.events }),
  }
}

export function firstEvent(state: Timed, kind: TimelineEvent['kind']): TimelineEvent | undefined {
  return state.events.find(e => e.kind === kind)
}

/**
 * A count of units as a clock on base 60: seconds as "m:ss" (2:35), or, for a time of day,
 * minutes since midnight as "HH:MM" (14:30).
 */
export function formatClock(value: number, timeOfDay = false): string {
  const v = Math.max(0, Math.round(value))
  const high = Math.floor(v / 60)
  return `${timeOfDay ? String(high % 24).padStart(2, '0') : high}:${String(v % 60).padStart(2, '0')}`
}
