import { describe, expect, it } from 'vitest'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { normaliseBase, normaliseSiteUrl, resolveSiteUrl, speakerWarning } from './base.mjs'

/** A deck file with this headmatter, in a fresh temporary folder. */
function deck(headmatter: string) {
  const file = join(mkdtempSync(join(tmpdir(), 'deck-')), 'slides.md')
  writeFileSync(file, `---\n${headmatter}\n---\n\n# Slide\n`)
  return file
}

describe('normaliseBase', () => {
  it('defaults to the root', () => {
    expect(normaliseBase(undefined)).toBe('/')
    expect(normaliseBase('')).toBe('/')
    expect(normaliseBase('/')).toBe('/')
  })
  it('adds the missing leading and trailing slashes', () => {
    expect(normaliseBase('mise-en-prod')).toBe('/mise-en-prod/')
    expect(normaliseBase('/mise-en-prod')).toBe('/mise-en-prod/')
    expect(normaliseBase('mise-en-prod/')).toBe('/mise-en-prod/')
    expect(normaliseBase('//talks//mise-en-prod//')).toBe('/talks/mise-en-prod/')
  })
  it('refuses what is not a path', () => {
    expect(() => normaliseBase('https://example.org/deck/')).toThrow(/BASE must be a path/)
    expect(() => normaliseBase('/deck?x=1')).toThrow(/BASE must be a path/)
    expect(() => normaliseBase('/a/../b/')).toThrow(/\.\./)
  })
})

describe('normaliseSiteUrl', () => {
  it('is optional', () => {
    expect(normaliseSiteUrl(undefined, '/')).toBeUndefined()
    expect(normaliseSiteUrl(' ', '/')).toBeUndefined()
  })
  it('ends the address with a slash', () => {
    expect(normaliseSiteUrl('https://example.org', '/')).toBe('https://example.org/')
    expect(normaliseSiteUrl('https://example.github.io/mise-en-prod', '/mise-en-prod/')).toBe('https://example.github.io/mise-en-prod/')
  })
  it('refuses what is not an http(s) address', () => {
    expect(() => normaliseSiteUrl('example.org/deck/', '/deck/')).toThrow(/absolute http\(s\) URL/)
    expect(() => normaliseSiteUrl('ftp://example.org/', '/')).toThrow(/absolute http\(s\) URL/)
  })
  it('refuses an address whose path is not the base path', () => {
    expect(() => normaliseSiteUrl('https://example.org/deck/', '/')).toThrow(/set BASE=\/deck\//)
  })
})

describe('resolveSiteUrl', () => {
  it('reads the headmatter\'s siteUrl, which SITE_URL overrides', () => {
    const entry = deck('title: x\nsiteUrl: https://me.github.io/talk/')
    expect(resolveSiteUrl({ env: { BASE: '/talk/' }, entry })).toBe('https://me.github.io/talk/')
    expect(resolveSiteUrl({ env: { BASE: '/', SITE_URL: 'https://fork.example/' }, entry })).toBe('https://fork.example/')
  })
  it('is undefined when neither sets one', () => {
    expect(resolveSiteUrl({ env: {}, entry: deck('title: x\nsiteUrl:') })).toBeUndefined()
  })
  it('names the headmatter when its address does not fit the base path, and skips that check with base null', () => {
    const entry = deck('siteUrl: https://me.github.io/talk/')
    expect(() => resolveSiteUrl({ env: {}, entry })).toThrow(/headmatter's siteUrl.*set BASE=\/talk\//)
    expect(resolveSiteUrl({ env: {}, entry, base: null })).toBe('https://me.github.io/talk/')
  })
})

describe('speakerWarning', () => {
  it('names, in one line, every speaker key left empty or absent', () => {
    expect(speakerWarning(deck('title: x\nauthor:\nspeakerRole: "  "'))).toBe('the title slide has no name or role: fill in `author:` and `speakerRole:` in the headmatter of slides.md')
    expect(speakerWarning(deck('title: x\nspeakerRole: SRE'))).toBe('the title slide has no name: fill in `author:` in the headmatter of slides.md')
  })
  it('says nothing once both are set', () => {
    expect(speakerWarning(deck('author: Camille Martin\nspeakerRole: Ingénieure'))).toBeUndefined()
  })
})
