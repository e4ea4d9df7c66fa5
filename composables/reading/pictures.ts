import type { Component } from 'vue'
import type { FrameView } from '../useDemoStep'
import type { NarrativeSlide } from './useNarrative'
import type { Scenario } from '../../scenarios/scenario'
import { createSSRApp } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { decodeHtml } from './html'
import { architectureBuild, architectureReview } from '../../scenarios/architecture'
import { architectureView } from '../../scenarios/architecture/view'
import { datacenterLoss } from '../../scenarios/datacenter-loss'
import { datacenterLossView } from '../../scenarios/datacenter-loss/view'
import { imagePipeline } from '../../scenarios/image-pipeline'
import { imagePipelineView } from '../../scenarios/image-pipeline/view'
import { rollingDeploy } from '../../scenarios/rolling-deploy'
import { rollingDeployView } from '../../scenarios/rolling-deploy/view'
import { stateAt, stepCount } from '../../scenarios/scenario'
import { selfHealing } from '../../scenarios/self-healing'
import { selfHealingView } from '../../scenarios/self-healing/view'
import { snowflakeDrift } from '../../scenarios/snowflake-drift'
import { snowflakeDriftView } from '../../scenarios/snowflake-drift/view'

// The text alternative of each picture a slide draws, as the reading page shows it before its app
// has loaded (composables/reading/html.ts). Each is read from where the picture itself takes it: a
// demo's from its scenario and view, at the slide's last step; any other drawing's from what its
// component renders (its `role="img"` element's label).

/** A component a slide's Markdown places, with its static attributes (scripts/narrative-plugin.mjs). */
export type PlacedComponent = NarrativeSlide['components'][number]

export interface DemoPicture {
  scenario: Scenario<any>
  view: (state: any) => FrameView
}

/** Each demo component (components/demos) by name: the scenario its props select and the view it draws with. */
export const DEMO_PICTURES: Readonly<Record<string, (props: PlacedComponent['props']) => DemoPicture>> = {
  ArchitectureDiagram: ({ scenario }) => ({ scenario: scenario === 'review' ? architectureReview : architectureBuild, view: architectureView }),
  SnowflakeDrift: () => ({ scenario: snowflakeDrift, view: snowflakeDriftView }),
  ImagePipeline: () => ({ scenario: imagePipeline, view: imagePipelineView }),
  RollingDeploy: () => ({ scenario: rollingDeploy, view: rollingDeployView }),
  SelfHealing: () => ({ scenario: selfHealing, view: state => selfHealingView(state) }),
  DatacenterLoss: () => ({ scenario: datacenterLoss, view: datacenterLossView }),
}

/**
 * A demo's text alternative at its last step, where the reading page opens it: what its drawing's
 * `<title>` and `<desc>` say (components/infra/DemoFrame.vue), as one text.
 */
export function demoAlternative({ scenario, view }: DemoPicture): string {
  return joinSentences(scenario.title, view(stateAt(scenario, stepCount(scenario))).description)
}

/** Two texts as one: a full stop between them unless the first already ends a sentence. */
export function joinSentences(first: string, second: string): string {
  return `${first.trim()}${/[.!?…:]$/.test(first.trim()) ? '' : '.'} ${second.trim()}`
}


/** The labels of the `role="img"` elements in server-rendered HTML, in document order. */
export function imageLabels(html: string): string[] {
  return [...html.matchAll(/<[a-z][\w-]*\b[^>]*\brole="img"[^>]*>/gi)]
    .map(([tag]) => /\saria-label="([^"]*)"/.exec(tag)?.[1])
    .filter((label): label is string => label !== undefined && label.trim() !== '')
    .map(label => decodeHtml(label).trim())
}

/** Slidev's directives (@slidev/client/modules): on the server they change nothing a label says. */
const SLIDEV_DIRECTIVES = ['click', 'after', 'click-hide', 'mark', 'motion', 'drag']

/** The labels of the pictures `component` renders with `props`, rendered on the server. */
export async function renderedAlternatives(component: Component, props: PlacedComponent['props']): Promise<string[]> {
  const app = createSSRApp(component, props)
  SLIDEV_DIRECTIVES.forEach(name => app.directive(name, {}))
  // Components the drawing places by Slidev's auto-import (icons, primitives) are not registered here;
  // they draw shapes, not the drawing's label.
  app.config.warnHandler = () => {}
  return imageLabels(await renderToString(app))
}

/**
 * The text alternatives of what a slide places, in order. `load` gives a component that draws a
 * picture (a `role="img"` element) by name, or undefined for any other component (text, links).
 */
export async function slideAlternatives(placed: readonly PlacedComponent[], load: (name: string) => Promise<Component | undefined>): Promise<string[]> {
  const alternatives: string[] = []
  for (const { component, props } of placed) {
    const demo = DEMO_PICTURES[component]
    if (demo) {
      alternatives.push(demoAlternative(demo(props)))
      continue
    }
    const drawing = await load(component)
    if (drawing)
      alternatives.push(...await renderedAlternatives(drawing, props))
  }
  return alternatives
}
