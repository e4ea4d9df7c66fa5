import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from './csp.mjs'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { clientConstants, completeManifest, linkPreviewTags, netlifyHeaders, netlifyRedirects, shippedPdfs, vercelConfig } from './hosting.mjs'

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
    expect(netlifyRedirects('/mise-en-prod/')).toBe('/mise-en-prod/lire    /mise-en-prod/lire/index.html    200\n/mise-en-prod/*    /mise-en-prod/index.html    200\n')
    const headers = netlifyHeaders('/mise-en-prod/').split('\n')
    expect(headers[0]).toBe('/mise-en-prod/*')
    expect(headers).toContain(`  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}`)
  })
  it('keeps vercel.json in step with scripts/csp.mjs (regenerate with `node scripts/hosting.mjs`)', () => {
    expect(JSON.parse(readFileSync('vercel.json', 'utf8'))).toEqual(vercelConfig())
    const csp = vercelConfig().headers[0].headers.find(h => h.key === 'Content-Security-Policy')
    expect(csp?.value).toBe(CONTENT_SECURITY_POLICY)
  })
  it('rewrites the reading page, with or without its slash, to its HTML on Vercel, before the app routes', () => {
    const [bare, slash] = vercelConfig().rewrites
    expect([bare, slash]).toEqual([{ source: '/lire', destination: '/lire/index.html' }, { source: '/lire/', destination: '/lire/index.html' }])
  })
  it('rewrites app routes, not missing files, to index.html on Vercel', () => {
    const pattern = new RegExp(`^${vercelConfig().rewrites.at(-1)!.source.replace('/(', '/(?:')}$`)
    expect(pattern.test('/14')).toBe(true)
    expect(pattern.test('/presenter/14')).toBe(true)
    expect(pattern.test('/assets/missing-chunk.js')).toBe(false)
  })
})

describe('the web manifest', () => {
  it('keeps Slidev\'s fields and adds icons, a short name, and the base path as identity, start and scope', () => {
    const manifest = completeManifest({ name: 'Deck', start_url: '/', scope: '/' }, '/x/')
    expect(manifest.name).toBe('Deck')
    expect(manifest).toMatchObject({ id: '/x/', start_url: '/x/', scope: '/x/' })
    expect(manifest.short_name).toBe('Mise en prod')
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']))
  })
})

describe('the public address and the shipped PDFs', () => {
  it('gives absolute link previews with an address, base paths and no og:url without', () => {
    const tags = (siteUrl?: string) => linkPreviewTags({ siteUrl, base: '/d/' }).map(t => `${t.attrs.property}=${t.attrs.content}`)
    expect(tags('https://example.org/d/')).toEqual(['og:image=https://example.org/d/og-image.png', 'twitter:image=https://example.org/d/og-image.png', 'og:url=https://example.org/d/', 'twitter:url=https://example.org/d/'])
    expect(tags(undefined)).toEqual(['og:image=/d/og-image.png', 'twitter:image=/d/og-image.png'])
  })
  it('ships the slides PDF with WITH_PDF, the handout when exported, and tells the client', () => {
    const dir = mkdtempSync(join(tmpdir(), 'exports-'))
    expect(shippedPdfs({}, dir)).toEqual({ slides: undefined, handout: undefined })
    expect(() => shippedPdfs({ WITH_PDF: '1' }, dir)).toThrow(/npm run export/)
    writeFileSync(join(dir, 'mise-en-prod.pdf'), '')
    expect(shippedPdfs({ WITH_PDF: '1' }, dir).handout).toBeUndefined()
    writeFileSync(join(dir, 'mise-en-prod-handout.pdf'), '')
    const pdfs = shippedPdfs({ WITH_PDF: 'true' }, dir)
    expect(clientConstants({ siteUrl: undefined, base: '/d/', pdfs })).toEqual({
      'import.meta.env.SITE_URL': '""',
      'import.meta.env.SLIDES_PDF': '"/d/mise-en-prod.pdf"',
      'import.meta.env.HANDOUT_PDF': '"/d/mise-en-prod-handout.pdf"',
    })
  })
})
