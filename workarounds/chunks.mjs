// Workaround: Slidev's chunking rules, copied, minus two. A `manualChunks` in vite.config.ts replaces Slidev's
// own (node_modules/@slidev/cli/dist/serve-*.mjs, createConfigPlugin), so this is its copy without the rules
// that put every icon of the deck in one chunk, which slide 1 loads as soon as any icon is on it (without that
// rule each icon travels with the demo or slide that draws it), and Shiki's modules in one chunk, which held
// Vue and floating-vue, and then only a stylesheet that slide 1 waited for on its own.
// Buys: slide 1 loads its own icons only, and no Shiki chunk.
// Remove when: Slidev stops grouping icons and Shiki modules, or lets a deck turn that off.
// Guard: workarounds/guards.test.ts runs Slidev's own rules beside these on sample module ids (they must differ
// only where a left-out rule applied); workarounds/guards.dist.test.ts finds no icons or Shiki chunk in the build.

/** Slidev's ASYNC_MODULES: each gets a chunk of its own, `modules/<name>`. */
export const ASYNC_MODULES = ['file-saver', 'vue', '@vue']

/** The chunk Slidev would put module `id` in, minus the icons and Shiki rules; undefined leaves it to Rollup. */
export function manualChunks(id) {
  if (id.startsWith('/@slidev-monaco-types/') || id.includes('/@slidev/monaco-types') || id.endsWith('?monaco-types&raw'))
    return 'monaco/bundled-types'
  const module = ASYNC_MODULES.find(name => id.includes(`/node_modules/${name}`))
  if (module)
    return `modules/${module.replace('@', '').replace('/', '-')}`
}

/** The chunks of Slidev's two rules this copy leaves out. */
export const LEFT_OUT_CHUNKS = ['modules/shiki', 'modules/unplugin-icons']
