// Workaround: Slidev internals the reading page draws slides with, imported from Slidev's sources (its package
// exports them from no public entry). The reading page shows each slide as Slidev's print page does, with
// a clicks context of its own: Slidev's slide container and wrapper, fixed clicks and a fixed navigation.
// The black screen reads Slidev's pressed keys, and the wake lock its settings switch, from its storage state.
// Buys: the reading page draws each slide with Slidev's own components, at any step, beside the narrative.
// Remove when: @slidev/client exports these from its public entry.
// Guard: workarounds/guards.test.ts checks every `@slidev/client/…` import of the deck is made in workarounds/
// and that its file still exports what is imported.
export { createFixedClicks } from '@slidev/client/composables/useClicks.ts'
export { useFixedNav } from '@slidev/client/composables/useNav.ts'
export { CLICKS_MAX, injectionSlidevContext } from '@slidev/client/constants.ts'
export { default as SlideContainer } from '@slidev/client/internals/SlideContainer.vue'
export { default as SlideWrapper } from '@slidev/client/internals/SlideWrapper.vue'
export { magicKeys, wakeLockEnabled } from '@slidev/client/state/storage.ts'
