// A Vite plugin that leaves out of the built client what this deck never uses, so that slide 1 loads only
// what it draws (issue 11). Slidev 52.20.1's client imports these eagerly whatever the deck holds:
// - the Vue build with the template compiler (Slidev aliases `vue` to it): every template of a deck is
//   compiled at build time, so the runtime build does the same work, without the compiler;
// - the twoslash popups (`@shikijs/vitepress-twoslash/client` with floating-vue), for `twoslash` code blocks;
// - `v-mark` (rough-notation, roughjs) and `v-motion` (@vueuse/motion, popmotion);
// - floating-vue, for a tooltip in the settings menu and the drawing toolbar (off here): it loads, with its
//   styles, when one shows (the twoslash styles that bundled them go with twoslash);
// - fuse.js, the fuzzy search of the "go to slide" dialog: it loads when the speaker first types there;
// - the `yaml` parser, pulled in by `@slidev/parser/core` for one helper that `@slidev/parser/utils` also has.
// Code blocks keep their colours: Shiki highlights them at build time, no client code is involved
// (test/browser/code-highlight.spec.ts builds test/fixtures/code-deck to prove it). A deck that uses a left-out
// feature fails to build with a message saying which and why, rather than shipping a feature that does nothing.
import { fileURLToPath } from 'node:url'

const STUB = '\0lean-client:'
const REASON = 'left out of the client by scripts/lean-client.mjs to keep slide 1 light'

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
