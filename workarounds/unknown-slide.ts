// Workaround: an unknown slide number goes to the nearest slide. Slidev draws slide 1 under any unknown `/:no`
// and keeps the wrong URL. A number past either end goes to the nearest slide instead; anything else that is
// not a slide gets Slidev's "not found" page.
// Buys: a deep link past either end shows the nearest slide, and its URL says which; a mistyped one, "not found".
// Remove when: Slidev redirects or refuses unknown slide numbers itself.
// Guard: test/browser/deck.spec.ts, "an unknown slide number or path gives a visible answer".
import { useNav } from '@slidev/client'
import { watch } from 'vue'
import { useRouter } from 'vue-router'

export function useUnknownSlideRedirect() {
  const { slides } = useNav()
  const router = useRouter()
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
}
