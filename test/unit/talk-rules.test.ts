import { describe, expect, it } from 'vitest'
import { countSentences, countWords, loadTalk, markdownWords, overBudget, sectionOrderErrors, sectionSequence, slidesLackingNotes, WORD_BUDGET } from './talk-rules'

describe('the talk rules catch a deck that breaks them (fixture)', async () => {
  const slides = await loadTalk('test/fixtures/talk-rules/slides.md')

  it('reads every slide through the src: includes', () => {
    expect(slides).toHaveLength(10)
  })

  it('finds the slides without notes or with a one-sentence note', () => {
    const lacking = slidesLackingNotes(slides).map(s => s.content.split('\n')[0])
    expect(lacking).toEqual(['# Une diapositive sans notes', '# Une note trop courte'])
  })

  it('finds the sections out of order', () => {
    expect(sectionSequence(slides).slice(0, 3)).toEqual(['intro', 'industrialisation', 'architecture'])
    expect(sectionOrderErrors(slides)).toHaveLength(1)
  })

  it('finds the slide over the word budget', () => {
    const counts = slides.map(s => ({ slide: s.no, words: markdownWords(s.content) }))
    const over = overBudget(counts)
    expect(over.map(c => c.slide)).toEqual([4])
    expect(over[0].words).toBeGreaterThan(WORD_BUDGET)
  })
})

describe('the counting functions', () => {
  it('counts words as tokens with a letter or a digit', () => {
    expect(countWords('  Un datacenter — perdu par an : 1 ')).toBe(6)
    expect(countWords('l\'art de survivre à l\'apocalypse')).toBe(5)
    expect(countWords('https://example.org/a-b')).toBe(1)
    expect(countWords('')).toBe(0)
  })

  it('counts sentences however they end', () => {
    expect(countSentences('Une phrase. Une autre ! Et une question ?')).toBe(3)
    expect(countSentences('Une seule phrase')).toBe(1)
    expect(countSentences('  ')).toBe(0)
    expect(countSentences('Version 2.0 sortie. Bien.')).toBe(2)
  })
})

describe('the deck itself', async () => {
  const slides = await loadTalk('slides.md')

  it('has speaker notes of at least two sentences on every slide', () => {
    expect(slidesLackingNotes(slides).map(s => `${s.no} ${s.file}`)).toEqual([])
  })

  it('visits the sections in the article\'s order', () => {
    expect(sectionOrderErrors(slides)).toEqual([])
  })
})
