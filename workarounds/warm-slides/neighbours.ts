import type { TransitionGroupProps } from 'vue'

/**
 * Transitions whose first frame warm-slides.css gives a waiting slide: each rule there is Slidev's
 * `<name>-enter-from` (node_modules/@slidev/client/styles/transitions.css). A slide entered by any other
 * transition is not kept warm: it would start its transition from the wrong place.
 */
export const WARM_TRANSITIONS = ['slide-left', 'slide-right', 'slide-up', 'slide-down', 'fade'] as const
export type WarmTransition = typeof WARM_TRANSITIONS[number]

/** A `transition:` as a slide's frontmatter or the headmatter gives it. */
export type TransitionSetting = string | TransitionGroupProps | null | undefined

/** Slidev's reversed pairs: the name a `transition:` plays going back (logic/transition.ts, `transitionResolveMap`). */
const BACKWARD: Record<string, string> = {
  'slide-left': 'slide-right',
  'slide-right': 'slide-left',
  'slide-up': 'slide-down',
  'slide-down': 'slide-up',
}

/** The transition name Slidev plays for `setting` going forward or back (its `resolveTransition`). */
export function transitionName(setting: TransitionSetting, backward: boolean): string | undefined {
  const name = typeof setting === 'string' ? setting : setting?.name
  if (!name)
    return undefined
  if (name.includes('|'))
    return name.split('|').map(n => n.trim())[backward ? 1 : 0] || undefined
  return backward ? BACKWARD[name] ?? name : name
}

/**
 * The slides to keep styled and laid out while the speaker is on slide `current`: the next and the previous
 * one, with the transition that would bring each in, when warm-slides.css knows it. `settings[i]` is
 * slide i+1's own `transition:`; `deck` the headmatter's. Like Slidev's `getCurrentTransition`, going forward
 * plays the setting of the slide before the entered one, going back the entered slide's own.
 */
export function warmSlides(current: number, settings: readonly TransitionSetting[], deck: TransitionSetting): Map<number, WarmTransition> {
  const marks = new Map<number, WarmTransition>()
  for (const [entered, backward] of [[current + 1, false], [current - 1, true]] as const) {
    if (entered < 1 || entered > settings.length)
      continue
    const name = transitionName(settings[backward ? entered - 1 : entered - 2] || deck, backward)
    const warm = WARM_TRANSITIONS.find(t => t === name)
    if (warm)
      marks.set(entered, warm)
  }
  return marks
}
