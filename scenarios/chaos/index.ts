import type { Scenario, Step } from '../scenario'
import type { RecoveryState, RepairTimings } from '../self-healing'
import { failureOf, healingSteps, initialRecoveryState, SCRIPTED_FAILURE, steps } from '../self-healing'
import { restaurantLocator } from '../topology'

export const DATACENTER = 'datacenter'

/** What the viewer can break: any machine of the service (by id), or the whole datacenter. */
export interface ChaosTarget {
  failure: string
  /** Button label (French). */
  label: string
}

export const CHAOS_TARGETS: readonly ChaosTarget[] = [
  ...restaurantLocator().machines.map(m => ({ failure: m.id, label: m.label })),
  { failure: DATACENTER, label: 'Datacenter A' },
]

/**
 * The architecture's single points of failure: nothing takes over when they fail, so no
 * automatic repair can hide it. The chaos scenario stops there and names them.
 */
export const SPOF_FR: Record<string, string> = {
  'lb': 'le répartiteur, seul de son espèce',
  'db-primary': 'la base, sans bascule automatique sur la réplique',
  [DATACENTER]: 'le datacenter, sans site de secours',
}

/** Mulberry32: a tiny seeded generator, so a chaos run replays identically for the same seed. */
function seededRandom(seed: number): () => number {
  let state = (Math.trunc(Number.isFinite(seed) ? seed : 0) >>> 0) || 1
  return () => {
    state = (state + 0x6D2B79F5) | 0
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state)
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296
  }
}

/** Seeded durations of each phase (detection 20–80 s, boot 60–150 s, …), in scenario seconds. */
export function chaosTimings(seed: number): RepairTimings {
  const rnd = seededRandom(seed)
  const between = (min: number, max: number) => min + Math.round(rnd() * (max - min) / 5) * 5
  const alert = between(20, 80)
  const outOfRotation = alert + between(5, 20)
  const setAside = outOfRotation + between(10, 20)
  const startFresh = setAside + between(5, 15)
  const wireIn = startFresh + between(60, 150)
  const passChecks = wireIn + between(20, 45)
  return { alert, outOfRotation, setAside, startFresh, wireIn, passChecks }
}

function isKnown(failure: string): boolean {
  return CHAOS_TARGETS.some(t => t.failure === failure)
}

/**
 * A free-play run: the viewer's failure, answered with the very step functions of the scripted
 * self-healing. Unknown failures fall back to the scripted one's target. Where the failure hits a
 * single point of failure, the run ends down and its last caption names it.
 */
export function chaosScenario(failure: string, seed: number): Scenario<RecoveryState> {
  const infra = restaurantLocator()
  const target = isKnown(failure) ? failure : SCRIPTED_FAILURE
  const timings = chaosTimings(seed)
  const rnd = seededRandom(seed + 1)
  const load = 900 + Math.round(rnd() * 12) * 50
  const spof = SPOF_FR[target]
  let script: Step<RecoveryState>[]
  if (target === DATACENTER) {
    script = [
      steps.cutDatacenter('dc-a', 0, 'La fibre du datacenter est coupée : il tourne, mais plus personne ne l\'atteint.'),
      steps.raiseAlert(timings.alert, 'Datacenter A injoignable', 'L\'alerte se déclenche : toutes les requêtes échouent.'),
      steps.nameSpof(spof, timings.outOfRotation, `Point unique de défaillance : ${spof}.`),
    ]
  }
  else if (spof) {
    const failed = failureOf(infra, target)
    script = [
      steps.fallSick(failed, 0, `${failed.label} tombe en panne : le service est coupé.`),
      steps.raiseAlert(timings.alert, `${failed.label} : ne répond plus`, 'L\'alerte se déclenche : toutes les requêtes échouent.'),
      steps.nameSpof(spof, timings.outOfRotation, `Point unique de défaillance : ${spof}.`),
    ]
  }
  else {
    script = healingSteps(infra, target, timings)
  }
  const label = CHAOS_TARGETS.find(c => c.failure === target)!.label
  return {
    id: `chaos-${target}-${seed}`,
    title: `Mode chaos : ${label} tombe`,
    intro: `Mode chaos : on va casser ${label}.`,
    initial: initialRecoveryState(load, infra),
    steps: script,
  }
}
