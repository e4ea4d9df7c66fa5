import type { Point } from '../drawing'
import type { LinkStatus } from '../infra'
import type { PipelineRun, PipelineState, StageId, StageStatus } from './index'
import type { LaneTitlePart, PipelineLayout } from './layout'
import { STAGE_LABEL_FR, STAGE_STATUS_LABEL_FR, STAGES } from './index'
import { PIPELINE_LAYOUTS } from './layout'

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

export interface LaneTitleLine {
  text: string
  at: Point
  size: number
}

export interface LaneView {
  id: string
  /** The run's name and commit message, on the lines the layout gives them. */
  title: LaneTitleLine[]
  stages: StageView[]
  /** Arrows between stages, then the arrow into the registry. */
  links: PipelineLink[]
}

export interface RegistryImageView {
  version: string
  deployable: boolean
  status: string
  /** Its card's top left corner, in the registry. */
  at: Point
}

export interface PipelineView {
  /** The application whose images the registry holds. */
  app: string
  lanes: LaneView[]
  images: RegistryImageView[]
  description: string
}

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

const TITLE_TEXT: Record<LaneTitlePart, (r: PipelineRun) => string> = {
  'name-and-message': r => `${r.label} · ${r.message}`,
  'name': r => r.label,
  'message': r => r.message,
}

function lane(r: PipelineRun, index: number, layout: PipelineLayout): LaneView {
  const { stage: size, pitch, registry } = layout
  const first = layout.lanes[index]
  const centre = (i: number): Point => ({ x: first.x + i * pitch.x, y: first.y + i * pitch.y })
  // From a stage's centre to its box's edge, towards the next stage.
  const reach = { x: Math.sign(pitch.x) * size.width / 2, y: Math.sign(pitch.y) * size.height / 2 }
  const exit = (i: number): Point => ({ x: centre(i).x + reach.x, y: centre(i).y + reach.y })
  const entry = (i: number): Point => ({ x: centre(i).x - reach.x, y: centre(i).y - reach.y })
  const stages = STAGES.map((s, i): StageView => ({
    id: `${r.id}-${s}`,
    stage: s,
    ...centre(i),
    label: STAGE_LABEL_FR[s],
    detail: detail(r, s),
    status: r.stages[s],
    statusLabel: STAGE_STATUS_LABEL_FR[r.stages[s]],
  }))
  const arrows = STAGES.slice(1).map((s, i): PipelineLink => ({
    id: `${r.id}-${STAGES[i]}--${s}`,
    from: exit(i),
    to: entry(i + 1),
    status: linkStatus(r, i),
  }))
  // The last arrow goes on along the lane to the registry's near edge.
  const last = exit(STAGES.length - 1)
  const intoRegistry: PipelineLink = {
    id: `${r.id}--registry`,
    from: last,
    to: pitch.x !== 0 ? { x: registry.x, y: last.y } : { x: last.x, y: registry.y },
    status: r.stages.ready === 'passed' ? 'up' : 'idle',
  }
  return {
    id: r.id,
    title: layout.title.map(line => ({ text: TITLE_TEXT[line.part](r), at: { x: first.x + line.dx, y: first.y + line.dy }, size: line.size })),
    stages,
    links: [...arrows, intoRegistry],
  }
}

function describePipeline(state: PipelineState): string {
  const runs = state.runs.map(r => `${r.label}, commit ${r.commit} : ${STAGES.map(s => `${STAGE_LABEL_FR[s]} ${STAGE_STATUS_LABEL_FR[r.stages[s]]}`).join(', ')}`).join('. ')
  const images = state.registry.map(i => `${i.name} ${i.version}${i.deployable ? ' prête pour la prod' : ' pas encore prête'}`).join(', ')
  return `${runs}. Registre d'images : ${images}.`
}

/** What the pipeline demo draws at this state, laid out by `layout`: one lane per run, and the registry's images. */
export function imagePipelineView(state: PipelineState, layout: PipelineLayout = PIPELINE_LAYOUTS.landscape): PipelineView {
  const { first, pitch } = layout.image
  return {
    app: state.app,
    lanes: state.runs.map((r, i) => lane(r, i, layout)),
    images: state.registry.map((img, i) => ({
      version: img.version,
      deployable: img.deployable,
      status: img.deployable ? 'prête' : 'en cours',
      at: { x: first.x + i * pitch.x, y: first.y + i * pitch.y },
    })),
    description: describePipeline(state),
  }
}
