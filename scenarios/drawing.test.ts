import { describe, expect, it } from 'vitest'
import { textWidth } from './drawing'

describe('text width estimate', () => {
  it('grows with the text and the font size', () => {
    expect(textWidth('', 13)).toBe(0)
    expect(textWidth('abcd', 12)).toBeCloseTo(2 * textWidth('ab', 12))
    expect(textWidth('abcd', 24)).toBeCloseTo(2 * textWidth('abcd', 12))
  })
})
