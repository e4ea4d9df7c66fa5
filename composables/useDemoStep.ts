import type { Scenario } from '../scenarios/scenario'
import { useNav, useSlideContext } from '@slidev/client'
import { computed, onMounted, onUnmounted, ref } from 'vue'
import { captionAt, clampStep, stateAt, stepCount } from '../scenarios/scenario'

let nextId = 0

/**
 * Binds a scenario to the slide's clicks: registers one click per step with Slidev's clicks
 * context (so navigation, presenter view and `--with-clicks` export know every step), and
 * returns the state to draw. The click index is the only input; nothing here keeps time.
 */
export function useDemoStep<S>(scenario: Scenario<S>, at: string | number = '+1') {
  const { $clicksContext: clicks, $renderContext } = useSlideContext()
  const { isPrintMode } = useNav()
  const id = `demo-${scenario.id}-${nextId++}`
  const total = stepCount(scenario)
  const start = ref<number | null>(null)

  onMounted(() => {
    if (total === 0)
      return
    const info = clicks.calculateSince(at, total)
    if (!info)
      return
    clicks.register(id, info)
    start.value = info.start
  })
  onUnmounted(() => clicks.unregister(id))

  // Under reduced motion the dots are not drawn at all (CSS alone hides them but leaves their animations ticking).
  const reducedMotion = ref(false)
  let motionQuery: MediaQueryList | undefined
  const onMotionChange = () => (reducedMotion.value = !!motionQuery?.matches)
  onMounted(() => {
    motionQuery = window.matchMedia('(prefers-reduced-motion: reduce)')
    onMotionChange()
    motionQuery.addEventListener('change', onMotionChange)
  })
  onUnmounted(() => motionQuery?.removeEventListener('change', onMotionChange))

  const step = computed(() => start.value === null ? 0 : clampStep(scenario, clicks.current - start.value + 1))
  const state = computed(() => stateAt(scenario, step.value))
  const caption = computed(() => captionAt(scenario, step.value))
  /** Ambient motion (traffic dots) only on a live slide, never in print, export, thumbnails or under reduced motion. */
  const ambient = computed(() => !isPrintMode.value && !reducedMotion.value && ($renderContext.value === 'slide' || $renderContext.value === 'presenter'))

  return { step, total, state, caption, ambient }
}
