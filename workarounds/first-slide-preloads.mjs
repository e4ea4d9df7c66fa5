// Workaround: slide 1's modules announced in the page. Slidev reaches slide 1 through two dynamic imports (its
// play page, then the slide), each one more round trip after the entry has run: on a slow network, that is
// most of the wait. This Vite plugin adds a <link rel="modulepreload"> to index.html for each of their files,
// so the browser fetches them with the entry.
// Buys: one or two round trips fewer before slide 1 shows.
// Remove when: Slidev preloads the first slide itself (its index.html names the play page's chunk).
// Guard: workarounds/guards.dist.test.ts finds the play page's chunk and slide 1's among index.html's preloads.

const FIRST_SLIDE_MODULES = [/\/@slidev\/client\/pages\/play\.vue$/, /^\/@slidev\/slides\/1\/md$/]

/** Files of the chunks that show slide 1 and of their static imports, minus what the entry already loads. */
export function firstSlideFiles(bundle) {
  return chunkPreloads(bundle, FIRST_SLIDE_MODULES)
}

/** Files of the chunks of the modules matching `modules` and of their static imports, minus what the entry already loads. */
export function chunkPreloads(bundle, modules) {
  const chunks = Object.values(bundle).filter(chunk => chunk.type === 'chunk')
  const byFile = new Map(chunks.map(chunk => [chunk.fileName, chunk]))
  const closure = (roots) => {
    const seen = new Set()
    const visit = (file) => {
      if (seen.has(file) || !byFile.has(file))
        return
      seen.add(file)
      byFile.get(file).imports.forEach(visit)
    }
    roots.forEach(visit)
    return seen
  }
  const loadedByEntry = closure(chunks.filter(chunk => chunk.isEntry).map(chunk => chunk.fileName))
  const wanted = chunks.filter(chunk => modules.some(re => re.test(chunk.facadeModuleId ?? ''))).map(chunk => chunk.fileName)
  return [...closure(wanted)].filter(file => !loadedByEntry.has(file))
}

export function firstSlidePreloads() {
  let base = '/'
  return {
    name: 'mise-en-prod:first-slide-preloads',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_, { bundle }) => firstSlideFiles(bundle ?? {})
        .map(file => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` }, injectTo: 'head' })),
    },
  }
}
