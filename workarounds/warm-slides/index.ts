// Workaround: the neighbour slides kept warm. Slidev mounts the previous and next slides the moment a slide
// changes, inside the transition's frames, and every slide of the deck three seconds after the page opens, in
// one task (about a second of CPU, four on a phone's slower CPU); it then keeps every slide but the current one
// `display: none` (SlidesShow.vue, `v-show`), so entering one styles, lays out and paints its whole tree in the
// transition's first frame, and a face its text uses first swaps in mid-transition. The headmatter's
// `defaults: preload: false` turns Slidev's mounting off; this mounts the previous and next slides once a
// change has settled and the page is idle, keeps them rendered, invisible, where their entering transition
// starts (`data-warm`, warm-slides.css), so Slidev finds them mounted, styled and laid out; and once the page
// has loaded, it loads the deck's other font faces in an idle moment. A slide stays mounted once it was.
// Buys: slide entries without a long first frame, and no long task three seconds after the deck opens.
// Remove when: Slidev renders the slides next to the current one ahead of time, in idle time.
// Guard: test/browser/workarounds.spec.ts checks the previous and next slides are mounted and rendered, and
// the others neither; neighbours.test.ts that warm-slides.css still starts where Slidev's transitions do.
import type { SlideRoute } from '@slidev/types'
import { configs, useNav } from '@slidev/client'
import { nextTick, onMounted, watch } from 'vue'
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

/** Mounts a slide in Slidev's slide show, as Slidev's own preloading does (SlidesShow.vue, `preloadRoute`). */
function mount(route: SlideRoute | undefined) {
  if (route && !route.meta.__preloaded) {
    route.meta.__preloaded = true
    route.load()
  }
}

/** Keeps the current slide's neighbours warm (see above), and loads the other font faces once the page has loaded. */
export function useSlideWarmup() {
  const { currentSlideNo, slides, isPrintMode } = useNav()

  /** Mounts the current slide's neighbours, then marks them warm once they are in the page. */
  async function warmUp() {
    mount(slides.value[currentSlideNo.value - 2])
    mount(slides.value[currentSlideNo.value])
    await nextTick()
    mark()
  }

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

  // After the page's load, not at mount: on a slow line, the other faces and the neighbours' files would share
  // the bandwidth with slide 1's own.
  onMounted(() => afterLoad(() => whenIdle(() => {
    loadDeclaredFonts()
    warmUp()
  })))
  watch(currentSlideNo, async (_, left) => {
    // At once, before Slidev hides it: the slide being left stays mounted, and rendered after its leave
    // transition when it is a neighbour. The others once the transition is over and the page idle: mounting
    // and warming a slide styles and lays it out, which must not land in the transition's frames.
    mount(slides.value[left - 1])
    mark(no => no === left)
    await slideTransitionsEnded()
    whenIdle(warmUp)
  }, { flush: 'sync' })
  watch(isPrintMode, () => mark())
}
