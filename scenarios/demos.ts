import type { Scenario } from './scenario'
import { architectureBuild, architectureReview } from './architecture'
import { architectureView } from './architecture/view'
import { datacenterLoss } from './datacenter-loss'
import { datacenterLossView } from './datacenter-loss/view'
import { imagePipeline } from './image-pipeline'
import { imagePipelineView } from './image-pipeline/view'
import { rollingDeploy } from './rolling-deploy'
import { rollingDeployView } from './rolling-deploy/view'
import { selfHealing } from './self-healing'
import { selfHealingView } from './self-healing/view'
import { snowflakeDrift } from './snowflake-drift'
import { snowflakeDriftView } from './snowflake-drift/view'

/** A scripted demo: its steps, what it draws at a state, and the tag a slide shows it with. */
export interface Demo<S, V> {
  scenario: Scenario<S>
  view: (state: S) => V
  /** The component a slide uses, and the props that pick this demo among those it draws. */
  component: string
  props?: Readonly<Record<string, string>>
}

/**
 * Every scripted demo of the deck, by the id its drawing carries (`data-demo`): the one table that
 * tests, the reading page and the click-count checks read a demo's steps, drawing and slide from.
 */
export const DEMOS = {
  'architecture': { scenario: architectureBuild, view: architectureView, component: 'ArchitectureDiagram' },
  'architecture-review': { scenario: architectureReview, view: architectureView, component: 'ArchitectureDiagram', props: { scenario: 'review' } },
  'snowflake-drift': { scenario: snowflakeDrift, view: snowflakeDriftView, component: 'SnowflakeDrift' },
  'image-pipeline': { scenario: imagePipeline, view: imagePipelineView, component: 'ImagePipeline' },
  'rolling-deploy': { scenario: rollingDeploy, view: rollingDeployView, component: 'RollingDeploy' },
  'self-healing': { scenario: selfHealing, view: selfHealingView, component: 'SelfHealing' },
  'datacenter-loss': { scenario: datacenterLoss, view: datacenterLossView, component: 'DatacenterLoss' },
} as const satisfies Record<string, Demo<any, unknown>>

export type DemoId = keyof typeof DEMOS

/** A demo's scenario, whatever its state type. */
export function demoScenario(id: DemoId): Scenario<unknown> {
  return DEMOS[id].scenario as Scenario<unknown>
}

/**
 * The demo a slide's markdown shows, from the component tag it uses: of the demos drawn by that component,
 * the one whose props the tag gives most of (a tag with none is the component's default demo); null for none.
 */
export function demoOf(content: string): DemoId | null {
  const entries = Object.entries(DEMOS) as [DemoId, Demo<unknown, unknown>][]
  for (const [, name, attributes] of content.matchAll(/<([A-Z]\w*)\b([^>]*)>/g)) {
    const matching = entries.filter(([, demo]) => demo.component === name
      && Object.entries(demo.props ?? {}).every(([prop, value]) => new RegExp(`(?:^|\\s)${prop}="${value}"`).test(attributes)))
      .sort(([, a], [, b]) => Object.keys(b.props ?? {}).length - Object.keys(a.props ?? {}).length)
    if (matching.length)
      return matching[0][0]
  }
  return null
}
