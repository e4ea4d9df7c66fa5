import { describe, expect, it } from 'vitest'
import { textWidth, wrapText } from './drawing'

describe('text width estimate', () => {
  it('grows with the text and the font size', () => {
    expect(textWidth('', 13)).toBe(0)
    expect(textWidth('abcd', 12)).toBeCloseTo(2 * textWidth('ab', 12))
    expect(textWidth('abcd', 24)).toBeCloseTo(2 * textWidth('abcd', 12))
  })
})

describe('text wrapping', () => {
  it('keeps a text that fits on one line', () => {
    expect(wrapText('Rien : tout est pareil.', 16, textWidth('Rien : tout est pareil.', 16))).toEqual(['Rien : tout est pareil.'])
  })

  it('breaks between words, each line within the width, no word lost', () => {
    const text = 'Rien : les quatre serveurs sont identiques.'
    const lines = wrapText(text, 16, 200)
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.join(' ')).toBe(text)
    for (const line of lines)
      expect(textWidth(line, 16)).toBeLessThanOrEqual(200)
  })

  it('gives a word wider than the width a line of its own, and nothing to an empty text', () => {
    expect(wrapText('a anticonstitutionnellement b', 16, 40)).toEqual(['a', 'anticonstitutionnellement', 'b'])
    expect(wrapText('  ', 16, 40)).toEqual([])
  })
})
