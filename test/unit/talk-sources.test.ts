import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { SOURCES } from '../../components/talk/sources'

const pages = readdirSync('pages').filter(f => f.endsWith('.md')).map(f => readFileSync(`pages/${f}`, 'utf8')).join('\n')

describe('facts and their sources', () => {
  it('quotes 4 to 8 sourced facts, each source listed once', () => {
    expect(SOURCES.length).toBeGreaterThanOrEqual(4)
    expect(SOURCES.length).toBeLessThanOrEqual(8)
    expect(new Set(SOURCES.map(s => s.id)).size).toBe(SOURCES.length)
    for (const s of SOURCES)
      expect(s.url).toMatch(/^https?:\/\//)
  })

  it('gives every fact card a source that is on the sources slide', () => {
    const cited = [...pages.matchAll(/<FactCard[^>]*source="([^"]+)"/g)].map(m => m[1])
    expect(cited.length).toBeGreaterThan(0)
    const known = new Set(SOURCES.map(s => s.id))
    expect(cited.filter(id => !known.has(id))).toEqual([])
  })

  it('shows the sources slide at the end of the talk', () => {
    expect(readFileSync('pages/07-conclusion.md', 'utf8')).toContain('<SourcesList />')
  })
})
