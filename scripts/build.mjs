// `npm run build`: the deck as a static site for any host, into $OUT (default dist/).
//   BASE=/mise-en-prod/      the path the site is served under (default "/")
//   SITE_URL=https://…/      its public address; overrides the headmatter's `siteUrl` (QR code, og:url, og:image, manifest)
//   WITH_PDF=1               ship exports/mise-en-prod.pdf (made by `npm run export`) and offer it for download,
//                            and exports/mise-en-prod-handout.pdf too when it exists (`npm run export:handout`)
//   PRESENTER_PASSWORD=…     expose the presenter view and the speaker notes, behind Slidev's password prompt;
//                            without it, neither is in the build (nothing could show the notes, and they weigh on slide 1)
//   FOR_EXPORT=1             the build `npm run export` prints from (scripts/export.mjs makes it itself): Slidev's
//                            print pages, the presenter view and the notes, open; not a build to host
// A plain build is `slidev build --base --out --without-notes`; Slidev's CLI has no flag for a presenter
// password or a PDF download, so those builds go through workarounds/slidev-api-build.mjs.
import { spawn } from 'node:child_process'
import { copyFile, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildWithSlidevApi } from '../workarounds/slidev-api-build.mjs'
import { NO_SITE_URL_WARNING, normaliseBase, resolveSiteUrl, speakerWarning } from './base.mjs'
import { EXPORT_BUILD_MARK } from './export-build.mjs'
import { netlifyHeaders, netlifyRedirects, shippedPdfs } from './hosting.mjs'

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
const forExport = process.env.FOR_EXPORT === '1'
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
if (password || pdfs.slides || forExport) {
  await buildWithSlidevApi({ base, out, password, download: pdfs.slides && `${base}${pdfs.slides.name}`, print: forExport })
    .catch(error => fail(error.message))
}
else
  await buildWithCli()

// Netlify reads _redirects and _headers from the published folder (Slidev writes 404.html for GitHub Pages).
await writeFile(join(out, '_redirects'), netlifyRedirects(base))
await writeFile(join(out, '_headers'), netlifyHeaders(base))
for (const pdf of Object.values(pdfs).filter(Boolean))
  await copyFile(pdf.source, join(out, pdf.name))
if (forExport)
  await writeFile(join(out, EXPORT_BUILD_MARK), `${JSON.stringify({ base })}\n`)

const seconds = ((performance.now() - started) / 1000).toFixed(1)
console.log(`build: deck built for base ${base} in ${out} in ${seconds} s`)
console.log(`build: public address ${siteUrl ?? 'not set'}`)
console.log(`build: presenter view and notes ${password ? 'included, behind PRESENTER_PASSWORD' : forExport ? 'included, with the print pages, for the exports' : 'left out (set PRESENTER_PASSWORD to include them)'}`)
if (!forExport)
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
