// Workaround: a lean client. Slidev 52.20.1's client imports these eagerly whatever the deck holds, and this
// Vite plugin leaves them out of the build:
// - the Vue build with the template compiler (Slidev aliases `vue` to it): every template of a deck is
//   compiled at build time, so the runtime build does the same work, without the compiler;
// - the twoslash popups (`@shikijs/vitepress-twoslash/client` with floating-vue), for `twoslash` code blocks;
// - `v-mark` (rough-notation, roughjs) and `v-motion` (@vueuse/motion, popmotion);
// - floating-vue, for a tooltip in the settings menu and the drawing toolbar (off here): it loads, with its
//   styles, when one shows (the twoslash styles that bundled them go with twoslash);
// - fuse.js, the fuzzy search of the "go to slide" dialog: it loads when the speaker first types there;
// - the `yaml` parser, pulled in by `@slidev/parser/core` for one helper that `@slidev/parser/utils` also has.
// Buys: slide 1 loads only what it draws, not these features' code.
// Code blocks keep their colours: Shiki highlights them at build time, no client code is involved
// (test/browser/code-highlight.spec.ts builds test/fixtures/code-deck to prove it). A deck that uses a left-out
// feature fails to build with a message saying which and why, rather than shipping a feature that does nothing.
// Remove when: Slidev's client loads these features only for decks that use them.
// Guard: workarounds/guards.dist.test.ts finds no MARKERS text in the files slide 1 preloads, and their size
// within bench/budgets.json; workarounds/guards.test.ts checks that each marker is still in its package.
import { fileURLToPath } from 'node:url'

const STUB = '\0lean-client:'
const REASON = 'left out of the client by workarounds/lean-client.mjs to keep slide 1 light'

/** Left-out features: the use in a slide or component that needs one, and the modules that stand in for it. */
export const LEFT_OUT = [
  {
    feature: 'twoslash code blocks',
    use: /\btwoslash\b/,
    stubs: {
      '@shikijs/vitepress-twoslash/client': 'export default { install() {} }',
      '@shikijs/vitepress-twoslash/style.css': '',
    },
  },
  {
    feature: 'the v-mark directive',
    use: /\bv-mark\b/,
    stubs: { '@slidev/rough-notation': 'export function annotate() { throw new Error("v-mark is not in this build") }' },
  },
  {
    feature: 'the v-motion directive',
    use: /\bv-motion\b/,
    stubs: { '@vueuse/motion': 'export function MotionDirective() { return {} }' },
  },
]
const STUBS = Object.assign({}, ...LEFT_OUT.map(f => f.stubs))

// Slidev's components use floating-vue's two components, and ask it to re-place its popups when a slide
// changes; both wait for the real package, loaded the first time one of its components renders.
const FLOATING_VUE = `import { defineAsyncComponent } from 'vue'
let loaded
const load = name => () => Promise.all([import('floating-vue'), import('floating-vue/dist/style.css')])
  .then(([module]) => { loaded = module; return module[name] })
export const Tooltip = defineAsyncComponent(load('Tooltip'))
export const Dropdown = defineAsyncComponent(load('Dropdown'))
export function recomputeAllPoppers() { loaded?.recomputeAllPoppers() }`

// Goto.vue builds its index in a computed that only runs once something is typed; the search answers nothing
// until fuse.js has loaded, then the computed runs again (it read the reactive `Fuse`).
const FUSE = `import { shallowRef } from 'vue'
const Fuse = shallowRef()
export default class LazyFuse {
  constructor(list, options) { this.list = list; this.options = options }
  search(pattern) {
    if (!Fuse.value) {
      import('fuse.js').then(module => (Fuse.value = module.default))
      return []
    }
    this.fuse ??= new Fuse.value(this.list, this.options)
    return this.fuse.search(pattern)
  }
}`

/** Packages Slidev's client imports eagerly, replaced for it by modules that load them on first use. */
const ON_FIRST_USE = { 'floating-vue': FLOATING_VUE, 'fuse.js': FUSE }

const VUE_FULL_BUILD = /\/node_modules\/vue\/dist\/vue\.esm-bundler\.js$/
// What vue.esm-bundler.js exports, minus the compiler: the same as vue.runtime.esm-bundler.js in production.
const VUE_RUNTIME = `export * from '@vue/runtime-dom'
export function compile() { throw new Error('Vue\\'s template compiler is ${REASON}') }`

/** The deck's own sources: its slides (markdown, and the SFCs Slidev makes of them) and its components. */
/**
 * A text each left-out part holds and a built file keeps (a string or a class name, which minifiers leave alone),
 * with the package file it is in: in a file slide 1 preloads, it says the part is back.
 */
export const MARKERS = [
  { part: 'Vue\'s template compiler', text: 'html,body,base,head', file: '@vue/shared/dist/shared.esm-bundler.js' },
  { part: 'twoslash popups', text: 'twoslash-query', file: '@shikijs/vitepress-twoslash/dist/client.mjs' },
  { part: 'v-mark (rough-notation)', text: 'rough-annotation', file: '@slidev/rough-notation/dist/index.mjs' },
  { part: 'v-motion (@vueuse/motion)', text: 'transformPerspective', file: '@vueuse/motion/dist/index.mjs' },
  { part: 'floating-vue', text: 'v-popper__inner', file: 'floating-vue/dist/floating-vue.mjs' },
  { part: 'fuse.js', text: 'Pattern length exceeds max of', file: 'fuse.js/dist/fuse.mjs' },
  { part: 'the yaml parser', text: 'Excessive alias count', file: 'yaml/browser/dist/nodes/Alias.js' },
]

const isDeckSource = id => !id.includes('/node_modules/') && !id.startsWith('\0')
  && (/\.md$|\.md__slidev_\d+\.md$/.test(id) || (/\.vue$/.test(id)))

export function leanClient() {
  return {
    name: 'mise-en-prod:lean-client',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (source in STUBS)
        return `${STUB}${source}`
      if (source in ON_FIRST_USE && importer?.includes('/@slidev/client/'))
        return `${STUB}${source}`
      if (source === '@slidev/parser/core' && importer?.includes('/@slidev/client/'))
        return this.resolve('@slidev/parser/utils', importer, { skipSelf: true })
    },
    load(id) {
      if (id.startsWith(STUB))
        return STUBS[id.slice(STUB.length)] ?? ON_FIRST_USE[id.slice(STUB.length)]
      if (VUE_FULL_BUILD.test(id))
        return VUE_RUNTIME
    },
    transform(code, id) {
      if (!isDeckSource(id))
        return
      for (const { feature, use } of LEFT_OUT) {
        const found = code.match(use)
        if (found)
          this.error(`${id.split('?')[0]} uses ${feature} ("${found[0]}"), ${REASON}. To use it, remove its entry from LEFT_OUT in ${fileURLToPath(import.meta.url)}.`)
      }
    },
  }
}
