// What a static host needs besides the built pages: the CSP in the page itself, an installable web
// manifest, and each host's own fallback and header files, all derived from scripts/csp.mjs and the base path.
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { normaliseBase, resolveSiteUrl, speakerWarning } from './base.mjs'
import { META_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './csp.mjs'
import { READING_DIR } from './reading-path.mjs'

export const MANIFEST_FILE = 'manifest.webmanifest'
export const OG_IMAGE = 'og-image.png'

/** The PDFs a build ships: the slides and the handout, made by `npm run export` and `npm run export:handout`. */
export const PDF_FILES = {
  slides: 'mise-en-prod.pdf',
  handout: 'mise-en-prod-handout.pdf',
}

/**
 * What WITH_PDF=1 ships, as { slides, handout }, each { source, name } or undefined: the slides PDF
 * (required: a missing one is an error) and the handout when it was exported.
 */
export function shippedPdfs(env = process.env, dir = 'exports') {
  if (!['1', 'true', 'yes'].includes((env.WITH_PDF ?? '').toLowerCase()))
    return { slides: undefined, handout: undefined }
  const file = name => existsSync(join(dir, name)) ? { source: join(dir, name), name } : undefined
  const slides = file(PDF_FILES.slides)
  if (!slides)
    throw new Error(`WITH_PDF is set but ${join(dir, PDF_FILES.slides)} does not exist: run \`npm run export\` first.`)
  return { slides, handout: file(PDF_FILES.handout) }
}

/**
 * What the client knows of the hosting, as `import.meta.env` constants (typed in env.d.ts):
 * SITE_URL, the public address ('' when none is set); SLIDES_PDF and HANDOUT_PDF, the path of each
 * shipped PDF under the base ('' when not shipped).
 */
export function clientConstants({ siteUrl, base, pdfs }) {
  return {
    'import.meta.env.SITE_URL': JSON.stringify(siteUrl ?? ''),
    'import.meta.env.SLIDES_PDF': JSON.stringify(pdfs.slides ? `${base}${pdfs.slides.name}` : ''),
    'import.meta.env.HANDOUT_PDF': JSON.stringify(pdfs.handout ? `${base}${pdfs.handout.name}` : ''),
  }
}

/** Link-preview tags: og:image always (absolute with an address, as crawlers want), og:url with an address. */
export function linkPreviewTags({ siteUrl, base }) {
  const image = siteUrl ? new URL(OG_IMAGE, siteUrl).href : `${base}${OG_IMAGE}`
  const meta = (property, content) => ({ tag: 'meta', attrs: { property, content }, injectTo: 'head' })
  return [
    meta('og:image', image),
    meta('twitter:image', image),
    ...(siteUrl ? [meta('og:url', siteUrl), meta('twitter:url', siteUrl)] : []),
  ]
}

/** What the web manifest adds to Slidev's (which only has a name and colours). Paths are relative to the manifest. */
export const MANIFEST_EXTRA = {
  short_name: 'Mise en prod',
  description: 'La mise en production expliquée : architecture, industrialisation, MCO, sécurité, disaster recovery.',
  lang: 'fr',
  theme_color: '#0f766e',
  background_color: '#121212',
  icons: [
    { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
  ],
}

/**
 * Vite plugins. In every mode: the client constants (see clientConstants), from $SITE_URL or the
 * headmatter and $WITH_PDF. On the dev server: one line when the title slide lacks the speaker's name
 * or role. In a build: the CSP <meta> first in <head>, so it covers every tag after it, the link-preview
 * tags, and the manifest that Slidev's `pwa` option emits, completed.
 */
export function hostingPlugin() {
  let site
  return [
    {
      name: 'mise-en-prod:site',
      config(config, { command }) {
        const base = normaliseBase(config.base)
        // The dev server and the exports run under their own path: only a build checks the address's path.
        site = { base, siteUrl: resolveSiteUrl({ base: command === 'build' ? base : null }), pdfs: shippedPdfs() }
        return { define: clientConstants(site) }
      },
      // The build says it itself (scripts/build.mjs); `npm run dev` says it here, once per server start.
      configureServer(server) {
        const noSpeaker = speakerWarning()
        if (noSpeaker)
          server.config.logger.warn(`mise-en-prod: ${noSpeaker}`)
      },
    },
    {
      name: 'mise-en-prod:hosting',
      apply: 'build',
      transformIndexHtml: {
        order: 'post',
        handler: () => [
          { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', 'content': META_CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
          { tag: 'meta', attrs: { name: 'theme-color', content: MANIFEST_EXTRA.theme_color }, injectTo: 'head' },
          ...linkPreviewTags(site),
        ],
      },
      generateBundle: {
        order: 'post',
        handler(_, bundle) {
          const asset = bundle[MANIFEST_FILE]
          if (asset?.type !== 'asset')
            return
          asset.source = `${JSON.stringify(completeManifest(JSON.parse(String(asset.source)), site.base), null, 2)}\n`
        },
      },
    },
  ]
}

/** Slidev's manifest with our fields; the app's identity, start and scope are the base path (the address's path). */
export function completeManifest(manifest, base) {
  return { ...manifest, ...MANIFEST_EXTRA, id: base, start_url: base, scope: base }
}

/**
 * Netlify `_redirects`: files first (`lire/` is the reading page's folder), then `lire` without its
 * slash is that page, and every other path under the base is the app.
 */
export function netlifyRedirects(base) {
  return `${base}${READING_DIR}    ${base}${READING_DIR}/index.html    200\n${base}*    ${base}index.html    200\n`
}

/** Netlify `_headers`: the CSP and friends on every path of the site. */
export function netlifyHeaders(base) {
  const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`)
  return `${base}*\n${lines.join('\n')}\n`
}

/**
 * `vercel.json` (Vercel deploys at the root of its domain, so base "/"). Vercel reads it from the repository,
 * not from the build: `node scripts/hosting.mjs` rewrites it, and a unit test fails when it is stale.
 */
export function vercelConfig() {
  return {
    $schema: 'https://openapi.vercel.sh/vercel.json',
    // playwright-chromium would download a browser on install; the site build needs none.
    installCommand: 'PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci',
    buildCommand: 'npm run build',
    outputDirectory: 'dist',
    // The reading page's HTML (scripts/reading-html.mjs) with or without the final slash, then every app route.
    rewrites: [
      ...[`/${READING_DIR}`, `/${READING_DIR}/`].map(source => ({ source, destination: `/${READING_DIR}/index.html` })),
      { source: '/((?!.*\\.).*)', destination: '/index.html' },
    ],
    headers: [{
      source: '/(.*)',
      headers: Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value })),
    }],
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync('vercel.json', `${JSON.stringify(vercelConfig(), null, 2)}\n`)
  console.log('hosting: vercel.json written from scripts/csp.mjs')
}
