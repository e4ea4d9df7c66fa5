import { defineRootSetup } from '@slidev/types'
import { useReadingOffer } from '../composables/reading/useReadingOffer'
import { usePrintClass } from '../workarounds/print-class'
import { useCachingToastFix } from '../workarounds/pwa-caching-toast'
import { useUnknownSlideRedirect } from '../workarounds/unknown-slide'
import { useSlideWarmup } from '../workarounds/warm-slides'

export default defineRootSetup(() => {
  useSlideWarmup()
  usePrintClass()
  useCachingToastFix()
  useReadingOffer()
  useUnknownSlideRedirect()
})
