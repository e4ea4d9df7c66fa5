import { useNav } from '@slidev/client'
import { computed } from 'vue'

/**
 * True where the talk is being shown: the slide view or the presenter view, not a print or export render
 * (Slidev's `/print` page, a per-slide `?print` render), so what depends on it never lands in a PDF or PNG.
 */
export function useLiveView() {
  const { isPlaying, isPresenter, isPrintMode } = useNav()
  return computed(() => (isPlaying.value || isPresenter.value) && !isPrintMode.value)
}
