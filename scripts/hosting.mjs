// What a static host needs besides the built pages: the CSP in the page itself, an installable web
// manifest, and each host's own fallback and header files, all derived from scripts/csp.mjs and the base path.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { META_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './csp.mjs'

export const MANIFEST_FILE = 'manifest.webmanifest'

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
 * Vite plugin (build only): puts the CSP <meta> first in <head>, so it covers every tag after it,
 * and completes the manifest that Slidev's `pwa` option emits.
 */
export function hostingPlugin() {
  let base = '/'
  return {
    name: 'mise-en-prod:hosting',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_, { bundle }) => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', 'content': META_CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
        { tag: 'meta', attrs: { name: 'theme-color', content: MANIFEST_EXTRA.theme_color }, injectTo: 'head' },
        ...firstSlidePreloads(bundle ?? {}).map(file => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` }, injectTo: 'head' })),
      ],
    },
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        const asset = bundle[MANIFEST_FILE]
        if (asset?.type !== 'asset')
          return
        asset.source = `${JSON.stringify(completeManifest(JSON.parse(String(asset.source))), null, 2)}\n`
      },
    },
  }
}

// Slidev reaches slide 1 through two dynamic imports (its play page, then the slide), each one more round trip
// after the entry has run: on a slow network, that is most of the wait. Announcing them in the HTML lets the
// browser fetch them with the entry.
const FIRST_SLIDE_MODULES = [/\/@slidev\/client\/pages\/play\.vue$/, /^\/@slidev\/slides\/1\/md$/]

/** Files of the chunks that show slide 1 and of their static imports, minus what the entry already loads. */
export function firstSlidePreloads(bundle) {
  const chunks = Object.values(bundle).filter(c => c.type === 'chunk')
  const byFile = new Map(chunks.map(c => [c.fileName, c]))
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
  const loadedByEntry = closure(chunks.filter(c => c.isEntry).map(c => c.fileName))
  const firstSlide = chunks.filter(c => FIRST_SLIDE_MODULES.some(re => re.test(c.facadeModuleId ?? ''))).map(c => c.fileName)
  return [...closure(firstSlide)].filter(file => !loadedByEntry.has(file))
}

export function completeManifest(manifest) {
  return { ...manifest, ...MANIFEST_EXTRA }
}

/** Netlify `_redirects`: files first, then every other path under the base is the app. */
export function netlifyRedirects(base) {
  return `${base}*    ${base}index.html    200\n`
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
    rewrites: [{ source: '/((?!.*\\.).*)', destination: '/index.html' }],
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
