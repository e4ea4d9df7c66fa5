import { describe, expect, it } from 'vitest'
import { normaliseBase, normaliseSiteUrl } from './base.mjs'

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
