import { defineRootSetup } from '@slidev/types'
import { useNav } from '@slidev/client'
import { pwaCaching } from '@slidev/client/setup/pwa.ts'
import { computed, watch, watchEffect } from 'vue'
import { useRouter } from 'vue-router'
import { useReadingOffer } from '../composables/reading/useReadingOffer'
import { useSlideWarmup } from '../composables/useSlideWarmup'

export default defineRootSetup(() => {
  const { isPrintMode, slides } = useNav()
  const router = useRouter()
  useSlideWarmup()

  // Slidev marks only its /print page with `html.print`; a per-slide export (`?print=clicks`) and the
  // notes export (/presenter/print) render with screen media and no class. This marks every print
  // render, so chrome that is not part of the talk (the PWA "Caching for offline…" toast) stays out
  // of PDF and PNG pages.
  const printing = computed(() => isPrintMode.value || router.currentRoute.value.path.endsWith('/print'))
  watchEffect(() => document.documentElement.classList.toggle('deck-printing', printing.value))

  // Slidev shows "Caching for offline…" on every load and clears it only when a first install ends: on a
  // return visit (a service worker already in charge, the site already cached) it stayed up for good.
  watchEffect(() => {
    if (pwaCaching.value && navigator.serviceWorker?.controller)
      pwaCaching.value = false
  })

  useReadingOffer()

  // Slidev draws slide 1 under any unknown `/:no` and keeps the wrong URL. A number past either end
  // goes to the nearest slide instead; anything else that is not a slide gets Slidev's "not found" page.
  watch(() => router.currentRoute.value, (route) => {
    if (route.name !== 'play' && route.name !== 'presenter')
      return
    const raw = String(route.params.no ?? '')
    const total = slides.value.length
    if (!total || slides.value.some(s => String(s.no) === raw || s.meta.slide?.frontmatter.routeAlias === raw))
      return
    const prefix = route.name === 'presenter' ? '/presenter/' : '/'
    if (/^-?\d+$/.test(raw)) {
      const no = Math.min(Math.max(Number(raw), 1), total)
      router.replace({ path: `${prefix}${no}`, query: route.query })
    }
    else {
      router.replace({ name: 'NotFound', params: { pathMatch: route.path.split('/').filter(Boolean) } })
    }
  }, { immediate: true })
})
