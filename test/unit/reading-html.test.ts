import type { ReadingPageData } from '../../composables/reading/html'
import { readdirSync, readFileSync } from 'node:fs'
import { defineComponent, h } from 'vue'
import { describe, expect, it } from 'vitest'
import { readingDocument, readingPageMarkup } from '../../composables/reading/html'
import { DEMO_PICTURES, demoAlternative, imageLabels, joinSentences, renderedAlternatives, slideAlternatives } from '../../composables/reading/pictures'
import { headingLevelOnPage } from '../../composables/reading/useSlideHeadings'
import { rollingDeploy } from '../../scenarios/rolling-deploy'
import { rollingDeployView } from '../../scenarios/rolling-deploy/view'
import { stateAt, stepCount } from '../../scenarios/scenario'
import { META_CONTENT_SECURITY_POLICY } from '../../scripts/csp.mjs'

const DATA: ReadingPageData = {
  deckTitle: 'Un talk <en> « prod »',
  base: '/sub/',
  handout: '',
  canvas: { width: 980, height: 552 },
  slides: [
    { no: 1, title: 'Ouvrir', section: null, html: '<p>Bonsoir.</p>\n', components: [], images: [], alternatives: [] },
    { no: 2, title: 'Deux & trois', section: '02-architecture', html: '<p>Un <strong>fait</strong>.</p>\n', components: [], images: [], alternatives: ['Un dessin <svg> « ici »'] },
    { no: 3, title: 'Après', section: '02-architecture', html: '', components: [], images: [], alternatives: [] },
  ],
  sources: [{ id: 'x', short: 'X', title: 'Un titre', url: 'https://example.org/a?b=1&c=2', names: [] }],
}

/** The elements of `html` by their tags, in order, as the page's outline of headings. */
const headings = (html: string) => [...html.matchAll(/<h([1-6])\b[^>]*>(.*?)<\/h\1>/g)].map(([, level, text]) => `h${level} ${text.replace(/<[^>]+>/g, '')}`)

describe('the reading page\'s markup', () => {
  const html = readingPageMarkup(DATA)

  it('has one h1, then a section\'s h2, then each slide\'s h3, in order', () => {
    expect(headings(html)).toEqual([
      'h1 Un talk &lt;en&gt; « prod »',
      'h2 Ouverture',
      'h3 1. Ouvrir',
      'h2 Architecture : dessiner le service',
      'h3 2. Deux &amp; trois',
      'h3 3. Après',
      'h2 Sources',
    ])
  })
  it('titles the opening slides\' section for the outline only, and the others on screen', () => {
    expect(html).toContain('<section class="reading-section" aria-labelledby="section-debut"><h2 id="section-debut" class="reading-section__title is-unseen">Ouverture</h2><article id="1"')
    expect(html).toContain('<section class="reading-section" aria-labelledby="section-02-architecture"><h2 id="section-02-architecture"')
  })
  it('writes each slide as the app does: title, box, narrative as written, link to the slide under the base', () => {
    expect(html).toContain('<article id="2" class="reading-slide" aria-labelledby="reading-title-2"><h3 id="reading-title-2" class="reading-slide__title"><span class="reading-slide__no">2.</span> Deux &amp; trois</h3>')
    expect(html).toContain('<div class="reading-slide__narrative"><p>Un <strong>fait</strong>.</p>\n</div><a href="/sub/2" class="reading-slide__open">Voir la diapositive 2 en plein écran</a>')
    expect(html).toContain('<a href="/sub/1" class="reading-button">Voir le diaporama</a>')
  })
  it('puts the pictures\' text alternatives, as text, in the slide\'s box, and leaves a box without pictures empty', () => {
    expect(html).toContain('<div class="reading-slide__canvas"><div class="reading-slide__alternatives"><p>Un dessin &lt;svg&gt; « ici »</p></div></div>')
    expect(html).toContain('<span class="reading-slide__no">3.</span> Après</h3><div class="reading-slide__canvas"></div>')
  })
  it('gives the boxes the canvas\'s proportions and lists the sources with their links', () => {
    expect(html).toMatch(/^<main class="reading-page" data-reading-html style="--reading-canvas-ratio: 980 \/ 552">/)
    expect(html).toContain('<li data-source="x">Un titre<br><a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer">https://example.org/a?b=1&amp;c=2</a></li>')
  })
  it('offers the handout only when the build ships it', () => {
    expect(html).not.toContain('download')
    expect(readingPageMarkup({ ...DATA, handout: '/sub/livret.pdf' })).toContain('<a class="reading-button" href="/sub/livret.pdf" download>Télécharger le livret (PDF)</a>')
  })
})

// The shape of the index.html Slidev and Vite write, after scripts/hosting.mjs.
const INDEX = `<!DOCTYPE html>
<html lang="fr">
<head>
  <meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY.replaceAll('\'', '&#39;')}">
<meta charset="utf-8">
<title>C&#x27;est un talk — Mise en prod</title>
<meta property="og:title" content="C'est un talk — Mise en prod">
<meta property="og:url" content="https://example.org/sub/">  <script type="module" crossorigin src="/sub/assets/index.js"></script>
  <link rel="modulepreload" crossorigin href="/sub/assets/vue.js">
  <link rel="stylesheet" crossorigin href="/sub/assets/index.css">
  <link rel="modulepreload" crossorigin href="/sub/assets/play.js">
  <link rel="modulepreload" crossorigin href="/sub/assets/SlideWrapper.js">
<link rel="manifest" href="/sub/manifest.webmanifest"></head>
<body>
  <div id="app"></div>
  <div id="mermaid-rendering-container"></div>
</body>
</html>
`

describe('the reading page\'s document', () => {
  const parts = {
    main: '<main class="reading-page" data-reading-html><h1>Texte</h1></main>',
    css: '.reading-page{color:red}',
    preloads: { drop: ['/sub/assets/play.js'], add: ['/sub/assets/ReadingPage.js', '/sub/assets/SlideWrapper.js'] },
  }
  const html = readingDocument(INDEX, parts)
  const head = html.slice(0, html.indexOf('</head>'))

  it('keeps the CSP <meta> first in <head>, and has no inline script', () => {
    expect(head.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(head.search(/<style|<script|<link/))
    expect([...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag)).toEqual(['<script type="module" crossorigin src="/sub/assets/index.js">'])
  })
  it('names the reading page in its title and link preview', () => {
    expect(html).toContain('<html lang="fr" class="reading">')
    expect(html).toContain('<title>À lire — C\'est un talk — Mise en prod</title>')
    expect(html).toContain('<meta property="og:title" content="À lire — C\'est un talk — Mise en prod">')
    expect(html).toContain('<meta property="og:url" content="https://example.org/sub/lire">')
  })
  it('styles the text from the head and loads the deck\'s stylesheet after the text, the app\'s root before it', () => {
    expect(head).toContain('<style>.reading-page{color:red}</style>')
    expect(head).not.toContain('rel="stylesheet"')
    const body = html.slice(html.indexOf('<body>'))
    expect(body.indexOf('<div id="app"></div>')).toBeLessThan(body.indexOf('<main'))
    expect(body.indexOf('</main>')).toBeLessThan(body.indexOf('<link rel="stylesheet" crossorigin href="/sub/assets/index.css">'))
  })
  it('preloads the reading page\'s modules instead of slide 1\'s, each once', () => {
    const preloads = [...html.matchAll(/rel="modulepreload" crossorigin href="([^"]+)"/g)].map(([, href]) => href)
    expect(preloads.sort()).toEqual(['/sub/assets/ReadingPage.js', '/sub/assets/SlideWrapper.js', '/sub/assets/vue.js'])
  })
  it('says what is missing when index.html is not as expected', () => {
    expect(() => readingDocument(INDEX.replace('<div id="app"></div>', ''), parts)).toThrow('the built index.html has 0 <div id="app"> where one was expected')
  })
})

describe('the pictures\' text alternatives', () => {
  it('reads a demo\'s at its last step, from its scenario\'s title and its view', () => {
    const description = rollingDeployView(stateAt(rollingDeploy, stepCount(rollingDeploy))).description
    expect(demoAlternative(DEMO_PICTURES.RollingDeploy({}))).toBe(`${rollingDeploy.title}. ${description}`)
    expect(demoAlternative(DEMO_PICTURES.ArchitectureDiagram({ scenario: 'review' }))).toMatch(/^Forces et faiblesses/)
  })
  it('has a demo picture for each demo component that steps a scenario', () => {
    const demos = readdirSync('components/demos').filter(file => /useDemoStep\(/.test(readFileSync(`components/demos/${file}`, 'utf8')))
    expect(demos.map(file => file.replace('.vue', '')).sort()).toEqual(Object.keys(DEMO_PICTURES).sort())
  })
  it('reads another drawing\'s from the label of what it renders, entities decoded', async () => {
    const Drawing = defineComponent({
      props: { current: String },
      setup: props => () => h('div', [h('svg', { 'role': 'img', 'aria-label': `L'état « ${props.current} » & co` }), h('p', 'texte')]),
    })
    expect(await renderedAlternatives(Drawing, { current: 'mco' })).toEqual(['L\'état « mco » & co'])
    expect(imageLabels('<svg role="img" aria-label="a &#39;b&#x27; &lt;c&gt;"></svg><svg role="img"></svg><p aria-label="no">')).toEqual(['a \'b\' <c>'])
  })
  it('gives a slide\'s in the order it places its pictures, none for text components', async () => {
    const Drawing = defineComponent(() => () => h('svg', { 'role': 'img', 'aria-label': 'Dessin' }))
    const load = async (name: string) => name === 'Drawing' ? Drawing : undefined
    const texts = await slideAlternatives([{ component: 'FactCard', props: {} }, { component: 'Drawing', props: {} }, { component: 'RollingDeploy', props: {} }], load)
    expect(texts[0]).toBe('Dessin')
    expect(texts[1]).toMatch(/^Remplacement progressif/)
    expect(texts).toHaveLength(2)
  })
  it('joins a title and a description as two sentences', () => {
    expect(joinSentences('Un titre ', 'La suite.')).toBe('Un titre. La suite.')
    expect(joinSentences('Une question ?', 'La suite.')).toBe('Une question ? La suite.')
  })
})

describe('a drawn slide\'s headings on the reading page', () => {
  it('come under the slide\'s h3', () => {
    expect([1, 2, 3, 4, 5, 6].map(headingLevelOnPage)).toEqual([4, 4, 5, 6, 6, 6])
  })
})
