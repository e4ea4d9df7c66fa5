import type { Scenario } from './scenario'
import { architectureBuild, architectureReview } from './architecture'
import { datacenterLoss } from './datacenter-loss'
import { imagePipeline } from './image-pipeline'
import { rollingDeploy } from './rolling-deploy'
import { selfHealing } from './self-healing'
import { snowflakeDrift } from './snowflake-drift'

/**
 * Every scripted demo of the deck, by the id its drawing carries (`data-demo`). The one table that
 * tests, the reading page and the click-count checks read a demo's steps from.
 */
export const DEMO_SCENARIOS = {
  'architecture': architectureBuild,
  'architecture-review': architectureReview,
  'snowflake-drift': snowflakeDrift,
  'image-pipeline': imagePipeline,
  'rolling-deploy': rollingDeploy,
  'self-healing': selfHealing,
  'datacenter-loss': datacenterLoss,
} as const satisfies Record<string, Scenario<any>>

export type DemoId = keyof typeof DEMO_SCENARIOS
