// `npm run build`: the deck as a static site for any host, into $OUT (default dist/).
//   BASE=/mise-en-prod/      the path the site is served under (default "/")
//   SITE_URL=https://…/      its public address, for absolute og:image/og:url in link previews
//   WITH_PDF=1               ship exports/mise-en-prod.pdf (made by `npm run export`) and offer it for download
//   PRESENTER_PASSWORD=…     expose the presenter view and the speaker notes, behind Slidev's password prompt;
//                            without it, neither is in the build (nothing could show the notes, and they weigh on slide 1)
// Slidev's CLI cannot set the presenter password or a per-build download link, so this drives its
// programmatic API (the same calls `slidev build` makes) and adjusts the resolved config in between.
import { copyFile, readdir, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { normaliseBase, normaliseSiteUrl } from './base.mjs'
import { netlifyHeaders, netlifyRedirects } from './hosting.mjs'

export const PDF_NAME = 'mise-en-prod.pdf'
export const PDF_SOURCE = join('exports', PDF_NAME)
export const OG_IMAGE = 'og-image.png'

function fail(message) {
  console.error(`build: ${message}`)
  process.exit(2)
}

let base, siteUrl
try {
  base = normaliseBase()
  siteUrl = normaliseSiteUrl()
}
catch (error) {
  fail(error.message)
}
const out = resolve(process.env.OUT || 'dist')
const withPdf = ['1', 'true', 'yes'].includes((process.env.WITH_PDF ?? '').toLowerCase())
const password = process.env.PRESENTER_PASSWORD?.trim() || undefined
if (withPdf && !existsSync(PDF_SOURCE))
  fail(`WITH_PDF is set but ${PDF_SOURCE} does not exist: run \`npm run export\` first.`)

const started = performance.now()
const { resolveOptions, createDataUtils } = await import('@slidev/cli')
const options = await resolveOptions({ entry: 'slides.md', base, remote: password, withoutNotes: !password }, 'build')
const { config, headmatter } = options.data
if (password)
  config.presenter = true
if (withPdf)
  config.download = `${base}${PDF_NAME}`
const ogImage = siteUrl ? new URL(OG_IMAGE, siteUrl).href : `${base}${OG_IMAGE}`
headmatter.seoMeta = config.seoMeta = {
  ...headmatter.seoMeta,
  ogImage,
  twitterImage: ogImage,
  ...(siteUrl ? { ogUrl: siteUrl, twitterUrl: siteUrl } : {}),
}
// The compile-time feature flags and index.html are derived from the config: derive them again.
options.utils = await createDataUtils(options)

await (await slidevBuild())(options, { base, build: { outDir: out } }, { entry: ['slides.md'], base, out })

// Plain static hosts: GitHub Pages answers unknown paths with 404.html (Slidev copies index.html there);
// Netlify reads _redirects and _headers from the published folder.
if (!existsSync(join(out, '404.html')))
  await copyFile(join(out, 'index.html'), join(out, '404.html'))
await writeFile(join(out, '_redirects'), netlifyRedirects(base))
await writeFile(join(out, '_headers'), netlifyHeaders(base))
if (withPdf)
  await copyFile(PDF_SOURCE, join(out, PDF_NAME))

const seconds = ((performance.now() - started) / 1000).toFixed(1)
console.log(`build: deck built for base ${base} in ${out} in ${seconds} s`)
console.log(`build: presenter view and notes ${password ? 'included, behind PRESENTER_PASSWORD' : 'left out (set PRESENTER_PASSWORD to include them)'}`)
console.log(`build: PDF download ${withPdf ? `offered at ${base}${PDF_NAME}` : 'not offered (run `npm run export`, then build with WITH_PDF=1)'}`)
process.exit(0)

/** Slidev 52.20.1 keeps `build` in a hashed chunk of its CLI rather than in its exports. */
async function slidevBuild() {
  const dist = join(dirname(fileURLToPath(import.meta.resolve('@slidev/cli'))))
  const chunk = (await readdir(dist)).find(name => /^build-.*\.mjs$/.test(name))
  const build = chunk && (await import(pathToFileURL(join(dist, chunk)).href)).build
  if (typeof build !== 'function')
    fail(`cannot find Slidev's build function in ${dist}; the pinned @slidev/cli (52.20.1) is expected.`)
  return build
}
