import { describe, expect, it } from 'vitest'
import { FRENCH_CONTROLS } from '../../workarounds/french-controls.mjs'
import { englishWordsIn } from './english-names'

const LABELS = Object.values(FRENCH_CONTROLS).flat()

describe('englishWordsIn: the English words of a control name', () => {
  it('finds English in every English label of Slidev\'s controls, and in a label Slidev could add', () => {
    expect(LABELS.filter(([en]) => englishWordsIn(en).length === 0).map(([en]) => en)).toEqual([])
    expect(englishWordsIn('Go to next slide')).toEqual(['go', 'to', 'next', 'slide'])
    expect(englishWordsIn('Toggle captions')).toEqual(['toggle'])
  })
  it('finds none in their French names, nor in the deck\'s own', () => {
    expect(LABELS.flatMap(([, fr]) => englishWordsIn(fr))).toEqual([])
    for (const name of ['Mode chaos', 'Fermer ce bandeau', 'Notes', 'Informations', 'Changer de disposition 1', 'Diapositive 4 sur 33'])
      expect(englishWordsIn(name), name).toEqual([])
  })
})
