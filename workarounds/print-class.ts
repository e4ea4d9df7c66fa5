// Workaround: every print render marked. Slidev marks only its /print page with `html.print`; a per-slide export
// (`?print=clicks`) and the notes export (/presenter/print) render with screen media and no class. This puts
// `html.deck-printing` on every print render, so that chrome which is not part of the talk (the PWA
// "Caching for offline…" toast, styles/deck.css) stays out of PDF and PNG pages.
// Buys: PDF and PNG pages that show only the slide.
// Remove when: Slidev marks each print render, its export included.
// Guard: test/browser/workarounds.spec.ts checks the toast is hidden on a `?print=clicks` render, and
// test/browser/handout.spec.ts that no handout page shows it.
import { useNav } from '@slidev/client'
import { computed, watchEffect } from 'vue'
import { useRouter } from 'vue-router'

export function usePrintClass() {
  const { isPrintMode } = useNav()
  const router = useRouter()
  const printing = computed(() => isPrintMode.value || router.currentRoute.value.path.endsWith('/print'))
  watchEffect(() => document.documentElement.classList.toggle('deck-printing', printing.value))
}
