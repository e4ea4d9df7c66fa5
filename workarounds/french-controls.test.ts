import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { FRENCH_CONTROLS, frenchControls } from './french-controls.mjs'

const source = (file: string) => readFileSync(`node_modules/@slidev/client/${file}`, 'utf8')

describe('frenchControls: Slidev\'s control labels in French', () => {
  it('finds every label in the installed Slidev and leaves none of them in English', () => {
    for (const [file, labels] of Object.entries(FRENCH_CONTROLS)) {
      const french = frenchControls(file, source(file))
      for (const [english, translated] of labels) {
        expect(french, `${file}: ${english}`).toContain(translated)
        expect(french, `${file}`).not.toMatch(new RegExp(`["'\`>]\\s*${english.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*["'\`<]`))
      }
    }
  })
  it('rewrites a label as an attribute, in an expression and as an element\'s text, and nothing else', () => {
    const nav = '<IconButton title="Go to next slide" /><b>{{ on ? \'Enter fullscreen\' : "Close fullscreen" }}</b><i>Go to next slide now</i>'
    const file = 'internals/NavControls.vue'
    const labels = FRENCH_CONTROLS[file].filter(([en]) => nav.includes(en))
    // The file's other labels, quoted after it: each label must be found for the edit to go through.
    const rest = FRENCH_CONTROLS[file].filter(l => !labels.includes(l)).map(([en]) => `'${en}'`).join('')
    expect(frenchControls(file, nav + rest)).toContain('<IconButton title="Diapositive suivante" /><b>{{ on ? \'Plein écran\' : "Quitter le plein écran" }}</b><i>Go to next slide now</i>')
  })
  it('fails, naming the file and the label, when Slidev no longer holds one', () => {
    expect(() => frenchControls('internals/Goto.vue', '<input placeholder="Go to…">')).toThrow('@slidev/client/internals/Goto.vue no longer holds the label "Goto..."')
  })
  it('leaves any other file as it is', () => {
    expect(frenchControls('internals/Other.vue', 'title="Go to next slide"')).toBe('title="Go to next slide"')
  })
})
