import type { InfraState, Machine } from '../infra'
import type { Scenario, Step } from '../scenario'
import { updateMachine } from '../infra'

/**
 * #SameButDifferent: four servers built identical, then changed by hand one at a time over the
 * months. Each server's configuration is data; what differs between them is computed from it.
 * The last step applies a release by hand to the whole fleet: it fails where the configuration
 * is not the one the release was tested against.
 */

export type ConfigKey = 'tools' | 'timeout' | 'hotfix' | 'timezone'

export const CONFIG_KEYS: readonly ConfigKey[] = ['tools', 'timeout', 'hotfix', 'timezone']

const CONFIG_LABEL_FR: Record<ConfigKey, string> = {
  tools: 'outils installés',
  timeout: 'délai d\'attente',
  hotfix: 'correctif',
  timezone: 'fuseau horaire',
}

export type ServerConfig = Readonly<Record<ConfigKey, string>>

export interface DriftState extends InfraState {
  configs: Readonly<Record<string, ServerConfig>>
  /** The server changed by the last step, if any. */
  touched: readonly string[]
}

export interface Difference {
  key: ConfigKey
  label: string
  /** Value on each server, in server order. */
  values: readonly { server: string, value: string, outlier: boolean }[]
}

const BASELINE: ServerConfig = { tools: 'aucun', timeout: '30 s', hotfix: '—', timezone: 'UTC' }

export interface Release {
  version: string
  /** The configuration the release was built and tested against. */
  requires: Partial<ServerConfig>
}

export const RELEASE: Release = { version: 'v42', requires: { timeout: '30 s' } }

/** How many servers the fleet has. */
const SERVER_COUNT = 4

function server(i: number): Machine {
  return { id: `srv-${i + 1}`, role: 'server', label: `Serveur ${i + 1}`, status: 'healthy', version: 'v41' }
}

function initialState(): DriftState {
  const machines = Array.from({ length: SERVER_COUNT }, (_, i) => server(i))
  return {
    zones: [{ id: 'dc', kind: 'datacenter', label: 'Datacenter' }],
    endpoints: [],
    links: [],
    machines,
    configs: Object.fromEntries(machines.map(m => [m.id, BASELINE])),
    touched: [],
  }
}

export function servers(state: DriftState): Machine[] {
  return state.machines.filter(m => m.role === 'server')
}

/** Exactly the configuration keys whose value is not the same on every server. */
export function differences(state: DriftState): Difference[] {
  const ids = servers(state).map(m => m.id)
  return CONFIG_KEYS.flatMap((key) => {
    const values = ids.map(id => state.configs[id][key])
    if (values.every(v => v === values[0]))
      return []
    const count = (v: string) => values.filter(x => x === v).length
    const usual = values.reduce((best, v) => (count(v) > count(best) ? v : best), values[0])
    return [{
      key,
      label: CONFIG_LABEL_FR[key],
      values: ids.map((server, i) => ({ server, value: values[i], outlier: values[i] !== usual })),
    }]
  })
}

/** One manual change on one server. */
export function intervene(id: string, key: ConfigKey, value: string, caption: string): Step<DriftState> {
  return {
    caption,
    apply: state => ({
      ...state,
      configs: { ...state.configs, [id]: { ...state.configs[id], [key]: value } },
      touched: [id],
    }),
  }
}

/** A release applied by hand to every server: it starts only where the configuration matches what it was tested on. */
export function releaseByHand(release: Release, caption: string): Step<DriftState> {
  return {
    caption,
    apply: (state) => {
      let next: DriftState = state
      const failed: string[] = []
      for (const m of servers(state)) {
        const ok = Object.entries(release.requires).every(([k, v]) => state.configs[m.id][k as ConfigKey] === v)
        next = updateMachine(next, m.id, { version: release.version, status: ok ? 'healthy' : 'failing' })
        if (!ok)
          failed.push(m.id)
      }
      return { ...next, touched: failed }
    },
  }
}

export const snowflakeDrift: Scenario<DriftState> = {
  id: 'snowflake-drift',
  title: 'Quatre serveurs configurés à la main dérivent au fil des mois',
  intro: 'Quatre serveurs du service, installés le même jour, de la même façon.',
  initial: initialState(),
  steps: [
    intervene('srv-2', 'tools', 'diagnostic', 'Janvier : un outil de diagnostic installé à la main sur Serveur 2.'),
    intervene('srv-4', 'timeout', '120 s', 'Mars : un client se plaint, on allonge à la main un délai sur Serveur 4.'),
    intervene('srv-1', 'hotfix', 'n° 17', 'Juin : un correctif copié à la main, sur Serveur 1 seulement.'),
    intervene('srv-3', 'timezone', 'Paris', 'Septembre : l\'horloge de Serveur 3 réglée à la main sur l\'heure de Paris.'),
    releaseByHand(RELEASE, 'Nouvelle version v42 installée à la main : elle plante sur Serveur 4, modifié en mars.'),
  ],
}
