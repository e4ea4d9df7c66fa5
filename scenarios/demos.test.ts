import type { DemoId } from './demos'
import { describe, expect, it } from 'vitest'
import { demoOf, DEMOS } from './demos'

describe('demoOf: the demo a slide shows, from its component tag', () => {
  it.each(Object.keys(DEMOS) as DemoId[])('finds %s from the tag DEMOS gives it', (id) => {
    const { component, props = {} } = DEMOS[id] as { component: string, props?: Record<string, string> }
    const attributes = Object.entries(props).map(([prop, value]) => ` ${prop}="${value}"`).join('')
    expect(demoOf(`Some text\n\n<${component}${attributes} />\n`)).toBe(id)
  })
  it('takes a tag without props for the component\'s default demo, and its props when it has some', () => {
    expect(demoOf('<ArchitectureDiagram />')).toBe('architecture')
    expect(demoOf('<ArchitectureDiagram scenario="build" />')).toBe('architecture')
    expect(demoOf('<ArchitectureDiagram class="wide" scenario="review" />')).toBe('architecture-review')
  })
  it('finds none on a slide without a demo component', () => {
    expect(demoOf('<DomainMap current="mco" />')).toBeNull()
    expect(demoOf('# A headline\n\nText only.')).toBeNull()
  })
})
