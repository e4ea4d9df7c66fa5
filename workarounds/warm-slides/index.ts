// Workaround: the neighbour slides kept warm. Slidev keeps every slide but the current one `display: none`
// (SlidesShow.vue, `v-show`), so entering one styles, lays out and paints its whole tree in the transition's
// first frame, and a face its text uses first swaps in mid-transition. This keeps the previous and next slides
// rendered, invisible, where their entering transition starts (`data-warm`, warm-slides.css), so Slidev finds
// them styled and laid out; and once the page has loaded, it loads the deck's other font faces in an idle moment.
// Buys: slide entries without a long first frame.
// Remove when: Slidev renders the slides next to the current one ahead of time.
// Guard: test/browser/workarounds.spec.ts checks the previous and next slides are rendered and the others not;
// neighbours.test.ts that warm-slides.css still starts where Slidev's transitions do.
import { configs, useNav } from '@slidev/client'
import { onMounted, watch } from 'vue'
import { warmSlides } from './neighbours'
import './warm-slides.css'

/** Text in the deck's language: a face loads the subsets (unicode ranges) French text needs, no others. */
const FONT_SAMPLE = 'Aa éèàç’'

/** Longest wait for Slidev's slide transition to end (it lasts --slidev-transition-duration, 0.5 s). */
const TRANSITION_WAIT_MS = 1500

/** How long an idle callback may wait while the main thread stays busy. */
const IDLE_TIMEOUT_MS = 2000

const SLIDES = '#slideshow > .slidev-page'

/** Runs `callback` once the page has loaded what it asked for first: slide 1's files, and the faces it draws with. */
function afterLoad(callback: () => void) {
  if (document.readyState === 'complete')
    callback()
  else
    window.addEventListener('load', callback, { once: true })
}

function whenIdle(callback: () => void) {
  if ('requestIdleCallback' in window)
    window.requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS })
  else
    setTimeout(callback, 0)
}

/** Resolves once Slidev's slide transitions (on the slides' root elements) have ended. */
async function slideTransitionsEnded() {
  // Vue starts an enter or leave transition two frames after the change.
  await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)))
  const running = [...document.querySelectorAll(SLIDES)].flatMap(el => el.getAnimations())
  await Promise.race([
    Promise.allSettled(running.map(a => a.finished)),
    new Promise(resolve => setTimeout(resolve, TRANSITION_WAIT_MS)),
  ])
}

/** Every web font face the deck declares and has not loaded yet, loaded in its French subset. */
function loadDeclaredFonts() {
  const fonts = new Set<string>()
  document.fonts.forEach((face) => {
    if (face.status === 'unloaded')
      fonts.add(`${face.style} ${face.weight} 1em "${face.family.replace(/"/g, '')}"`)
  })
  // A face that cannot load keeps its fallback, as it would on entry.
  fonts.forEach(font => document.fonts.load(font, FONT_SAMPLE).catch(() => {}))
}

/** Keeps the current slide's neighbours warm (see above), and loads the other font faces once the page has loaded. */
export function useSlideWarmup() {
  const { currentSlideNo, slides, isPrintMode } = useNav()

  /** Marks the neighbours of the current slide and unmarks the others, among the slides `only` accepts. */
  function mark(only: (no: number) => boolean = () => true) {
    const marks = isPrintMode.value
      ? new Map()
      : warmSlides(currentSlideNo.value, slides.value.map(s => s.meta.transition), configs.transition)
    document.querySelectorAll<HTMLElement>(SLIDES).forEach((el) => {
      const no = Number(el.dataset.slidevNo)
      const warm = marks.get(no)
      if (!only(no) || el.dataset.warm === warm)
        return
      if (warm)
        el.dataset.warm = warm
      else
        delete el.dataset.warm
    })
  }

  // After the page's load, not at mount: on a slow line, the other faces would share the bandwidth with slide
  // 1's own files, and were counted before its title showed (230 KB against the budget's 160).
  onMounted(() => afterLoad(() => whenIdle(() => {
    loadDeclaredFonts()
    mark()
  })))
  watch(currentSlideNo, async (_, left) => {
    // At once, before Slidev hides it: the slide being left stays rendered after its leave transition when
    // it is a neighbour. The others once the transition is over and the page idle: warming a slide styles
    // and lays it out, which must not land in the transition's frames.
    mark(no => no === left)
    await slideTransitionsEnded()
    whenIdle(() => mark())
  }, { flush: 'sync' })
  watch(isPrintMode, () => mark())
}
