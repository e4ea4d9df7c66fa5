import type { ComputedRef, InjectionKey, MaybeRefOrGetter } from 'vue'
import type { Arranged, Arrangement } from '../scenarios/drawing'
import { computed, inject, provide, toValue } from 'vue'

/** Below this width the reading page re-lays the pictures for a phone held upright. */
export const PORTRAIT_QUERY = '(max-width: 599.98px)'

const ARRANGEMENT: InjectionKey<ComputedRef<Arrangement>> = Symbol('arrangement')
const LANDSCAPE = computed<Arrangement>(() => 'landscape')

/** Sets the arrangement of every picture drawn below the calling component (the reading page's slides). */
export function provideArrangement(arrangement: MaybeRefOrGetter<Arrangement>) {
  provide(ARRANGEMENT, computed(() => toValue(arrangement)))
}

/** The arrangement this picture is drawn in: landscape unless a reading page asked for portrait. */
export function useArrangement(): ComputedRef<Arrangement> {
  return inject(ARRANGEMENT, LANDSCAPE)
}

/** The layout of `layouts` for the arrangement this picture is drawn in. */
export function useLayout<Layout>(layouts: Arranged<Layout>): ComputedRef<Layout> {
  const arrangement = useArrangement()
  return computed(() => layouts[arrangement.value])
}
