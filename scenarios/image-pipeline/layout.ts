import type { Arranged, Point } from '../drawing'

/** Which words of a run a lane's title line shows: its name and commit message on one line, or one of them. */
export type LaneTitlePart = 'name-and-message' | 'name' | 'message'

/** Where the pipeline demo draws its parts, in the drawing's units. */
export interface PipelineLayout {
  viewBox: { width: number, height: number }
  /** A stage's box (components/infra/PipelineStage.vue). */
  stage: { width: number, height: number }
  /** The centre of each run's first stage, first run first; each next stage is `pitch` further on. */
  lanes: readonly Point[]
  pitch: Point
  /** A lane's title lines, placed from its first stage's centre. */
  title: readonly { part: LaneTitlePart, dx: number, dy: number, size: number }[]
  /** The image registry's box, and inside it, from its top left: its icon, title and application. */
  registry: { x: number, y: number, width: number, height: number, icon: Point, title: Point, app: Point }
  /** An image card in the registry: its size, where the first one goes and how far each next one is. */
  image: { width: number, height: number, first: Point, pitch: Point }
}

/** On the slide: one row per run, stages left to right, the registry on the right. */
const LANDSCAPE: PipelineLayout = {
  viewBox: { width: 960, height: 400 },
  stage: { width: 132, height: 72 },
  lanes: [{ x: 84, y: 120 }, { x: 84, y: 290 }],
  pitch: { x: 160, y: 0 },
  title: [{ part: 'name-and-message', dx: -66, dy: -50, size: 18 }],
  registry: { x: 806, y: 64, width: 142, height: 296, icon: { x: 12, y: 14 }, title: { x: 40, y: 32 }, app: { x: 12, y: 58 } },
  image: { width: 118, height: 54, first: { x: 12, y: 72 }, pitch: { x: 0, y: 64 } },
}

/** On a phone held upright: one column per run, stages top to bottom, the registry under both. */
const PORTRAIT: PipelineLayout = {
  viewBox: { width: 360, height: 666 },
  stage: LANDSCAPE.stage,
  lanes: [{ x: 90, y: 96 }, { x: 270, y: 96 }],
  pitch: { x: 0, y: 96 },
  title: [{ part: 'name', dx: -66, dy: -74, size: 17 }, { part: 'message', dx: -66, dy: -54, size: 15 }],
  registry: { x: 8, y: 540, width: 344, height: 118, icon: { x: 12, y: 14 }, title: { x: 40, y: 32 }, app: { x: 118, y: 32 } },
  image: { width: 104, height: 54, first: { x: 12, y: 50 }, pitch: { x: 112, y: 0 } },
}

export const PIPELINE_LAYOUTS: Arranged<PipelineLayout> = { landscape: LANDSCAPE, portrait: PORTRAIT }
