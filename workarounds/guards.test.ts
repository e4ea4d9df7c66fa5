// The workarounds' guards that need no build: each fails, naming its workaround, when the Slidev (or package)
// it was written against has changed under it. Those that read the built deck are in guards.dist.test.ts.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { globSync } from 'tinyglobby'
import { describe, expect, it } from 'vitest'
import viteConfig from '../vite.config'
import { LEFT_OUT_CHUNKS, manualChunks } from './chunks.mjs'
import { DEP_SCAN_ENTRIES } from './dep-scan.mjs'
import { firstSlideFiles } from './first-slide-preloads.mjs'
import { leanClient, MARKERS } from './lean-client.mjs'
import { installedSlidevVersion, SLIDEV_API_VERSION, slidevApiMismatch } from './slidev-api-build.mjs'

const SLIDEV_CLIENT = 'node_modules/@slidev/client'

/** Slidev's own `manualChunks`, taken from its build config (createConfigPlugin in @slidev/cli's serve chunk). */
function slidevManualChunks(): (id: string) => string | undefined {
  const dist = 'node_modules/@slidev/cli/dist'
  const file = readdirSync(dist).find(name => /^serve-.*\.mjs$/.test(name))
  const source = file ? readFileSync(join(dist, file), 'utf8') : ''
  const asyncModules = source.match(/const ASYNC_MODULES = (\[[^\]]*\])/)?.[1]
  const start = source.indexOf('manualChunks(id) {')
  if (!asyncModules || start < 0)
    throw new Error(`chunks (workarounds/chunks.mjs): no ASYNC_MODULES or manualChunks(id) in ${dist}/${file}: Slidev builds its chunks another way now`)
  let depth = 0
  let end = start
  for (let at = source.indexOf('{', start); at < source.length; at++) {
    depth += source[at] === '{' ? 1 : source[at] === '}' ? -1 : 0
    if (depth === 0) {
      end = at + 1
      break
    }
  }
  return new Function('ASYNC_MODULES', `return { ${source.slice(start, end)} }.manualChunks`)(new Function(`return ${asyncModules}`)())
}

/** Module ids of every kind Slidev's rules tell apart. */
const SAMPLE_IDS = [
  '/app/node_modules/vue/dist/vue.runtime.esm-bundler.js',
  '/app/node_modules/@vue/runtime-dom/dist/runtime-dom.esm-bundler.js',
  '/app/node_modules/vue-router/dist/vue-router.mjs',
  '/app/node_modules/file-saver/dist/FileSaver.min.js',
  '/app/node_modules/shiki/dist/index.mjs',
  '/app/node_modules/@shikijs/core/dist/index.mjs',
  '~icons/carbon/arrow-right',
  '/@slidev-monaco-types/vue',
  '/app/node_modules/@slidev/monaco-types/index.ts',
  '/app/node_modules/typescript/lib/lib.d.ts?monaco-types&raw',
  '/app/node_modules/@slidev/client/pages/play.vue',
  '/app/node_modules/floating-vue/dist/floating-vue.mjs',
  '/app/components/demos/SelfHealing.vue',
  '/@slidev/slides/1/md',
]

describe('workaround chunks (workarounds/chunks.mjs): Slidev\'s chunking rules minus two', () => {
  const slidev = slidevManualChunks()
  it('puts every module where Slidev would, except what the two left-out rules took', () => {
    const differences = SAMPLE_IDS.flatMap((id) => {
      const want = LEFT_OUT_CHUNKS.includes(slidev(id) ?? '') ? undefined : slidev(id)
      return manualChunks(id) === want ? [] : [`${id}: Slidev says ${slidev(id)}, the copy says ${manualChunks(id)}`]
    })
    expect(differences, 'chunks (workarounds/chunks.mjs): Slidev\'s chunking rules changed: copy them again').toEqual([])
  })
  it('leaves out rules Slidev still has', () => {
    const used = new Set(SAMPLE_IDS.map(id => slidev(id)))
    expect(LEFT_OUT_CHUNKS.filter(chunk => !used.has(chunk)), 'chunks (workarounds/chunks.mjs): Slidev no longer makes these chunks: drop their mention').toEqual([])
  })
})

describe('workaround lean-client (workarounds/lean-client.mjs)', () => {
  it.each(MARKERS)('$part: its marker "$text" is still in $file', ({ text, file }) => {
    expect(readFileSync(join('node_modules', file), 'utf8').includes(text), `lean-client: the marker of a left-out part is gone from node_modules/${file}: pick another in MARKERS`).toBe(true)
  })

  // A left-out feature must stop the build with a message naming it, not ship a dead feature. The plugin is
  // run here on a slide as Slidev hands it over; that the build runs it is the guards on the builds' part.
  it('stops on a slide that uses a left-out feature, naming the slide and the feature, and passes a slide that does not', () => {
    const plugin = leanClient()
    const context = { error: (message: string) => { throw new Error(message) } }
    const file = 'test/fixtures/code-deck/uses-v-mark.md'
    // The slide, as Slidev hands it over: its own text, past the deck's headmatter.
    const slide = readFileSync(file, 'utf8').split(/^---$/m).slice(2).join('---')
    const id = `/work/${file}__slidev_1.md`
    expect(() => plugin.transform.call(context, slide, id))
      .toThrow(/uses-v-mark\.md\S* uses the v-mark directive \("v-mark"\), left out of the client by workarounds\/lean-client\.mjs/)
    expect(plugin.transform.call(context, slide.replace(/ v-mark\S*(?=>)/, ''), id)).toBeUndefined()
  })
})

describe('workaround first-slide-preloads (workarounds/first-slide-preloads.mjs)', () => {
  const chunk = (fileName: string, imports: string[], extra: object = {}) => ({ type: 'chunk', fileName, imports, ...extra })
  const bundle = Object.fromEntries([
    chunk('index.js', ['vue.js'], { isEntry: true }),
    chunk('vue.js', []),
    chunk('play.js', ['vue.js', 'drawings.js'], { facadeModuleId: '/work/node_modules/@slidev/client/pages/play.vue' }),
    chunk('drawings.js', []),
    chunk('slide1.js', ['icon.js', 'index.js'], { facadeModuleId: '/@slidev/slides/1/md' }),
    chunk('icon.js', []),
    chunk('slide10.js', ['demo.js'], { facadeModuleId: '/@slidev/slides/10/md' }),
    chunk('demo.js', []),
    { type: 'asset', fileName: 'style.css' },
  ].map(c => [c.fileName, c]))
  it('announces the play page and slide 1 with what they import, and nothing the entry loads or later slides need', () => {
    expect(firstSlideFiles(bundle).sort()).toEqual(['drawings.js', 'icon.js', 'play.js', 'slide1.js'])
  })
})

describe('workaround slidev-api-build (workarounds/slidev-api-build.mjs)', () => {
  it('was written against the installed @slidev/cli', async () => {
    expect(slidevApiMismatch(await installedSlidevVersion()) ?? '', 'slidev-api-build (workarounds/slidev-api-build.mjs)').toBe('')
  })
  it('stops a build on another Slidev version with one line naming the workaround', () => {
    const line = slidevApiMismatch('52.21.0')
    expect(line).toMatch(new RegExp(`^PRESENTER_PASSWORD, WITH_PDF and FOR_EXPORT builds repeat @slidev/cli ${SLIDEV_API_VERSION}'s build command \\(workarounds/slidev-api-build\\.mjs\\), but 52\\.21\\.0 is installed`))
    expect(line).not.toContain('\n')
  })
})

/** The deck's client sources: what the browser runs besides Slidev (the .mjs files are Vite plugins, run by Node). */
const CLIENT_SOURCES = ['components', 'composables', 'setup', 'workarounds', 'pages', 'styles']
  .flatMap(root => readdirSync(root, { recursive: true, encoding: 'utf8' }).map(name => join(root, name).replaceAll('\\', '/')))
  .filter(file => /\.(?:ts|vue|md)$/.test(file) && !file.endsWith('.test.ts'))

describe('workaround dep-scan (workarounds/dep-scan.mjs): our own npm dependencies scanned before the dev server serves', () => {
  const slidevDependencies = Object.keys(JSON.parse(readFileSync(join(SLIDEV_CLIENT, 'package.json'), 'utf8')).dependencies)
  /** Files importing an npm package Slidev's client does not depend on: Slidev's own scan never finds those. */
  const importers = CLIENT_SOURCES.flatMap(file => [...readFileSync(file, 'utf8').matchAll(/^import\s[^'"]*?'([^'./][^']*)'/gm)]
    .map(match => match[1])
    .filter(specifier => !specifier.endsWith('.css'))
    .map(specifier => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/'))
    .filter(name => !slidevDependencies.includes(name) && !name.startsWith('@slidev/'))
    .map(name => ({ file, name })))
  it('finds such imports', () => {
    expect(importers.length).toBeGreaterThan(0)
  })
  it('is the deck\'s optimizeDeps.entries', () => {
    expect(viteConfig.optimizeDeps?.entries, 'dep-scan: vite.config.ts does not scan our sources').toEqual(DEP_SCAN_ENTRIES)
  })
  it('covers every file that imports one (Vite expands the entries with tinyglobby, as here)', () => {
    const scanned = new Set(globSync(DEP_SCAN_ENTRIES))
    expect(importers.filter(i => !scanned.has(i.file)).map(i => `${i.file} imports ${i.name}`), 'dep-scan: the dev server would find these mid-load and reload: widen DEP_SCAN_ENTRIES').toEqual([])
  })
})

/** Every `import … from '@slidev/client/…'` (and `export … from`) in the deck's own sources, with the names it takes. */
function deepImports() {
  return CLIENT_SOURCES.flatMap(file => [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)\s+(type\s+)?([^'"]*?)\s+from\s+'@slidev\/client\/([^']+)'/gm)]
    .map(([, type, clause, target]) => ({
      file,
      target,
      typeOnly: !!type,
      names: [...clause.matchAll(/(?:^|[{,])\s*(?:type\s+)?(\w+)(?:\s+as\s+\w+)?/g)].map(match => match[1]),
    })))
}

describe('workaround slidev-internals (workarounds/slidev-internals.ts): Slidev\'s internals, imported from its sources', () => {
  const imports = deepImports()
  it('finds the deep imports', () => {
    expect(imports.length).toBeGreaterThan(0)
  })
  it('imports them in workarounds/ only', () => {
    expect(imports.filter(i => !i.file.startsWith('workarounds/')).map(i => `${i.file}: @slidev/client/${i.target}`),
      'slidev-internals: import Slidev\'s internals through workarounds/slidev-internals.ts').toEqual([])
  })
  it.each(imports.map(i => [`${i.file}: ${i.names.join(', ')} from @slidev/client/${i.target}`, i] as const))('%s: still exported there', (_, { target, names }) => {
    const path = join(SLIDEV_CLIENT, target)
    let source = ''
    try {
      source = readFileSync(path, 'utf8')
    }
    catch {
      expect.fail(`slidev-internals: ${path} is gone: find where Slidev moved it`)
    }
    const missing = names.filter(name => name === 'default'
      ? !/\.vue$/.test(path) && !/export default/.test(source)
      : !new RegExp(`export\\s+(?:async\\s+)?(?:const|let|function|class|interface|type)\\s+${name}\\b|export\\s*\\{[^}]*\\b${name}\\b`).test(source))
    expect(missing, `slidev-internals: ${path} no longer exports these`).toEqual([])
  })
})
