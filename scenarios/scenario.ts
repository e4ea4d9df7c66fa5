/**
 * A demo's script: an initial state and an ordered list of steps, each a pure
 * function from one state to the next with the caption that says what changed.
 * The state after k steps is a pure function of (scenario, k): no Vue, no DOM, no timers.
 */
export interface Step<S> {
  /** One short French sentence shown on the slide (and announced by screen readers). */
  caption: string
  apply: (state: S) => S
}

export interface Scenario<S> {
  id: string
  /** Accessible title of the drawing. */
  title: string
  /** Caption of step 0, before any click. */
  intro: string
  initial: S
  steps: readonly Step<S>[]
}

/** Number of clicks the demo needs: one per step. */
export function stepCount<S>(scenario: Scenario<S>): number {
  return scenario.steps.length
}

/** Any number (negative, fractional, NaN, past the end) becomes a valid step index. */
export function clampStep<S>(scenario: Scenario<S>, k: number): number {
  if (!Number.isFinite(k))
    return k === Number.POSITIVE_INFINITY ? scenario.steps.length : 0
  return Math.min(Math.max(Math.trunc(k), 0), scenario.steps.length)
}

const cache = new WeakMap<object, unknown[]>()

/** Every state from step 0 to the end, computed once per scenario (steps are pure, so this is safe). */
export function allStates<S>(scenario: Scenario<S>): readonly S[] {
  let states = cache.get(scenario) as S[] | undefined
  if (!states) {
    states = [scenario.initial]
    for (const step of scenario.steps)
      states.push(step.apply(states[states.length - 1]))
    cache.set(scenario, states)
  }
  return states
}

/** The state after k steps; k is clamped to [0, steps]. */
export function stateAt<S>(scenario: Scenario<S>, k: number): S {
  return allStates(scenario)[clampStep(scenario, k)]
}

/** The caption to show at step k (the intro at 0). */
export function captionAt<S>(scenario: Scenario<S>, k: number): string {
  const stepIndex = clampStep(scenario, k)
  return stepIndex === 0 ? scenario.intro : scenario.steps[stepIndex - 1].caption
}
