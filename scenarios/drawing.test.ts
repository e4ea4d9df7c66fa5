import { describe, expect, it } from 'vitest'
import { BADGE, badgeWidth, textWidth } from './drawing'

describe('text width estimate', () => {
  it('grows with the text and the font size', () => {
    expect(textWidth('', 13)).toBe(0)
    expect(textWidth('abcd', 12)).toBeCloseTo(2 * textWidth('ab', 12))
    expect(textWidth('abcd', 24)).toBeCloseTo(2 * textWidth('abcd', 12))
  })

  it('makes room in a badge for its padding and its icon', () => {
    expect(badgeWidth('Servis', false)).toBe(Math.round(textWidth('Servis', BADGE.fontSize) + BADGE.padding))
    expect(badgeWidth('Servis', true) - badgeWidth('Servis', false)).toBe(BADGE.iconSpace)
  })
})
