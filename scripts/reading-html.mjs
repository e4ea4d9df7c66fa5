// The reading page as HTML: the build writes `<out>/lire/index.html`, the page's whole text (headline,
// sections, narrative, sources, each picture's text alternative) in the document the host sends,
// before any script, for JavaScript off, reader modes and link previews; the same app then mounts on
// it and takes it over in place (components/reading/ReadingPage.vue). Made in Node at build time, no
// browser: the markup and the pictures' texts come from TypeScript and Vue sources, loaded with a
// Vite server for server-side rendering (composables/reading/html.ts, composables/reading/pictures.ts).
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { createServer } from 'vite'
import { chunkPreloads, firstSlideFiles } from '../workarounds/first-slide-preloads.mjs'
import { readNarrative } from './narrative-plugin.mjs'
import { READING_DIR } from './reading-path.mjs'

export const READING_HTML_FILE = `${READING_DIR}/index.html`
const READING_PAGE_MODULE = /\/components\/reading\/ReadingPage\.vue$/
const NARRATIVE_MODULE = /virtual:narrative$/
const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** The components under `root`/components that draw a picture (a `role="img"` element), by name, as paths from `root`. */
export function pictureComponents(root = PROJECT_ROOT) {
  const dir = join(root, 'components')
  return new Map(readdirSync(dir, { recursive: true })
    .filter(file => file.endsWith('.vue') && /\brole="img"/.test(readFileSync(join(dir, file), 'utf8')))
    .map(file => [file.split('/').pop().replace(/\.vue$/, ''), `/${relative(root, join(dir, file))}`]))
}

/**
 * What the reading page is made of: the narrative (scripts/narrative-plugin.mjs), each slide with
 * the text alternatives of its pictures, the sources, and the functions that write the page
 * (composables/reading/html.ts). The TypeScript and Vue sources are loaded through a Vite server for
 * server-side rendering, with the client's compile-time constants (`define`: the site's address the
 * QR code points to, the shipped PDFs); it is closed before this returns.
 */
export async function readingContent({ root = PROJECT_ROOT, define = {}, entry } = {}) {
  const narrative = await readNarrative(entry)
  const pictures = pictureComponents(root)
  const server = await createServer({
    configFile: false,
    root,
    logLevel: 'error',
    appType: 'custom',
    define: Object.fromEntries(Object.entries(define).filter(([name]) => name.startsWith('import.meta.env.'))),
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
    plugins: [vue()],
  })
  try {
    const [{ slideAlternatives }, html, { SOURCES }] = await Promise.all([
      server.ssrLoadModule('/composables/reading/pictures.ts'),
      server.ssrLoadModule('/composables/reading/html.ts'),
      server.ssrLoadModule('/components/talk/sources.ts'),
    ])
    const load = async name => pictures.has(name) ? (await server.ssrLoadModule(pictures.get(name))).default : undefined
    const slides = []
    for (const slide of narrative.slides)
      slides.push({ ...slide, alternatives: [...slide.images, ...await slideAlternatives(slide.components, load)] })
    return { deck: narrative.deck, slides, sources: SOURCES, readingPageMarkup: html.readingPageMarkup, readingDocument: html.readingDocument }
  }
  finally {
    await server.close()
  }
}

/** The reading page's document from the bundle's index.html (see readingDocument in composables/reading/html.ts). */
async function renderReadingPage({ root, base, define, entry }, bundle) {
  const index = bundle['index.html']
  const page = Object.values(bundle).find(c => c.type === 'chunk' && READING_PAGE_MODULE.test(c.facadeModuleId ?? ''))
  if (index?.type !== 'asset' || !page)
    throw new Error('reading page: the bundle has no index.html or no reading page chunk (components/reading/ReadingPage.vue)')
  const css = [...page.viteMetadata.importedCss].map(file => String(bundle[file].source)).join('\n')
  // Put in the document, a relative url() would resolve from the page's folder, not from the stylesheet's.
  if (/url\(/.test(css))
    throw new Error('reading page: its stylesheet refers to a file (url(…)), which would not resolve once put in the page')
  const readingPreloads = chunkPreloads(bundle, [READING_PAGE_MODULE, NARRATIVE_MODULE])
  const preloads = {
    drop: firstSlideFiles(bundle).filter(file => !readingPreloads.includes(file)).map(file => `${base}${file}`),
    add: readingPreloads.map(file => `${base}${file}`),
  }
  const content = await readingContent({ root, define, entry })
  const main = content.readingPageMarkup({
    deckTitle: content.deck.title,
    base,
    handout: JSON.parse(define?.['import.meta.env.HANDOUT_PDF'] ?? '""'),
    canvas: { width: content.deck.canvasWidth, height: content.deck.canvasHeight },
    slides: content.slides,
    sources: content.sources,
  })
  return content.readingDocument(String(index.source), { main, css, preloads })
}

/** The Vite plugin: in a build, emits READING_HTML_FILE beside index.html (which it is made from). */
export function readingHtmlPlugin({ entry } = {}) {
  let options
  return {
    name: 'mise-en-prod:reading-html',
    apply: 'build',
    configResolved(config) {
      options = { root: config.root, base: config.base, define: config.define, entry }
    },
    generateBundle: {
      // After Vite has written index.html and the other plugins have completed it (CSP, preloads, manifest link).
      order: 'post',
      async handler(_, bundle) {
        this.emitFile({ type: 'asset', fileName: READING_HTML_FILE, source: await renderReadingPage(options, bundle) })
      },
    },
  }
}
