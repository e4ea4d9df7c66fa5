import { useNav } from '@slidev/client'
import { nextTick, ref, watch } from 'vue'
import { slideAnnouncement } from './slideAnnouncement'

/**
 * The text of a polite live region that follows the talk: each time the slide changes (not at each click:
 * a demo's caption announces its own steps), its number, the count and its headline. The headline is the
 * slide's heading as drawn (typography included); a slide not drawn yet gives the title Slidev parsed.
 */
export function useSlideAnnouncer() {
  const { currentSlideNo, currentSlideRoute, total } = useNav()
  const announcement = ref('')

  watch(currentSlideNo, async (no) => {
    await nextTick()
    if (no !== currentSlideNo.value)
      return
    const heading = document.querySelector(`#slideshow > [data-slidev-no="${no}"] h1`)?.textContent
    announcement.value = slideAnnouncement(no, total.value, heading || currentSlideRoute.value.meta.slide?.title)
  })

  return announcement
}
