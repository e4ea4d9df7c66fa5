import { defineRootSetup } from '@slidev/types'
import { useNav } from '@slidev/client'
import { watchEffect } from 'vue'

// Slidev marks only its /print page with `html.print`; a per-slide export (`?print=clicks`) renders
// with screen media and no class. This marks every print render, so chrome that is not part of
// the talk (the PWA "Caching for offline…" toast) stays out of PDF and PNG pages.
export default defineRootSetup(() => {
  const { isPrintMode } = useNav()
  watchEffect(() => document.documentElement.classList.toggle('deck-printing', isPrintMode.value))
})
