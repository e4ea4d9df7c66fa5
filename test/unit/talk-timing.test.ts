import { describe, expect, it } from 'vitest'
import { BUDGET, countClickMarkers, declaredClicks, formatTiming, loadTalk, minutesFor, overBudget, spokenWords, timing } from '../../scripts/talk-timing.mjs'

const slide = (section: string | null, note: string, clicks?: number) => ({ section, note, frontmatter: clicks === undefined ? {} : { clicks } })

describe('the talk timing counts', () => {
  it('counts click markers, one per [click] and n per [click:n]', () => {
    expect(countClickMarkers('Entrée. [click] Un. [click] Deux.')).toBe(2)
    expect(countClickMarkers('[click:3] Trois d\'un coup. [CLICK] et un.')).toBe(4)
    expect(countClickMarkers('Pas de clic ici, même pas [clic].')).toBe(0)
  })

  it('leaves the markers out of the spoken words', () => {
    expect(spokenWords('Bonsoir à tous. [click] Voici le DNS, l\'annuaire d\'Internet.')).toBe(8)
    expect(spokenWords('[click] [click:2]')).toBe(0)
  })

  it('reads the declared clicks, and nothing else, from the frontmatter', () => {
    expect(declaredClicks({ clicks: 6 })).toBe(6)
    expect(declaredClicks({ clicks: '11' })).toBe(11)
    expect(declaredClicks({})).toBe(0)
    expect(declaredClicks({ clicks: -2 })).toBe(0)
    expect(declaredClicks({ clicks: 'beaucoup' })).toBe(0)
  })

  it('turns words and clicks into minutes: 130 words a minute, 2 s a click', () => {
    expect(minutesFor(130, 0)).toBe(1)
    expect(minutesFor(0, 30)).toBe(1)
    expect(minutesFor(260, 15)).toBe(2.5)
  })

  it('sums per section in order, the entry file\'s title slide with the intro, and in all', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'mot').join(' ')
    const { sections, total } = timing([
      slide(null, words(10)),
      slide('intro', words(20)),
      slide('architecture', `${words(100)} [click] ${words(30)}`, 1),
      slide('architecture', words(0), 6),
    ])
    expect(sections.map(s => [s.section, s.slides, s.clicks, s.words])).toEqual([['intro', 2, 0, 30], ['architecture', 2, 7, 130]])
    expect(sections[1].minutes).toBeCloseTo(1 + 14 / 60)
    expect(total).toMatchObject({ slides: 4, clicks: 7, words: 160 })
    expect(total.minutes).toBeCloseTo(160 / 130 + 14 / 60)
    expect(formatTiming({ sections, total }).split('\n')).toHaveLength(4)
  })

  it('leaves a 30-minute meetup slot five minutes or more for questions: 2,800 words, 23 minutes', () => {
    expect(BUDGET).toMatchObject({ words: 2800, minutes: 23 })
    expect(30 - BUDGET.minutes).toBeGreaterThanOrEqual(5)
    expect(overBudget({ section: 'total', slides: 33, clicks: 61, words: 3016, minutes: minutesFor(3016, 61) })).toHaveLength(2)
  })

  it('says what is over budget, and nothing when the talk fits', () => {
    const fits = { section: 'total', slides: 30, clicks: 60, words: BUDGET.words, minutes: BUDGET.minutes }
    expect(overBudget(fits)).toEqual([])
    expect(overBudget({ ...fits, words: BUDGET.words + 1 })).toEqual([`notes: ${BUDGET.words + 1} words, budget ${BUDGET.words}`])
    expect(overBudget({ ...fits, minutes: BUDGET.minutes + 0.5 })).toHaveLength(1)
  })
})

describe('the deck fits its slot', async () => {
  const { total } = timing(await loadTalk('slides.md'))

  it(`has at most ${BUDGET.words} words of notes and runs at most ${BUDGET.minutes} minutes`, () => {
    expect(overBudget(total)).toEqual([])
  })
})
