// The talk's narrative (the speaker notes) for the reading page, as a virtual module of its own.
// A public build is made `--without-notes`, so Slidev's slide modules carry no notes and slide 1 stays
// light; the reading page imports `virtual:narrative` dynamically, and only it pays for the text.
// The notes are read from the deck's source with @slidev/parser, as Slidev reads them.
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { resolveConfig } from '@slidev/parser'
import { load } from '@slidev/parser/fs'
import MarkdownExit from 'markdown-exit'

export const NARRATIVE_ID = 'virtual:narrative'
const RESOLVED_ID = `\0${NARRATIVE_ID}`
const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

const markdown = MarkdownExit({ html: true })

/**
 * A note as reading text: Slidev's click markers (`[click]`, `[click:2]`) start a new paragraph,
 * since each marks the next beat of the story.
 */
export function noteToHtml(note = '') {
  const text = note.replace(/\[click(?::\d+)?\][ \t]*/gi, '\n\n').trim()
  return text ? markdown.render(text) : ''
}

/** A slide's Markdown without what it does not show: comments and code blocks. */
const shownMarkdown = content => content.replace(/<!--[\s\S]*?-->/g, '').replace(/^(```|~~~)[\s\S]*?^\1/gm, '')

/** The text alternatives of the pictures a slide's Markdown draws itself: `![alt](…)`, `<… role="img" aria-label="…">`. */
export function imagesOf(content = '') {
  const text = shownMarkdown(content)
  return [
    ...[...text.matchAll(/!\[([^\]]+)\]\([^)]*\)/g)].map(([, alt]) => alt),
    ...[...text.matchAll(/<[a-z][\w-]*\b[^>]*\brole="img"[^>]*>/g)].map(([tag]) => /\saria-label="([^"]*)"/.exec(tag)?.[1]).filter(Boolean),
  ].map(alt => alt.trim())
}

/**
 * The components a slide's Markdown places (`<DomainMap current="mco" />`), in order, each with its
 * static attributes; bound ones (`:states="…"`) are left out, as they are expressions, not text.
 */
export function componentsOf(content = '') {
  return [...shownMarkdown(content).matchAll(/<([A-Z][\w-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*\/?>/g)].map(([, component, attributes]) => ({
    component,
    props: Object.fromEntries([...attributes.matchAll(/\s([a-z][\w-]*)="([^"]*)"/gi)].map(([, name, value]) => [name, value])),
  }))
}

/**
 * One entry per slide, in deck order (`no` is Slidev's slide number): its headline, the section file
 * `slides.md` pulls it in through (`pages/02-architecture.md` → `02-architecture`; none for slides
 * written in `slides.md` itself), its narrative as HTML, the components it places and the text
 * alternatives of the pictures its Markdown draws itself. `deck` holds
 * the headmatter's title and the slide canvas's size, as Slidev resolves them.
 */
export async function readNarrative(entry = resolve(PROJECT_ROOT, 'slides.md')) {
  const root = dirname(entry)
  const data = await load({ roots: [root], userRoot: root }, entry)
  const slides = data.slides.map((slide, index) => {
    const chain = [...(slide.importChain ?? []).map(s => s.filepath), slide.source.filepath]
    const section = chain[1]?.split('/').pop().replace(/\.md$/, '') ?? null
    return { no: index + 1, title: slide.title ?? '', section, html: noteToHtml(slide.note), components: componentsOf(slide.content), images: imagesOf(slide.content) }
  })
  const config = resolveConfig(data.headmatter, undefined, entry, false)
  // As Slidev's client sizes the canvas (@slidev/client/env.ts: slideHeight).
  const deck = { title: config.title, canvasWidth: config.canvasWidth, canvasHeight: Math.ceil(config.canvasWidth / config.aspectRatio) }
  return { slides, deck, files: Object.keys(data.watchFiles) }
}

/** The Vite plugin: `import('virtual:narrative')` gives `readNarrative().slides` as its default export. */
export function narrativePlugin({ entry } = {}) {
  let files = new Set()
  return {
    name: 'mise-en-prod:narrative',
    resolveId: id => id === NARRATIVE_ID ? RESOLVED_ID : undefined,
    async load(id) {
      if (id !== RESOLVED_ID)
        return
      const narrative = await readNarrative(entry)
      files = new Set(narrative.files)
      files.forEach(file => this.addWatchFile(file))
      return `export default ${JSON.stringify(narrative.slides)}\n`
    },
    // A note edited under `npm run dev` reaches the reading page on its next load.
    handleHotUpdate({ file, server }) {
      const module = files.has(file) && server.moduleGraph.getModuleById(RESOLVED_ID)
      if (module)
        server.moduleGraph.invalidateModule(module)
    },
  }
}
