import type { Scenario, Step } from '../scenario'

/**
 * The delivery chain: commit → build → tests → image baked and versioned → deployable.
 * A stage runs only when every stage before it passed; a failure stops the run, so a change
 * that fails its tests never becomes an image, let alone a deployable one.
 */

export const STAGES = ['commit', 'build', 'test', 'image', 'ready'] as const
export type StageId = typeof STAGES[number]
export type StageStatus = 'pending' | 'passed' | 'failed' | 'skipped'

export const STAGE_LABEL_FR: Record<StageId, string> = {
  commit: 'Commit',
  build: 'Build',
  test: 'Tests',
  image: 'Image',
  ready: 'Prête',
}

export const STAGE_STATUS_LABEL_FR: Record<StageStatus, string> = {
  pending: 'en attente',
  passed: 'réussi',
  failed: 'en échec',
  skipped: 'non exécuté',
}

export interface PipelineRun {
  id: string
  label: string
  commit: string
  message: string
  /** Version the image gets if the run gets that far. */
  version: string
  stages: Readonly<Record<StageId, StageStatus>>
}

export interface Image {
  name: string
  version: string
  /** Passed every stage: may go to production. */
  deployable: boolean
}

export interface PipelineState {
  app: string
  runs: readonly PipelineRun[]
  registry: readonly Image[]
}

const PENDING: Record<StageId, StageStatus> = { commit: 'pending', build: 'pending', test: 'pending', image: 'pending', ready: 'pending' }

export function run(state: PipelineState, id: string): PipelineRun {
  const found = state.runs.find(r => r.id === id)
  if (!found)
    throw new Error(`Unknown run "${id}"`)
  return found
}

/** The stage a run is at: the first one still pending, if the run has not stopped. */
function nextStage(r: PipelineRun): StageId | undefined {
  if (STAGES.some(s => r.stages[s] === 'failed'))
    return undefined
  return STAGES.find(s => r.stages[s] === 'pending')
}

/** Runs the next stage of a run. A failure skips every later stage; baking adds the image, readiness makes it deployable. */
export function advance(id: string, outcome: 'passed' | 'failed', caption: string): Step<PipelineState> {
  return {
    caption,
    apply: (state) => {
      const pipelineRun = run(state, id)
      const stage = nextStage(pipelineRun)
      if (!stage)
        return state
      const index = STAGES.indexOf(stage)
      const stages = Object.fromEntries(STAGES.map((s, i) => [
        s,
        i < index ? pipelineRun.stages[s] : i === index ? outcome : outcome === 'failed' ? 'skipped' : pipelineRun.stages[s],
      ])) as Record<StageId, StageStatus>
      let registry = state.registry
      if (outcome === 'passed' && stage === 'image')
        registry = [...registry, { name: state.app, version: pipelineRun.version, deployable: false }]
      if (outcome === 'passed' && stage === 'ready')
        registry = registry.map(img => (img.version === pipelineRun.version ? { ...img, deployable: true } : img))
      return { ...state, runs: state.runs.map(x => (x.id === id ? { ...pipelineRun, stages } : x)), registry }
    },
  }
}

/** A new commit starts a new run; the commit stage passes at once. */
export function push(started: Omit<PipelineRun, 'stages'>, caption: string): Step<PipelineState> {
  const commit = advance(started.id, 'passed', caption)
  return {
    caption,
    apply: state => commit.apply({ ...state, runs: [...state.runs, { ...started, stages: PENDING }] }),
  }
}

const FIRST = { id: 'run-1', label: 'Passe 1', commit: 'a3f9c1', message: 'Filtre « terrasse »', version: 'v42' }
const SECOND = { id: 'run-2', label: 'Passe 2', commit: '7d2e0b', message: 'Calcul de distance', version: 'v43' }

export const imagePipeline: Scenario<PipelineState> = {
  id: 'image-pipeline',
  title: 'Une chaîne automatique transforme un commit en image versionnée',
  intro: 'Personne ne touche aux serveurs : chaque modification passe par la chaîne.',
  initial: {
    app: 'resto-api',
    runs: [],
    registry: [{ name: 'resto-api', version: 'v41', deployable: true }],
  },
  steps: [
    push(FIRST, 'Commit a3f9c1, une modification enregistrée : filtre « terrasse » pour les restaurants.'),
    advance(FIRST.id, 'passed', 'Build : le code est assemblé en programme, prêt à tourner.'),
    advance(FIRST.id, 'passed', 'Tests automatiques : tout passe.'),
    advance(FIRST.id, 'passed', 'Image resto-api v42 fabriquée : une machine toute prête, numérotée.'),
    advance(FIRST.id, 'passed', 'v42 est prête pour la prod : la même image, des essais à la production.'),
    push(SECOND, 'Deuxième commit, 7d2e0b : nouveau calcul de distance.'),
    advance(SECOND.id, 'passed', 'Build : le programme est assemblé.'),
    advance(SECOND.id, 'failed', 'Un test échoue : la chaîne s\'arrête, pas d\'image v43, la prod ne verra pas ce bug.'),
  ],
}
