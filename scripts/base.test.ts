import { describe, expect, it } from 'vitest'
import { normaliseBase } from './base.mjs'

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
