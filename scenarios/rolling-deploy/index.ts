import type { InfraState, Machine } from '../infra'
import type { Scenario, Step } from '../scenario'
import { addLink, machine, placeOf, serving, updateLink, updateMachine } from '../infra'
import { restaurantLocator, SPARE_PLACES } from '../topology'

/**
 * Rolling replacement of the back ends: a new machine boots from the new image, passes its health
 * check and joins the load balancer; only then is an old one drained and removed. A rollback is the
 * same operation with the versions swapped. Counters are part of the state: every move, the users
 * send the same number of requests; they are served if a back end is in rotation, and a machine
 * removed while still in rotation loses its requests in flight.
 */

export interface RollingState extends InfraState {
  served: number
  errors: number
}

/** Requests the users send during one move (one click, except where one click makes a whole replacement: the second one and the rollback). */
export const REQUESTS_PER_STEP = 1200
/** Requests a back end in rotation is handling at any moment, lost if it disappears without draining. */
export const IN_FLIGHT = 40
/** Back ends the service runs with. */
export const BACK_ENDS = 2

const FRONTS = ['front-1', 'front-2'] as const
const DATABASE = 'db-primary'

function initialState(version: string): RollingState {
  let state: RollingState = { ...restaurantLocator(version), served: 0, errors: 0 }
  // The demo ships resto-api, the back end: the front ends keep their own release cycle.
  for (const id of FRONTS)
    state = updateMachine(state, id, { version: undefined })
  return state
}

/** Back ends in the load balancer and healthy. */
export function healthyInRotation(state: InfraState): Machine[] {
  return serving(state, 'back').filter(m => m.status === 'healthy')
}

/** Versions run by the back ends that serve traffic. */
export function servingVersions(state: InfraState): string[] {
  return [...new Set(serving(state, 'back').map(m => m.version ?? '?'))].sort()
}

/** Where a new back end can boot: the spare place, then the places of the first back ends. */
const BACK_PLACES = [
  ...(SPARE_PLACES.back ? [SPARE_PLACES.back] : []),
  ...restaurantLocator().machines.filter(m => m.role === 'back').map(placeOf),
]

function backLinks(id: string): string[] {
  return [...FRONTS.map(f => `${f}--${id}`), `${id}--${DATABASE}`]
}

function setLinks(state: RollingState, id: string, status: 'up' | 'idle'): RollingState {
  return backLinks(id).reduce<RollingState>((s, link) => updateLink(s, link, status), state)
}

/** The traffic of one move, counted after the move's change. */
function tick(state: RollingState): RollingState {
  return serving(state, 'back').length > 0
    ? { ...state, served: state.served + REQUESTS_PER_STEP }
    : { ...state, errors: state.errors + REQUESTS_PER_STEP }
}

function step(caption: string, change: (state: RollingState) => RollingState): Step<RollingState> {
  return { caption, apply: state => tick(change(state)) }
}

/** A new back end boots from an image in the first free place (a removed machine's place is free: its ghost goes). */
export function boot(id: string, label: string, version: string, caption: string): Step<RollingState> {
  return step(caption, (state) => {
    const taken = (place: string) => state.machines.some(m => m.status !== 'removed' && placeOf(m) === place)
    const place = BACK_PLACES.find(p => !taken(p))
    if (!place)
      throw new Error(`No free place to boot "${id}"`)
    const ghosts = state.machines.filter(m => m.status === 'removed' && placeOf(m) === place).map(m => m.id)
    const next: RollingState = {
      ...state,
      machines: [
        ...state.machines.filter(m => !ghosts.includes(m.id)),
        { id, role: 'back', label, place, status: 'provisioning', version, inRotation: false },
      ],
    }
    return backLinks(id).reduce<RollingState>((s, link) => {
      const [from, to] = link.split('--')
      return addLink(s, { id: link, from, to, status: 'idle' })
    }, next)
  })
}

export function passHealthCheck(id: string, caption: string): Step<RollingState> {
  return step(caption, state => updateMachine(state, id, { status: 'healthy' }))
}

export function join(id: string, caption: string): Step<RollingState> {
  return step(caption, state => setLinks(updateMachine(state, id, { inRotation: true }), id, 'up'))
}

/** Out of the load balancer: it finishes the requests it holds, takes no new ones. */
export function drain(id: string, caption: string): Step<RollingState> {
  return step(caption, state => setLinks(updateMachine(state, id, { status: 'draining', inRotation: false }), id, 'idle'))
}

export function remove(id: string, caption: string): Step<RollingState> {
  return step(caption, (state) => {
    const lost = machine(state, id).inRotation ? IN_FLIGHT : 0
    const next = updateMachine(state, id, { status: 'removed', inRotation: false })
    return { ...next, links: next.links.filter(l => l.from !== id && l.to !== id), errors: next.errors + lost }
  })
}

export interface Replacement {
  old: string
  id: string
  label: string
  version: string
}

/** The five moves of replacing one back end, in order, with one caption each. */
export function replace(r: Replacement, captions: readonly [string, string, string, string, string]): Step<RollingState>[] {
  return [
    boot(r.id, r.label, r.version, captions[0]),
    passHealthCheck(r.id, captions[1]),
    join(r.id, captions[2]),
    drain(r.old, captions[3]),
    remove(r.old, captions[4]),
  ]
}

/** Every move of these replacements, one machine after the other, as one click: once the audience knows the moves. */
function replaceAtOnce(replacements: readonly Replacement[], caption: string): Step<RollingState> {
  const moves = replacements.flatMap(r => replace(r, [caption, caption, caption, caption, caption]))
  return { caption, apply: state => moves.reduce((s, move) => move.apply(s), state) }
}

/** The version rolled out. */
export const NEW_VERSION = 'v42'

/** The deploy's replacements, in order: the first one shown move by move, the second in one click. */
export const ROLLOUT: readonly Replacement[] = [
  { old: 'back-1', id: 'back-3', label: 'Back 3', version: NEW_VERSION },
  { old: 'back-2', id: 'back-4', label: 'Back 4', version: NEW_VERSION },
]

/** The rollback's replacements, in order: back to v41 with the same moves. */
export const ROLLBACK: readonly Replacement[] = [
  { old: 'back-4', id: 'back-5', label: 'Back 5', version: 'v41' },
  { old: 'back-3', id: 'back-6', label: 'Back 6', version: 'v41' },
]

/** The deploy itself: one click per move for the first replacement, then the second one at once. */
const rollout: Step<RollingState>[] = [
  ...replace(ROLLOUT[0], [
    'Back 3, une machine neuve, démarre depuis l\'image v42.',
    'Back 3 passe son contrôle de santé : il répond bien.',
    'Back 3 entre dans le répartiteur : trois back ends servent.',
    'Back 1 sort du répartiteur et finit ses demandes en cours.',
    'Back 1 supprimé : Back 3 l\'a remplacé, aucune demande perdue.',
  ]),
  replaceAtOnce(ROLLOUT.slice(1), 'Mêmes gestes pour Back 2 : Back 4 (v42) le remplace. Tout en v42, zéro erreur.'),
]

/** Clicks of the deploy, before the rollback starts. */
export const ROLLOUT_STEPS = rollout.length

export const rollingDeploy: Scenario<RollingState> = {
  id: 'rolling-deploy',
  title: 'Remplacement progressif des back ends de v41 à v42, sans coupure',
  intro: 'Deux back ends en v41 servent les recherches. On passe en v42 sans les toucher.',
  initial: initialState('v41'),
  steps: [
    ...rollout,
    replaceAtOnce(ROLLBACK, 'Retour arrière, même opération : Back 5 et Back 6 (v41) remplacent Back 4 et Back 3.'),
  ],
}
