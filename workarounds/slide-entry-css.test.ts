import { describe, expect, it } from 'vitest'
import { withoutSubtreeInvalidation } from './slide-entry-css.mjs'

describe('withoutSubtreeInvalidation', () => {
  it('writes a class word test as a class selector, quoted or not, escaped in a JS string or not', () => {
    expect(withoutSubtreeInvalidation('.prose :where(p):not(:where([class~=not-prose],[class~=not-prose] *)){margin:0}'))
      .toBe('.prose :where(p):not(:where(.not-prose,.not-prose *)){margin:0}')
    expect(withoutSubtreeInvalidation('[class~="not-prose"] *{}')).toBe('.not-prose *{}')
    expect(withoutSubtreeInvalidation('"[class~=\\"not-prose\\"] *{}"')).toBe('".not-prose *{}"')
  })

  it('drops Prism\'s descendant selection colours and keeps every other rule', () => {
    const kept = 'pre[class*=language-]::selection{background:red}div[class*=language-]{color:blue}'
    expect(withoutSubtreeInvalidation(`pre[class*=language-] ::selection{background:red}${kept}code[class*="language-"] ::-moz-selection{background:red}`))
      .toBe(kept)
  })

  it('leaves other attribute selectors alone', () => {
    const css = '[class*=foo] .bar{}[data-warm] *{}[class|=x]{}'
    expect(withoutSubtreeInvalidation(css)).toBe(css)
  })
})
