import { describe, expect, it } from 'vitest'
import { groupBySection, SECTION_TITLES } from '../composables/reading/sections'
import { componentsOf, imagesOf, noteToHtml, readNarrative } from './narrative-plugin.mjs'

describe('noteToHtml', () => {
  it('turns click markers into paragraph breaks and keeps the Markdown', () => {
    expect(noteToHtml('Intro.\n[click] Step one.\n[click:2] Step **two**.')).toBe('<p>Intro.</p>\n<p>Step one.</p>\n<p>Step <strong>two</strong>.</p>\n')
  })
  it('gives nothing for a slide without notes', () => {
    expect(noteToHtml(undefined)).toBe('')
    expect(noteToHtml('  [click]  ')).toBe('')
  })
})

describe('the deck\'s narrative', async () => {
  const { slides } = await readNarrative()
  it('has one entry per slide, numbered in order, with its headline', () => {
    expect(slides.map(s => s.no)).toEqual(slides.map((_, i) => i + 1))
    expect(slides.every(s => s.title.length > 0)).toBe(true)
  })
  it('gives every section a title and keeps the slides in order', () => {
    const sections = groupBySection(slides)
    expect(sections.filter(s => s.id !== 'debut').map(s => s.id).filter(id => !(id in SECTION_TITLES))).toEqual([])
    expect(sections.flatMap(s => s.slides)).toEqual(slides)
    expect(new Set(sections.map(s => s.id)).size).toBe(sections.length)
  })
  it('carries no click marker', () => {
    expect(slides.filter(s => /\[click/i.test(s.html)).map(s => s.no)).toEqual([])
  })
})

describe('componentsOf', () => {
  it('finds the components a slide places, with their static attributes only', () => {
    const content = '# Titre\n\n<DomainMap current="mco" />\n<FactCard figure="> 460 M$" source="knight">texte</FactCard>\n<StateLegend :states="[\'a\']" />'
    expect(componentsOf(content)).toEqual([
      { component: 'DomainMap', props: { current: 'mco' } },
      { component: 'FactCard', props: { figure: '> 460 M$', source: 'knight' } },
      { component: 'StateLegend', props: {} },
    ])
  })
  it('skips what is commented out or shown as code, and plain HTML', () => {
    expect(componentsOf('<!-- <DomainMap /> -->\n```html\n<RollingDeploy />\n```\n<div class="x"><br></div>')).toEqual([])
  })
})

describe('imagesOf', () => {
  it('reads the text alternatives of the pictures a slide\'s Markdown draws itself', () => {
    expect(imagesOf('![Une carte](/carte.png)\n<div class="row" role="img" aria-label="Huit serveurs">…</div>\n<div role="img"></div>\n<!-- ![non](/x.png) -->')).toEqual(['Une carte', 'Huit serveurs'])
  })
})
