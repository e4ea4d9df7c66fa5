import { describe, expect, it } from 'vitest'
import { slideAnnouncement } from '../../composables/slideAnnouncement'

describe('slideAnnouncement: what a screen reader hears when a slide comes up', () => {
  it('says the slide\'s number, the count and its headline, in French', () => {
    expect(slideAnnouncement(4, 33, 'Mon travail : cinq domaines')).toBe('Diapositive 4 sur 33 : Mon travail : cinq domaines')
  })
  it('says the headline on one line, and only the number without one', () => {
    expect(slideAnnouncement(2, 33, '  Une\n  ligne ')).toBe('Diapositive 2 sur 33 : Une ligne')
    expect(slideAnnouncement(5, 33, undefined)).toBe('Diapositive 5 sur 33')
    expect(slideAnnouncement(5, 33, ' ')).toBe('Diapositive 5 sur 33')
  })
})
