// `npm run build`: the deck as a static site for any host, into $OUT (default dist/).
//   BASE=/mise-en-prod/      the path the site is served under (default "/")
//   SITE_URL=https://…/      its public address; overrides the headmatter's `siteUrl` (QR code, og:url, og:image, manifest)
//   WITH_PDF=1               ship exports/mise-en-prod.pdf (made by `npm run export`) and offer it for download,
//                            and exports/mise-en-prod-handout.pdf too when it exists (`npm run export:handout`)
//   PRESENTER_PASSWORD=…     expose the presenter view and the speaker notes, behind Slidev's password prompt;
//                            without it, neither is in the build (nothing could show the notes, and they weigh on slide 1)
// A plain build is `slidev build --base --out --without-notes`. Slidev's CLI has no flag for a presenter
// password or for a download link to a PDF we ship ourselves, so those builds drive Slidev's public API
// (`resolveOptions`, `ViteSlidevPlugin`) with Vite, as `slidev build` does, behind a version check.
import { spawn } from 'node:child_process'
import { copyFile, readFile, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { NO_SITE_URL_WARNING, normaliseBase, resolveSiteUrl, speakerWarning } from './base.mjs'
import { netlifyHeaders, netlifyRedirects, shippedPdfs } from './hosting.mjs'

/** The @slidev/cli whose `slidev build` the API path below repeats (node/commands/build.ts there). */
const SLIDEV_API_VERSION = '52.20.1'

function fail(message) {
  console.error(`build: ${message}`)
  process.exit(2)
}

let base, siteUrl
try {
  base = normaliseBase()
  siteUrl = resolveSiteUrl({ base })
}
catch (error) {
  fail(error.message)
}
const out = resolve(process.env.OUT || 'dist')
const password = process.env.PRESENTER_PASSWORD?.trim() || undefined
let pdfs
try {
  pdfs = shippedPdfs()
}
catch (error) {
  fail(error.message)
}
if (!siteUrl)
  console.warn(`build: warning: ${NO_SITE_URL_WARNING}`)
const noSpeaker = speakerWarning()
if (noSpeaker)
  console.warn(`build: warning: ${noSpeaker}`)

const started = performance.now()
if (password || pdfs.slides)
  await buildWithApi()
else
  await buildWithCli()

// Netlify reads _redirects and _headers from the published folder (Slidev writes 404.html for GitHub Pages).
await writeFile(join(out, '_redirects'), netlifyRedirects(base))
await writeFile(join(out, '_headers'), netlifyHeaders(base))
for (const pdf of Object.values(pdfs).filter(Boolean))
  await copyFile(pdf.source, join(out, pdf.name))

const seconds = ((performance.now() - started) / 1000).toFixed(1)
console.log(`build: deck built for base ${base} in ${out} in ${seconds} s`)
console.log(`build: public address ${siteUrl ?? 'not set'}`)
console.log(`build: presenter view and notes ${password ? 'included, behind PRESENTER_PASSWORD' : 'left out (set PRESENTER_PASSWORD to include them)'}`)
console.log(`build: PDF download ${pdfs.slides ? `offered at ${base}${pdfs.slides.name}` : 'not offered (run `npm run export`, then build with WITH_PDF=1)'}`)
if (pdfs.slides)
  console.log(`build: handout ${pdfs.handout ? `offered at ${base}${pdfs.handout.name}` : 'not shipped (run `npm run export:handout` first)'}`)
process.exit(0)

async function buildWithCli() {
  const slidev = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', '.bin', 'slidev')
  const code = await new Promise((done) => {
    const child = spawn(slidev, ['build', 'slides.md', '--base', base, '--out', out, '--without-notes'], { stdio: 'inherit' })
    child.on('exit', (status, signal) => done(status ?? (signal ? 1 : 0)))
    child.on('error', () => done(1))
  })
  if (code !== 0)
    fail(`slidev build failed (exit ${code}).`)
}

/** `slidev build` with the resolved config adjusted: presenter view and password, the PDF's download link. */
async function buildWithApi() {
  const cliPackage = join(dirname(fileURLToPath(import.meta.resolve('@slidev/cli'))), '..', 'package.json')
  const installed = JSON.parse(await readFile(cliPackage, 'utf8')).version
  if (installed !== SLIDEV_API_VERSION)
    fail(`PRESENTER_PASSWORD and WITH_PDF builds repeat @slidev/cli ${SLIDEV_API_VERSION}'s build command, but ${installed} is installed: compare scripts/build.mjs with its node/commands/build.ts, then update SLIDEV_API_VERSION.`)
  const { createDataUtils, resolveOptions, ViteSlidevPlugin } = await import('@slidev/cli')
  const { build, loadConfigFromFile, mergeConfig } = await import('vite')
  const options = await resolveOptions({ entry: 'slides.md', base, remote: password, withoutNotes: !password }, 'build')
  if (password)
    options.data.config.presenter = true
  if (pdfs.slides)
    options.data.config.download = `${base}${pdfs.slides.name}`
  // The compile-time feature flags and index.html are derived from the config: derive them again.
  options.utils = await createDataUtils(options)
  const indexHtml = resolve(options.userRoot, 'index.html')
  const user = (await loadConfigFromFile({ command: 'build', mode: 'production' }, resolve(options.userRoot, 'vite.config.ts')))?.config ?? {}
  await build(mergeConfig(user, {
    configFile: false,
    root: options.userRoot,
    base,
    define: { __VUE_PROD_DEVTOOLS__: false },
    build: { outDir: out, chunkSizeWarningLimit: 2000, rollupOptions: { input: { index: indexHtml } } },
    plugins: [
      {
        name: 'mise-en-prod:index-html',
        resolveId: { order: 'pre', handler: id => id === indexHtml ? id : null },
        load: { order: 'pre', handler: id => id === indexHtml ? options.utils.indexHtml : undefined },
      },
      await ViteSlidevPlugin(options, user.slidev),
    ],
  }))
  // GitHub Pages answers unknown paths with 404.html, which `slidev build` writes and Vite does not.
  await copyFile(join(out, 'index.html'), join(out, '404.html'))
}
