import type { Point } from '../drawing'
import type { LinkStatus } from '../infra'
import type { PipelineRun, PipelineState, StageId, StageStatus } from './index'
import { STAGE_LABEL_FR, STAGE_STATUS_LABEL_FR, STAGES } from './index'

export const PIPELINE_LAYOUT = {
  stage: { width: 132, height: 72, gap: 28, left: 84 },
  /** Centre line of each run's lane, top to bottom. */
  laneY: [120, 290],
  /** A lane's title sits this far above its stages. */
  titleGap: 14,
  registry: { x: 806, y: 64, width: 142, height: 296 },
  /** An image card in the registry: its inset, top and pitch. */
  image: { inset: 12, top: 72, pitch: 64, height: 54 },
} as const

export interface StageView {
  /** `<run>-<stage>`, unique in the drawing. */
  id: string
  stage: StageId
  x: number
  y: number
  label: string
  /** One short line under the label: what came out of the stage. */
  detail: string
  status: StageStatus
  statusLabel: string
}

export interface PipelineLink {
  id: string
  from: Point
  to: Point
  status: LinkStatus
}

export interface LaneView {
  id: string
  title: string
  titleAt: Point
  stages: StageView[]
  /** Arrows between stages, then the arrow into the registry. */
  links: PipelineLink[]
}

export interface RegistryImageView {
  version: string
  deployable: boolean
  status: string
  y: number
}

export interface PipelineView {
  /** The application whose images the registry holds. */
  app: string
  lanes: LaneView[]
  images: RegistryImageView[]
  description: string
}

const { stage: STAGE, laneY, titleGap, registry: REGISTRY, image: IMAGE } = PIPELINE_LAYOUT

const stageX = (i: number) => STAGE.left + i * (STAGE.width + STAGE.gap)

function detail(r: PipelineRun, s: StageId): string {
  const status = r.stages[s]
  if (s === 'commit')
    return r.commit
  if (status === 'failed')
    return s === 'test' ? '1 test échoue' : 'échec'
  if (status === 'skipped')
    return 'non exécuté'
  if (status === 'pending')
    return ''
  return { build: 'assemblé', test: 'tout passe', image: r.version, ready: 'pour la prod' }[s]
}

/** Arrow between two stages: live once both ran, cut where the run stopped. */
function linkStatus(r: PipelineRun, i: number): LinkStatus {
  const [a, b] = [r.stages[STAGES[i]], r.stages[STAGES[i + 1]]]
  if (a === 'failed' || b === 'failed')
    return b === 'failed' ? 'up' : 'cut'
  return a === 'passed' && b === 'passed' ? 'up' : 'idle'
}

function lane(r: PipelineRun, index: number): LaneView {
  const y = laneY[index]
  const stages = STAGES.map((s, i): StageView => ({
    id: `${r.id}-${s}`,
    stage: s,
    x: stageX(i),
    y,
    label: STAGE_LABEL_FR[s],
    detail: detail(r, s),
    status: r.stages[s],
    statusLabel: STAGE_STATUS_LABEL_FR[r.stages[s]],
  }))
  const arrows = STAGES.slice(1).map((s, i): PipelineLink => ({
    id: `${r.id}-${STAGES[i]}--${s}`,
    from: { x: stageX(i) + STAGE.width / 2, y },
    to: { x: stageX(i + 1) - STAGE.width / 2, y },
    status: linkStatus(r, i),
  }))
  const intoRegistry: PipelineLink = {
    id: `${r.id}--registry`,
    from: { x: stageX(STAGES.length - 1) + STAGE.width / 2, y },
    to: { x: REGISTRY.x, y },
    status: r.stages.ready === 'passed' ? 'up' : 'idle',
  }
  return {
    id: r.id,
    title: `${r.label} · ${r.message}`,
    titleAt: { x: STAGE.left - STAGE.width / 2, y: y - STAGE.height / 2 - titleGap },
    stages,
    links: [...arrows, intoRegistry],
  }
}

function describePipeline(state: PipelineState): string {
  const runs = state.runs.map(r => `${r.label}, commit ${r.commit} : ${STAGES.map(s => `${STAGE_LABEL_FR[s]} ${STAGE_STATUS_LABEL_FR[r.stages[s]]}`).join(', ')}`).join('. ')
  const images = state.registry.map(i => `${i.name} ${i.version}${i.deployable ? ' prête pour la prod' : ' pas encore prête'}`).join(', ')
  return `${runs}. Registre d'images : ${images}.`
}

/** What the pipeline demo draws at this state: one lane per run, and the registry's images. */
export function imagePipelineView(state: PipelineState): PipelineView {
  return {
    app: state.app,
    lanes: state.runs.map((r, i) => lane(r, i)),
    images: state.registry.map((img, i) => ({
      version: img.version,
      deployable: img.deployable,
      status: img.deployable ? 'prête' : 'en cours',
      y: IMAGE.top + i * IMAGE.pitch,
    })),
    description: describePipeline(state),
  }
}
