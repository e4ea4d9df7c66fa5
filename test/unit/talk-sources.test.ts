import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { SOURCES } from '../../components/talk/sources'
import { DEMOS } from '../../scenarios/demos'
import { loadTalk } from '../../scripts/talk-timing.mjs'

/**
 * Every source the talk names has its entry on the sources slide. "Names" are the organisations and
 * authors the entries of components/talk/sources.ts credit (and the article's own link): when one of them appears in a slide, a
 * note, a talk drawing or a demo caption, some entry of SOURCES must claim that name.
 */
const CREDITED = ['Fowler', 'Morris', 'Knight Capital', 'SEC', 'AWS', 'Amazon', 'Level 3', 'DORA', 'Google', 'SRE', 'Netflix', 'Chaos Monkey', 'Uptime', 'Equifax', 'Apache Struts', 'FTC', 'GAO', 'Let\'s Encrypt', 'Intermedia', 'Osterman', 'OVH', 'Netcraft', 'BEA-RI', 'Facepunch', 'GitLab', 'US-CERT', 'Krogh', 'freeCodeCamp', 'pigeon', 'RPO', 'RTO']

/** The names of CREDITED that a text mentions (whole words; "pigeon" also as "pigeons"). */
function namesIn(text: string): string[] {
  return CREDITED.filter(name => new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:s)?(?![\\p{L}\\p{N}])`, 'u').test(text))
}

/** Names mentioned in the text that no source claims. */
function unsourcedNames(text: string, sources = SOURCES): string[] {
  const claimed = new Set(sources.flatMap(s => s.names))
  return namesIn(text).filter(name => !claimed.has(name))
}

/** A source key cited in markup: `source="knight"` (a bound `:data-source` is not a citation). */
const SOURCE_KEY = /(?<![\w:-])source="([^"]+)"/g

/** Source keys a text cites (`source="…"`) that have no entry. */
function unknownKeys(text: string, sources = SOURCES): string[] {
  const known = new Set(sources.map(s => s.id))
  return [...text.matchAll(SOURCE_KEY)].map(m => m[1]).filter(id => !known.has(id))
}

async function talkText(): Promise<string> {
  const slides = await loadTalk('slides.md')
  const drawings = readdirSync('components/talk').filter(f => f.endsWith('.vue')).map(f => readFileSync(`components/talk/${f}`, 'utf8').replace(/<!--[\s\S]*?-->/, ''))
  const captions = Object.values(DEMOS).flatMap(({ scenario }) => [scenario.title, scenario.intro, ...scenario.steps.map(step => step.caption)])
  return [...slides.flatMap(s => [s.content, s.note]), ...drawings, ...captions].join('\n')
}

describe('the sources slide', () => {
  it('lists each source once, with a link and at least one name the talk can use', () => {
    expect(new Set(SOURCES.map(s => s.id)).size).toBe(SOURCES.length)
    for (const source of SOURCES) {
      expect(source.url).toMatch(/^https?:\/\//)
      expect(source.names.length).toBeGreaterThan(0)
    }
  })

  it('has an entry for every source key the talk cites', async () => {
    const text = await talkText()
    expect([...text.matchAll(SOURCE_KEY)].length).toBeGreaterThan(0)
    expect(unknownKeys(text)).toEqual([])
  })

  it('has an entry for every source the talk names, in slides, notes, drawings and demo captions', async () => {
    expect(unsourcedNames(await talkText())).toEqual([])
  })

  it('is the last slide, with the hosted deck\'s QR code', async () => {
    const last = (await loadTalk('slides.md')).at(-1)!
    expect(last.content).toContain('<SourcesList />')
    expect(last.content).toContain('<HostedDeckQr />')
  })
})

describe('the source checks fail on a name or key without an entry', () => {
  const sources = SOURCES.filter(s => s.id !== 'gitlab')

  it('catches a named source without an entry', () => {
    expect(unsourcedNames('Le 31 janvier 2017, GitLab a perdu des données.', sources)).toEqual(['GitLab'])
    expect(unsourcedNames('Des pigeons voyageurs et Martin Fowler.')).toEqual([])
  })

  it('catches a cited key without an entry', () => {
    expect(unknownKeys('<FactCard figure="0 sur 5" source="gitlab">…</FactCard>', sources)).toEqual(['gitlab'])
    expect(unknownKeys('<FactCard source="knight" />', sources)).toEqual([])
  })

  it('matches whole names only', () => {
    expect(namesIn('une SECTION, des SRE, l\'AWSome')).toEqual(['SRE'])
  })
})
