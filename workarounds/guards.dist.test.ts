// The workarounds' guards that read the built deck: each fails, naming its workaround, when the build no longer
// shows its effect. Facts of the build only (its files, their bytes gzipped as a host sends them), never times.
// `npm test` runs them after its builds, on $DIST and $DIST_SUB (`npx vitest run -c vitest.dist.config.ts`).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { loadTalk } from '../scripts/talk-timing.mjs'
import { LEFT_OUT_CHUNKS } from './chunks.mjs'
import { MARKERS } from './lean-client.mjs'

const BUDGETS = JSON.parse(readFileSync('bench/budgets.json', 'utf8'))
/** The builds to check: $DIST (default dist) and, when set, $DIST_SUB. */
const BUILDS = [...new Set([process.env.DIST || 'dist', ...(process.env.DIST_SUB ? [process.env.DIST_SUB] : [])])]

/** Slide 1's headline, from the deck's parse. */
async function firstHeadline(): Promise<string> {
  const [first] = await loadTalk('slides.md')
  const headline = first?.content.match(/^# (.+)$/m)?.[1].trim()
  expect(headline, 'slide 1 of slides.md has a "# " headline').toBeTruthy()
  return headline!
}

/** What a build holds: its files (paths under the build, with `/`), their text, and what index.html loads. */
function readBuild(dir: string) {
  const files = readdirSync(join(dir, 'assets'), { recursive: true, encoding: 'utf8' }).map(name => `assets/${name.replaceAll('\\', '/')}`)
  const text = (file: string) => readFileSync(join(dir, file), 'utf8')
  const html = text('index.html')
  /** The files index.html loads: its script, its stylesheets and its module preloads, in its order. */
  const loaded = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\srel="(?:modulepreload|stylesheet)"[^>]*\shref)="([^"]+)"/g)]
    .map(([, url]) => url.slice(url.indexOf('assets/')))
  return { files, text, loaded, preloads: [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="[^"]*?(assets\/[^"]+)"/g)].map(match => match[1]) }
}

describe.each(BUILDS)('the build in %s', (dir) => {
  const built = existsSync(join(dir, 'index.html'))
  const build = built ? readBuild(dir) : { files: [], text: () => '', loaded: [], preloads: [] }

  it('is there, with files index.html loads (`OUT=dist npm run build` makes one)', () => {
    expect(built, `${dir}/index.html`).toBe(true)
    expect(build.loaded.length).toBeGreaterThan(0)
  })

  it('workaround slide-entry-css (workarounds/slide-entry-css.mjs): no selector that restyles a subtree on a class change', () => {
    const found = new Map<string, number>()
    for (const file of build.files.filter(name => name.endsWith('.css'))) {
      for (const [selector] of build.text(file).matchAll(/\[class~=[^\]]*\]|(?:pre|code)\[class\*=["']?language-["']?\]\s+::(?:-moz-)?selection/g))
        found.set(`${file}: ${selector}`, (found.get(`${file}: ${selector}`) ?? 0) + 1)
    }
    expect([...found].map(([where, times]) => `${where} (${times}×)`), 'slide-entry-css: these selectors restyle a whole slide when its classes change').toEqual([])
  })

  it('workaround chunks (workarounds/chunks.mjs): no chunk of every icon nor of Shiki, Vue in a chunk of its own', () => {
    expect(build.files.filter(file => LEFT_OUT_CHUNKS.some(chunk => file.startsWith(`assets/${chunk}-`))), 'chunks: Slidev\'s icon or Shiki chunk is back').toEqual([])
    expect(build.files.filter(file => /^assets\/modules\/vue-[\w-]+\.js$/.test(file)), 'chunks: no modules/vue chunk: the copied rules are not applied').toHaveLength(1)
  })

  it('workaround first-slide-preloads (workarounds/first-slide-preloads.mjs): index.html preloads the play page and slide 1', async () => {
    const headline = (await firstHeadline()).replaceAll('’', '\'')
    expect(build.preloads.filter(file => /^assets\/slidev\/play-[\w-]+\.js$/.test(file)), 'first-slide-preloads: index.html does not preload Slidev\'s play page').toHaveLength(1)
    expect(build.preloads.filter(file => /^assets\/md-[\w-]+\.js$/.test(file) && build.text(file).replaceAll('’', '\'').includes(headline)),
      `first-slide-preloads: index.html does not preload the chunk of slide 1 ("${headline}")`).toHaveLength(1)
  })

  it('workaround lean-client (workarounds/lean-client.mjs): none of the left-out parts in the scripts index.html loads', () => {
    const scripts = build.loaded.filter(file => file.endsWith('.js'))
    const found = MARKERS.flatMap(({ part, text }) => scripts.filter(file => build.text(file).includes(text)).map(file => `${part} in ${file} ("${text}")`))
    expect(found, 'lean-client: slide 1 loads parts of Slidev\'s client the deck never uses').toEqual([])
  })

  it(`workaround lean-client (workarounds/lean-client.mjs): what index.html loads, gzipped, within the bench's ${BUDGETS.slide1.transferredBeforeVisibleKB} KB for slide 1`, () => {
    const sizes = ['index.html', ...build.loaded].map(file => ({ file, bytes: gzipSync(readFileSync(join(dir, file))).length }))
    const total = sizes.reduce((sum, { bytes }) => sum + bytes, 0)
    const listed = sizes.map(({ file, bytes }) => `${file} ${bytes} B`).join(', ')
    console.log(`${dir}: index.html loads ${sizes.length - 1} files, ${total} B gzipped with it: ${listed}`)
    expect(total, `lean-client: slide 1's files weigh ${total} B gzipped, over bench/budgets.json's slide1.transferredBeforeVisibleKB (fonts and lazy styles not counted): ${listed}`)
      .toBeLessThanOrEqual(BUDGETS.slide1.transferredBeforeVisibleKB * 1024)
  })
})
