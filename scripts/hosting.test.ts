import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from './csp.mjs'
import { completeManifest, firstSlidePreloads, netlifyHeaders, netlifyRedirects, vercelConfig } from './hosting.mjs'

describe('the content security policy', () => {
  it('allows no origin but the site\'s own, and no eval', () => {
    for (const policy of [CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY]) {
      expect(policy).not.toMatch(/unsafe-eval|https?:|\*/)
      expect(policy).toMatch(/default-src 'self'/)
      expect(policy).toMatch(/script-src 'self'(;|$)/)
    }
  })
  it('leaves out of the <meta> what browsers only honour in a header', () => {
    expect(CONTENT_SECURITY_POLICY).toContain('frame-ancestors')
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors')
  })
})

describe('host files', () => {
  it('sends every path under the base to the app on Netlify, with the CSP header', () => {
    expect(netlifyRedirects('/mise-en-prod/')).toBe('/mise-en-prod/*    /mise-en-prod/index.html    200\n')
    const headers = netlifyHeaders('/mise-en-prod/').split('\n')
    expect(headers[0]).toBe('/mise-en-prod/*')
    expect(headers).toContain(`  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}`)
  })
  it('keeps vercel.json in step with scripts/csp.mjs (regenerate with `node scripts/hosting.mjs`)', () => {
    expect(JSON.parse(readFileSync('vercel.json', 'utf8'))).toEqual(vercelConfig())
    const csp = vercelConfig().headers[0].headers.find(h => h.key === 'Content-Security-Policy')
    expect(csp?.value).toBe(CONTENT_SECURITY_POLICY)
  })
  it('rewrites app routes, not missing files, to index.html on Vercel', () => {
    const pattern = new RegExp(`^${vercelConfig().rewrites[0].source.replace('/(', '/(?:')}$`)
    expect(pattern.test('/14')).toBe(true)
    expect(pattern.test('/presenter/14')).toBe(true)
    expect(pattern.test('/assets/missing-chunk.js')).toBe(false)
  })
})

describe('the web manifest', () => {
  it('keeps Slidev\'s fields and adds icons and a short name', () => {
    const manifest = completeManifest({ name: 'Deck', start_url: '/x/', scope: '/x/' })
    expect(manifest.name).toBe('Deck')
    expect(manifest.start_url).toBe('/x/')
    expect(manifest.short_name).toBe('Mise en prod')
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']))
  })
})

describe('first-slide preloads', () => {
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
    expect(firstSlidePreloads(bundle).sort()).toEqual(['drawings.js', 'icon.js', 'play.js', 'slide1.js'])
  })
})
