import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { transitionName, WARM_TRANSITIONS, warmSlides } from './neighbours'

/** The declarations of the rule whose selector list contains `selector`, normalised and sorted. */
function declarations(css: string, selector: RegExp): string[] {
  const rule = [...css.matchAll(/([^{}]+)\{([^}]*)\}/g)].find(([, selectors]) => selectors.split(',').some(s => selector.test(s.trim())))
  if (!rule)
    return []
  return rule[2].split(';').map(d => d.trim().replace(/\s*:\s*/, ': ')).filter(Boolean).sort()
}

describe('transitionName: what Slidev plays (logic/transition.ts, resolveTransition)', () => {
  it('reverses the built-in slide pairs going back', () => {
    expect(transitionName('slide-left', false)).toBe('slide-left')
    expect(transitionName('slide-left', true)).toBe('slide-right')
    expect(transitionName('slide-up', true)).toBe('slide-down')
    expect(transitionName('fade', true)).toBe('fade')
  })
  it('reads "forward | backward" and an object with a name', () => {
    expect(transitionName('fade | slide-left', false)).toBe('fade')
    expect(transitionName('fade | slide-left', true)).toBe('slide-left')
    expect(transitionName({ name: 'slide-up' }, false)).toBe('slide-up')
    expect(transitionName(undefined, false)).toBeUndefined()
    expect(transitionName('', true)).toBeUndefined()
  })
})

describe('warmSlides: the neighbours kept rendered, each with the transition that brings it in', () => {
  it('marks the next slide with the forward transition and the previous one with the backward one', () => {
    expect([...warmSlides(2, [undefined, undefined, undefined], 'slide-left')]).toEqual([[3, 'slide-left'], [1, 'slide-right']])
  })
  it('stops at the ends of the deck', () => {
    expect([...warmSlides(1, [undefined, undefined], 'slide-left')]).toEqual([[2, 'slide-left']])
    expect([...warmSlides(2, [undefined, undefined], 'slide-left')]).toEqual([[1, 'slide-right']])
  })
  it('plays, as Slidev does, the setting of the slide before the entered one going forward, the entered one\'s going back', () => {
    // Slide 2 says `transition: fade`: it is how one leaves slide 2 forward, and comes back to it.
    const settings = [undefined, 'fade', undefined]
    expect([...warmSlides(2, settings, 'slide-left')]).toEqual([[3, 'fade'], [1, 'slide-right']])
    expect([...warmSlides(3, settings, 'slide-left')]).toEqual([[2, 'fade']])
  })
  it('keeps cold a slide whose transition has no known first frame, or none', () => {
    expect([...warmSlides(2, [undefined, undefined, undefined], 'zoom-in')]).toEqual([])
    expect([...warmSlides(2, [undefined, undefined, undefined], undefined)]).toEqual([])
  })
})

describe('warm-slides.css', () => {
  const warm = readFileSync('workarounds/warm-slides/warm-slides.css', 'utf8')
  const slidev = readFileSync('node_modules/@slidev/client/styles/transitions.css', 'utf8')
  it.each(WARM_TRANSITIONS)('waits where Slidev\'s %s enter transition starts', (name) => {
    const expected = declarations(slidev, new RegExp(`^\\.${name}-enter-from$`))
    expect(expected.length).toBeGreaterThan(0)
    expect(declarations(warm, new RegExp(`\\[data-warm="${name}"\\]`))).toEqual(expected)
  })
  it.each(WARM_TRANSITIONS.filter(name => name.startsWith('slide-')))('lets %s animate only what its first frame changes', (name) => {
    const changed = declarations(slidev, new RegExp(`^\\.${name}-enter-from$`)).map(d => d.split(':')[0])
    const kept = warm.match(new RegExp(`\\.${name}-enter-active[^{]*\\{\\s*transition-property:\\s*([^;]+);`))?.[1].split(',').map(p => p.trim())
    expect(kept).toEqual(changed)
  })
})
