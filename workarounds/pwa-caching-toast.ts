// Workaround: Slidev's "Caching for offline…" toast cleared on a return visit. Slidev shows it on every load
// and clears it only when a first install ends: on a return visit (a service worker already in charge, the
// site already cached) it stayed up for good. Reads Slidev's internal `pwaCaching` (setup/pwa.ts).
// Buys: no toast that never goes away.
// Remove when: Slidev clears its toast when a service worker already controls the page.
// Guard: test/browser/offline.spec.ts fails when the toast shows on the visit after the worker took over.
import { pwaCaching } from '@slidev/client/setup/pwa.ts'
import { watchEffect } from 'vue'

export function useCachingToastFix() {
  watchEffect(() => {
    if (pwaCaching.value && navigator.serviceWorker?.controller)
      pwaCaching.value = false
  })
}
