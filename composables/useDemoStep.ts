import type { MaybeRefOrGetter } from 'vue'
import type { Scenario } from '../scenarios/scenario'
import { useNav, useSlideContext } from '@slidev/client'
import { usePreferredReducedMotion } from '@vueuse/core'
import { computed, onMounted, onUnmounted, ref, toValue, watch } from 'vue'
import { captionAt, clampStep, stateAt, stepCount } from '../scenarios/scenario'

/** What a demo's view must give its frame: the text alternative, and attributes for tests and tools. */
export interface FrameView {
  description: string
  attributes?: Readonly<Record<string, string>>
}

/** Another scenario and step shown instead of the clicked one (chaos mode), while not null. */
export interface DemoTakeover<S> {
  scenario: Scenario<S>
  step: number
}

let nextId = 0

/**
 * Binds a scenario to the slide's clicks: registers one click per step with Slidev's clicks
 * context (so navigation, presenter view and `--with-clicks` export know every step), and returns
 * the state at the clicked step, its view, and `frame`, the bindings of <DemoFrame v-bind="frame">.
 * The click index is the only input; nothing here keeps time.
 */
export function useDemoStep<S, V extends FrameView>(
  scenario: MaybeRefOrGetter<Scenario<S>>,
  view: (state: S) => V,
  takeover: MaybeRefOrGetter<DemoTakeover<S> | null> = null,
) {
  const { $clicksContext: clicks, $renderContext } = useSlideContext()
  const { isPrintMode } = useNav()
  const id = `demo-${nextId++}`
  const clicked = computed(() => toValue(scenario))
  const clickCount = computed(() => stepCount(clicked.value))
  const start = ref<number | null>(null)

  function register() {
    clicks.unregister(id)
    start.value = null
    const info = clickCount.value > 0 ? clicks.calculateSince('+1', clickCount.value) : null
    if (!info)
      return
    clicks.register(id, info)
    start.value = info.start
  }
  onMounted(() => {
    register()
    watch(clickCount, register)
  })
  onUnmounted(() => clicks.unregister(id))

  /** The step the clicker is at, whatever a takeover shows. */
  const clickStep = computed(() => start.value === null ? 0 : clampStep(clicked.value, clicks.current - start.value + 1))
  const shown = computed(() => toValue(takeover) ?? { scenario: clicked.value, step: clickStep.value })
  const step = computed(() => clampStep(shown.value.scenario, shown.value.step))
  const state = computed(() => stateAt(shown.value.scenario, step.value))
  const drawn = computed(() => view(state.value))
  const frame = computed(() => ({
    scenarioId: clicked.value.id,
    title: shown.value.scenario.title,
    description: drawn.value.description,
    caption: captionAt(shown.value.scenario, step.value),
    step: step.value,
    total: stepCount(shown.value.scenario),
    ...drawn.value.attributes,
  }))

  // Under reduced motion the dots are not drawn at all (CSS alone hides them but leaves their animations ticking).
  const motion = usePreferredReducedMotion()
  /** Ambient motion (traffic dots) only on a live slide, never in print, export, thumbnails or under reduced motion. */
  const ambient = computed(() => !isPrintMode.value && motion.value !== 'reduce' && ($renderContext.value === 'slide' || $renderContext.value === 'presenter'))

  return { state, view: drawn, frame, ambient }
}
