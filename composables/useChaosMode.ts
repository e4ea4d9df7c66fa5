import type { RecoveryState } from '../scenarios/self-healing'
import type { DemoTakeover } from './useDemoStep'
import { useNav, useSlideContext } from '@slidev/client'
import { computed, ref, watch } from 'vue'
import { chaosScenario } from '../scenarios/chaos'
import { clampStep } from '../scenarios/scenario'

/**
 * Chaos mode of a recovery demo: the viewer picks a failure, and steps the repair with the chaos
 * buttons, never with the clicker. Available on the live slide only (not in print, export or
 * thumbnails); any click of the clicker, or leaving the slide, returns to the script.
 * `takeover` is what useDemoStep shows instead of the clicked step while a failure is played.
 */
export function useChaosMode() {
  const { $page, $renderContext, $clicksContext: clicks } = useSlideContext()
  const { currentSlideNo, isPrintMode } = useNav()

  const played = ref<{ failure: string, seed: number } | null>(null)
  const step = ref(0)
  const run = computed(() => played.value && chaosScenario(played.value.failure, played.value.seed))
  const failure = computed(() => played.value?.failure ?? null)
  const seed = computed(() => played.value?.seed ?? 1)
  const available = computed(() => !isPrintMode.value && ($renderContext.value === 'slide' || $renderContext.value === 'presenter'))
  const takeover = computed<DemoTakeover<RecoveryState> | null>(() => run.value && { scenario: run.value, step: step.value })

  function breakMachine(chosen: string) {
    played.value = { failure: chosen, seed: seed.value }
    step.value = 1
  }
  function stepBy(delta: number) {
    if (run.value)
      step.value = clampStep(run.value, step.value + delta)
  }
  function reseed() {
    if (played.value) {
      played.value = { ...played.value, seed: played.value.seed + 1 }
      step.value = 1
    }
  }
  function reset() {
    played.value = null
    step.value = 0
  }

  watch(() => clicks.current, reset)
  watch(() => currentSlideNo.value !== $page.value, left => left && reset())
  watch(available, ok => !ok && reset())

  return { failure, seed, step, run, available, takeover, breakMachine, stepBy, reseed, reset }
}
