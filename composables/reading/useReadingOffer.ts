import { useNav } from '@slidev/client'
import { useMediaQuery, useSessionStorage } from '@vueuse/core'
import { computed, getCurrentInstance, h, render, watch } from 'vue'
import { useRouter } from 'vue-router'

/** A phone held upright: the slide is a strip across the screen, the reading page reads better. */
export const PHONE_PORTRAIT_QUERY = '(orientation: portrait) and (max-width: 40rem)'

/**
 * Offers the reading page, at the slide being shown, to a phone in portrait on the slide view: a
 * banner with one link, dismissable for the session. Never in the presenter view, print, export or
 * an embed. The banner's code loads only when it is first shown, so other screens pay nothing for it.
 */
export function useReadingOffer() {
  const router = useRouter()
  const { currentSlideNo, isPrintMode, isEmbedded } = useNav()
  const portrait = useMediaQuery(PHONE_PORTRAIT_QUERY)
  const dismissed = useSessionStorage('mise-en-prod:reading-offer-dismissed', false)
  const shown = computed(() => portrait.value && !dismissed.value && !isPrintMode.value && !isEmbedded.value
    && router.currentRoute.value.name === 'play')

  // Mounted beside Slidev's pages but in its app (Slidev gives every component the slide context it provides).
  const appContext = getCurrentInstance()!.appContext
  let mounted = false
  watch(shown, async (show) => {
    if (!show || mounted)
      return
    mounted = true
    const { default: ReadingOffer } = await import('../../components/reading/ReadingOffer.vue')
    const banner = h(ReadingOffer, {
      shown,
      slide: currentSlideNo,
      onDismiss: () => (dismissed.value = true),
    })
    banner.appContext = appContext
    render(banner, document.body.appendChild(document.createElement('div')))
  }, { immediate: true })
}
