/**
 * The vocabulary every diagram and demo shares: machines, their states, links and zones.
 * Plain data, drawn by the primitives in components/infra/; where each thing stands is the
 * layout's business (scenarios/topology-layout.ts), not the state's.
 */

/** One colour per state, the same in every demo (see styles/states.css). */
export type MachineStatus =
  | 'healthy'
  | 'degraded' // serving, but slowly or with errors
  | 'failing' // down or answering errors
  | 'unreachable' // running, but cut off from its users
  | 'quarantined' // set aside: out of traffic, kept for analysis
  | 'provisioning' // booting from an image, not serving yet
  | 'draining' // finishing its requests before removal
  | 'removed' // gone: drawn faded out, kept in the state so it can animate away

export const MACHINE_STATUSES: readonly MachineStatus[] = [
  'healthy', 'degraded', 'failing', 'unreachable', 'quarantined', 'provisioning', 'draining', 'removed',
]

export const STATUS_LABEL_FR: Record<MachineStatus, string> = {
  healthy: 'en bonne santé',
  degraded: 'dégradée',
  failing: 'en panne',
  unreachable: 'injoignable',
  quarantined: 'écartée (gardée pour analyse)',
  provisioning: 'en démarrage',
  draining: 'se vide',
  removed: 'supprimée',
}

export type Role = 'lb' | 'front' | 'back' | 'db-primary' | 'db-replica' | 'server'

/** Front and back ends take turns behind the load balancer; the other roles answer alone. */
export function rotates(role: Role): boolean {
  return role === 'front' || role === 'back'
}

/** A machine: what it is and what it is doing. */
export interface Machine {
  id: string
  role: Role
  label: string
  /**
   * The named place it stands in, that each layout positions: its own id unless it took another
   * one (a spare place, or the place of a machine it replaced).
   */
  place?: string
  status: MachineStatus
  /** Image or code version it runs, e.g. "v41". */
  version?: string
  /** Receives traffic from the load balancer. */
  inRotation?: boolean
}

/** A non-machine endpoint: the users, the DNS, the internet. */
export interface Endpoint {
  id: string
  kind: 'users' | 'dns' | 'internet' | 'backup'
  label: string
}

export interface Zone {
  id: string
  kind: 'internet' | 'datacenter' | 'public' | 'private'
  label: string
}

export type LinkStatus = 'up' | 'idle' | 'cut'

export interface Link {
  id: string
  from: string
  to: string
  status: LinkStatus
}

/** The part of a demo's state that is a drawing of infrastructure. */
export interface InfraState {
  zones: readonly Zone[]
  endpoints: readonly Endpoint[]
  machines: readonly Machine[]
  links: readonly Link[]
}

export function machine(state: InfraState, id: string): Machine {
  const found = state.machines.find(m => m.id === id)
  if (!found)
    throw new Error(`Unknown machine "${id}"`)
  return found
}

/** A copy of the state with one machine changed. */
export function updateMachine<S extends InfraState>(state: S, id: string, patch: Partial<Machine>): S {
  machine(state, id)
  return { ...state, machines: state.machines.map(m => (m.id === id ? { ...m, ...patch } : m)) }
}

export function addMachine<S extends InfraState>(state: S, added: Machine): S {
  if (state.machines.some(m => m.id === added.id))
    throw new Error(`Machine "${added.id}" already exists`)
  return { ...state, machines: [...state.machines, added] }
}

export function updateLink<S extends InfraState>(state: S, id: string, status: LinkStatus): S {
  if (!state.links.some(l => l.id === id))
    throw new Error(`Unknown link "${id}"`)
  return { ...state, links: state.links.map(l => (l.id === id ? { ...l, status } : l)) }
}

export function addLink<S extends InfraState>(state: S, added: Link): S {
  if (state.links.some(l => l.id === added.id))
    throw new Error(`Link "${added.id}" already exists`)
  return { ...state, links: [...state.links, added] }
}

/** Machines that serve traffic: in rotation and in a state that answers. */
export function serving(state: InfraState, role?: Role): Machine[] {
  return state.machines.filter(m =>
    m.inRotation && (m.status === 'healthy' || m.status === 'degraded') && (!role || m.role === role))
}

/** The place a machine stands in. */
export function placeOf(m: Machine): string {
  return m.place ?? m.id
}
