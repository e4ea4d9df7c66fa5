import { describe, expect, it } from 'vitest'
import { DEMO_PICTURES } from '../composables/reading/pictures'
import { clientConstants } from './hosting.mjs'
import { pictureComponents, readingContent } from './reading-html.mjs'

describe('the components that draw a picture', () => {
  it('are the ones with a role="img" element, by name', () => {
    const pictures = pictureComponents()
    expect(pictures.get('DoraGap')).toBe('/components/talk/DoraGap.vue')
    expect(pictures.has('DomainMap')).toBe(true)
    expect(pictures.has('FactCard')).toBe(false)
    expect(pictures.has('SpeakerCard')).toBe(false)
  })
})

describe('the deck\'s reading page content', async () => {
  const define = clientConstants({ siteUrl: 'https://example.org/mise-en-prod/', base: '/mise-en-prod/', pdfs: {} })
  const { slides, sources } = await readingContent({ define })
  const pictures = pictureComponents()

  it('gives each slide one text alternative per picture it places, none empty', () => {
    const placed = slides.map(s => s.images.length + s.components.filter(c => c.component in DEMO_PICTURES || pictures.has(c.component)).length)
    expect(slides.map(s => s.alternatives.length)).toEqual(placed)
    expect(placed.filter(n => n > 0).length).toBeGreaterThan(20)
    expect(slides.flatMap(s => s.alternatives).filter(text => text.trim().length < 20)).toEqual([])
  })
  it('renders a drawing with the slide\'s attributes and the build\'s constants', () => {
    const mapOn = (section: string) => slides.find(s => s.components.some(c => c.component === 'DomainMap' && c.props.current === section))!
    expect(mapOn('mco').alternatives[0]).toMatch(/nous sommes dans : mco$/)
    expect(slides.flatMap(s => s.alternatives)).toContain('QR code vers https://example.org/mise-en-prod/lire')
  })
  it('has the sources', () => {
    expect(sources.length).toBeGreaterThan(5)
  })
})
