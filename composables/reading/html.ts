import type { Source } from '../../components/talk/sources'
import type { NarrativeSlide } from './useNarrative'
import { READING_DIR } from '../../scripts/reading-path.mjs'
import { READING_COPY } from './copy'
import { groupBySection } from './sections'

// The reading page as the build writes it (scripts/reading-html.mjs): the markup components/reading
// renders, text for text and class for class, so that the page reads with no script and the app,
// once loaded, takes it over in place (ReadingPage.vue). The pictures are not drawn here: each
// slide's box holds its pictures' text alternatives until the app draws them.

export interface ReadingPageData {
  /** The deck's title, the page's h1. */
  deckTitle: string
  base: string
  /** The handout PDF's path under the base, '' when the build ships none. */
  handout: string
  /** The slide canvas, in the deck's pixels: the box of a slide keeps its proportions. */
  canvas: { width: number, height: number }
  slides: readonly (NarrativeSlide & { alternatives: readonly string[] })[]
  sources: readonly Source[]
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'', nbsp: '\u00A0' }

/** HTML text or an attribute's value as plain text: its character references decoded. */
export function decodeHtml(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => name[0] !== '#'
    ? ENTITIES[name.toLowerCase()] ?? whole
    : String.fromCodePoint(name[1].toLowerCase() === 'x' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1))))
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;')

/** Attributes as HTML, in order; `true` is a bare attribute, `undefined` is left out. */
function attributes(attrs: Record<string, string | number | true | undefined>) {
  return Object.entries(attrs)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`)
    .join('')
}

const element = (tag: string, attrs: Parameters<typeof attributes>[0], content: string) => `<${tag}${attributes(attrs)}>${content}</${tag}>`

function slideMarkup(slide: ReadingPageData['slides'][number], base: string) {
  const alternatives = slide.alternatives.length
    ? element('div', { class: 'reading-slide__alternatives' }, slide.alternatives.map(text => element('p', {}, escapeText(text))).join(''))
    : ''
  return element('article', { 'id': slide.no, 'class': 'reading-slide', 'aria-labelledby': `reading-title-${slide.no}` }, [
    element('h3', { id: `reading-title-${slide.no}`, class: 'reading-slide__title' }, `${element('span', { class: 'reading-slide__no' }, `${slide.no}.`)} ${escapeText(slide.title)}`),
    element('div', { class: 'reading-slide__canvas' }, alternatives),
    element('div', { class: 'reading-slide__narrative' }, slide.html),
    element('a', { href: `${base}${slide.no}`, class: 'reading-slide__open' }, escapeText(READING_COPY.openSlide(slide.no))),
  ].join(''))
}

/** The page's `<main>`, as ReadingPage.vue renders it once the narrative is there. */
export function readingPageMarkup(data: ReadingPageData): string {
  const header = element('header', { class: 'reading-page__header' }, [
    element('p', { class: 'reading-page__kicker' }, escapeText(READING_COPY.kicker)),
    element('h1', {}, escapeText(data.deckTitle)),
    element('p', {}, escapeText(READING_COPY.intro)),
    element('div', { class: 'reading-page__actions' }, [
      element('a', { href: `${data.base}1`, class: 'reading-button' }, escapeText(READING_COPY.slideshow)),
      data.handout ? element('a', { class: 'reading-button', href: data.handout, download: true }, escapeText(READING_COPY.handout)) : '',
    ].join('')),
  ].join(''))
  const sections = groupBySection(data.slides).map(section => element('section', { 'class': 'reading-section', 'aria-labelledby': `section-${section.id}` }, [
    element('h2', { id: `section-${section.id}`, class: `reading-section__title${section.title ? '' : ' is-unseen'}` }, escapeText(section.title ?? READING_COPY.opening)),
    ...section.slides.map(slide => slideMarkup(data.slides.find(s => s.no === slide.no)!, data.base)),
  ].join('')))
  const sources = element('section', { 'id': 'sources', 'class': 'reading-section reading-sources', 'aria-labelledby': 'reading-sources-title' }, [
    element('h2', { id: 'reading-sources-title', class: 'reading-section__title' }, escapeText(READING_COPY.sources)),
    element('ol', {}, data.sources.map(source => element('li', { 'data-source': source.id }, `${escapeText(source.title)}<br>${element('a', { href: source.url, rel: 'noopener noreferrer' }, escapeText(source.url))}`)).join('')),
  ].join(''))
  return element('main', {
    'class': 'reading-page',
    'data-reading-html': true,
    'style': `--reading-canvas-ratio: ${data.canvas.width} / ${data.canvas.height}`,
  }, [header, ...sections, sources].join('\n'))
}

export interface ReadingDocumentParts {
  /** The page's `<main>` (readingPageMarkup). */
  main: string
  /** The reading page's own stylesheet, put in the document: the text is styled with nothing more to fetch. */
  css: string
  /** Module preloads of index.html to leave out (slide 1's) and to add (the reading page's), as URLs. */
  preloads: { drop: readonly string[], add: readonly string[] }
}

function replaceOnce(html: string, pattern: RegExp, replace: (match: string, ...groups: string[]) => string, what: string) {
  const matches = html.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))
  if (matches?.length !== 1)
    throw new Error(`reading page: the built index.html has ${matches?.length ?? 0} ${what} where one was expected`)
  return html.replace(pattern, replace as (match: string, ...groups: unknown[]) => string)
}


/**
 * The reading page's document, made from the built index.html, so that it loads the same app with
 * the same policy (the CSP <meta> stays first) and the app mounts on it: its title and link preview
 * name the reading page; its text comes first in the body, styled by the page's stylesheet in the
 * head; the deck's stylesheets move after the text, so the text shows without waiting for them (a
 * browser paints what comes before a stylesheet in the body); the preloads of slide 1 give way to
 * those of the reading page.
 */
export function readingDocument(indexHtml: string, parts: ReadingDocumentParts): string {
  let html = replaceOnce(indexHtml, /<html\b([^>]*)>/, (_, attrs) => `<html${attrs} class="reading">`, '<html> tag')
  let title = ''
  html = replaceOnce(html, /<title>([^<]*)<\/title>/, (_, text) => {
    title = READING_COPY.title(decodeHtml(text))
    return `<title>${escapeText(title)}</title>`
  }, '<title>')
  html = html.replace(/(<meta property="(?:og|twitter):title" content=")[^"]*(">)/g, (_, start, end) => `${start}${escapeAttribute(title)}${end}`)
  html = html.replace(/(<meta property="(?:og|twitter):url" content=")([^"]*)(">)/g, (_, start, url, end) => `${start}${escapeAttribute(new URL(READING_DIR, decodeHtml(url)).href)}${end}`)

  const stylesheets: string[] = []
  html = html.replace(/[ \t]*<link rel="stylesheet"[^>]*>\n?/g, (tag) => {
    stylesheets.push(tag.trim())
    return ''
  })
  const dropped = new Set(parts.preloads.drop)
  const kept = new Set<string>()
  html = html.replace(/[ \t]*<link rel="modulepreload"[^>]*href="([^"]+)"[^>]*>\n?/g, (tag, href) => {
    if (dropped.has(href))
      return ''
    kept.add(href)
    return tag
  })
  html = replaceOnce(html, /<script type="module"/, tag => `<style>${parts.css}</style>\n  ${tag}`, 'module <script>')
  const preloads = parts.preloads.add.filter(href => !kept.has(href)).map(href => `<link rel="modulepreload" crossorigin href="${escapeAttribute(href)}">\n`)
  html = replaceOnce(html, /<\/head>/, end => `${preloads.join('')}${end}`, '</head>')
  // The app's root first: what the app draws there before it takes the text over would push the text down.
  html = replaceOnce(html, /<div id="app"><\/div>/, app => `${app}\n  ${parts.main}\n  ${stylesheets.join('\n  ')}`, '<div id="app">')
  return html
}
