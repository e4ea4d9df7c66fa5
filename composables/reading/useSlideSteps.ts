import type { SlideRoute } from '@slidev/types'
import { computed, ref } from 'vue'
import { CLICKS_MAX, createFixedClicks } from '../../workarounds/slidev-internals'

/**
 * A slide's clicks context held by the reader instead of the clicker: it starts at the slide's last
 * step (as Slidev's print and overview pages draw it) and moves one step with `prev` / `next`.
 * Components on the slide read it through Slidev's slide context, as in the slide view, so a demo
 * draws the same state at the same step.
 */
export function useSlideSteps(route: SlideRoute) {
  const target = ref(CLICKS_MAX)
  const clicks = createFixedClicks(route, () => target.value)
  const first = clicks.clicksStart
  /** Known once the slide's components have registered their clicks. */
  const total = computed(() => clicks.total)
  const step = computed(() => Math.min(clicks.current, clicks.total))
  const go = (to: number) => (target.value = Math.min(Math.max(to, first), total.value))

  return {
    clicks,
    step,
    total,
    first,
    canPrev: computed(() => step.value > first),
    canNext: computed(() => step.value < total.value),
    prev: () => go(step.value - 1),
    next: () => go(step.value + 1),
  }
}
