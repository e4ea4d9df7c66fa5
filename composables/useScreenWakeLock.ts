import { wakeLockEnabled } from '../workarounds/slidev-internals'
import { useDocumentVisibility, useEventListener } from '@vueuse/core'
import { watch } from 'vue'

/** Events that give the page user activation: a key (the speaker's clicker) or a touch, click or pen. */
const GESTURES: ('keydown' | 'pointerdown')[] = ['keydown', 'pointerdown']

/**
 * Keeps the screen awake while the slide view is shown, as Slidev's `wakeLock` setting asks, in place of
 * Slidev's own useWakeLock (workarounds/wake-lock.mjs puts this one in its place). Slidev asks once on load and
 * never handles a refusal: WebKit (Safari, every iPhone browser) refuses a lock its permission would prompt
 * for unless the page has user activation, so Safari logged an uncaught `NotAllowedError: Permission was
 * denied` on every load and never kept the screen on. Here a refusal is expected: the lock is asked on load
 * (Chromium and Firefox grant it), again at the speaker's next key press or touch while it is not held (WebKit
 * grants it then), and again when the page is shown after being hidden (the browser releases it then).
 * Slidev's settings menu switch (« Écran toujours allumé ») still turns it off and on.
 */
export function useWakeLock() {
  if (!('wakeLock' in navigator))
    return
  const visibility = useDocumentVisibility()
  let held: WakeLockSentinel | null = null
  let asking = false

  function acquire() {
    if (held || asking || !wakeLockEnabled.value || visibility.value !== 'visible')
      return
    asking = true
    // Called synchronously from the gesture's handler, so the request carries its activation.
    navigator.wakeLock.request('screen').then((sentinel) => {
      held = sentinel
      sentinel.addEventListener('release', () => (held = null), { once: true })
      if (!wakeLockEnabled.value)
        release()
    }, () => {
      // Refused (no activation yet, hidden meanwhile, or not allowed): the next gesture asks again.
    }).finally(() => (asking = false))
  }

  function release() {
    const sentinel = held
    held = null
    sentinel?.release().catch(() => {})
  }

  watch([wakeLockEnabled, visibility], ([enabled]) => enabled ? acquire() : release(), { immediate: true })
  useEventListener(document, GESTURES, acquire, { passive: true, capture: true })
}
