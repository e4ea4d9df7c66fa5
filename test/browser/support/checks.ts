// The checks every step of the deck must pass, shared by the deck suite and by the fixture spec that
// proves each of them can fail (test/fixtures/broken-deck).
import type { Page } from '@playwright/test'
import type { AxeResults } from 'axe-core'
import type { DeckStep } from './deck'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { countWords, loadTalk, WORD_BUDGET } from '../../unit/talk-rules'
import { walkDeck } from './deck'
import { drawnTexts } from './text-size'

export type CheckName = 'console' | 'page-error' | 'failed-request' | 'external-request' | 'csp' | 'overflow' | 'axe'
  | 'text-size' | 'words' | 'click-markers' | 'demo'

export interface Issue {
  check: CheckName
  slide: number
  clicks: number
  message: string
}

/** What a check found, before it is charged to a step; `url` is the resource a request finding is about. */
export interface Found {
  check: CheckName
  message: string
  url?: string
}

/** The slide canvas size in the deck's own pixels (headmatter `canvasWidth` and aspect ratio). */
export const CANVAS_SELECTOR = '#slide-content'
/** Sub-pixel layout rounding is not an overflow. */
const OVERFLOW_TOLERANCE_PX = 1

/**
 * Records, from now on, what the page and its service worker do that a step must not: console errors
 * and warnings, uncaught errors, failed requests (network failure or HTTP status ≥ 400), requests to
 * any host but the page's own (127.0.0.1), and Content-Security-Policy violations.
 * `take()` returns what happened since the previous call, so each finding is charged to one step.
 * Watching a page twice gives the same watcher.
 */
export interface Watcher {
  take: () => Found[]
}

const watchers = new WeakMap<Page, Watcher>()

export async function watchPage(page: Page, allowedHost = '127.0.0.1'): Promise<Watcher> {
  const existing = watchers.get(page)
  if (existing)
    return existing
  let found: Found[] = []
  const context = page.context()
  const isExternal = (url: string) => {
    const { protocol, hostname } = new URL(url)
    return !['data:', 'blob:', 'about:'].includes(protocol) && hostname !== allowedHost
  }
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning')
      return
    const text = message.text()
    // Chromium's own messages about a resource (a failed load, a CSP block) name it: keep the URL, to find its slide.
    const url = text.startsWith('Failed to load resource') ? message.location().url : text.match(/'(https?:[^']+)'/)?.[1]
    found.push({ check: 'console', message: `console.${message.type()}: ${text}`, url })
  })
  page.on('pageerror', error => found.push({ check: 'page-error', message: `uncaught ${error.name}: ${error.message}` }))
  context.on('request', (request) => {
    if (isExternal(request.url()))
      found.push({ check: 'external-request', message: `request to another host: ${request.url()}`, url: request.url() })
  })
  context.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? 'failed'
    // A navigation cancels the previous page's pending requests: that is not the deck's fault.
    if (error !== 'net::ERR_ABORTED')
      found.push({ check: 'failed-request', message: `${request.url()}: ${error}`, url: request.url() })
  })
  context.on('response', (response) => {
    if (response.status() >= 400)
      found.push({ check: 'failed-request', message: `${response.url()}: HTTP ${response.status()}`, url: response.url() })
  })
  await page.exposeBinding('__reportCspViolation', (_source, v: { directive: string, blocked: string, source: string }) => {
    const blocked = v.blocked || 'inline code'
    found.push({ check: 'csp', message: `${v.directive} blocked ${blocked}${v.source ? ` (from ${v.source})` : ''}`, url: v.blocked || undefined })
  })
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportCspViolation: (v: object) => void }).__reportCspViolation({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: event.sourceFile ? `${event.sourceFile}:${event.lineNumber}` : '',
      })
    }, true)
  })
  const watcher = {
    take() {
      const taken = found
      found = []
      return taken
    },
  }
  watchers.set(page, watcher)
  return watcher
}

/**
 * Elements of slide `slide` that stick out of the slide canvas (the 980×552 slide, not the window),
 * as "selector: excess". Only what is actually visible counts: what an ancestor inside the slide clips
 * (an SVG viewport, `overflow: hidden`) is cut at that ancestor. Only the outermost offender of a
 * subtree is reported.
 */
export async function overflowIssues(page: Page, slide: number): Promise<Found[]> {
  const messages = await page.evaluate(({ no, canvasSelector, tolerance }) => {
    const canvas = document.querySelector<HTMLElement>(canvasSelector)!
    const root = canvas.querySelector<HTMLElement>(`[data-slidev-no="${no}"]`)
    if (!root)
      return [`slide ${no} is not on the canvas`]
    const box = canvas.getBoundingClientRect()
    const scale = box.width / canvas.offsetWidth
    const describe = (el: Element) => {
      const parts: string[] = []
      for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
        let part = node.tagName.toLowerCase()
        if (node.id)
          part += `#${node.id}`
        else if ((node as HTMLElement).dataset?.demo)
          part += `[data-demo="${(node as HTMLElement).dataset.demo}"]`
        else if (node.classList.length)
          part += `.${[...node.classList].filter(c => !c.startsWith('slidev-vclick')).slice(0, 2).join('.')}`.replace(/\.$/, '')
        const siblings = node.parentElement ? [...node.parentElement.children].filter(s => s.tagName === node!.tagName) : []
        if (siblings.length > 1)
          part += `:nth-of-type(${siblings.indexOf(node) + 1})`
        parts.unshift(part)
        if (node.id || (node as HTMLElement).dataset?.demo)
          break
      }
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)
      return `${parts.join(' > ')}${text ? ` ("${text}")` : ''}`
    }
    const offenders = new Set<Element>()
    const out: string[] = []
    for (const el of root.querySelectorAll('*')) {
      const style = getComputedStyle(el)
      if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse')
        continue
      const rect = el.getBoundingClientRect()
      if (rect.width === 0 && rect.height === 0)
        continue
      let { left, top, right, bottom } = rect
      for (let ancestor = el.parentElement; ancestor && ancestor !== canvas; ancestor = ancestor.parentElement) {
        const clip = getComputedStyle(ancestor)
        if (clip.overflowX === 'visible' && clip.overflowY === 'visible')
          continue
        const clipBox = ancestor.getBoundingClientRect()
        if (clip.overflowX !== 'visible') {
          left = Math.max(left, clipBox.left)
          right = Math.min(right, clipBox.right)
        }
        if (clip.overflowY !== 'visible') {
          top = Math.max(top, clipBox.top)
          bottom = Math.min(bottom, clipBox.bottom)
        }
      }
      if (right <= left || bottom <= top)
        continue
      const excess = {
        left: (box.left - left) / scale,
        right: (right - box.right) / scale,
        top: (box.top - top) / scale,
        bottom: (bottom - box.bottom) / scale,
      }
      const sides = Object.entries(excess).filter(([, px]) => px > tolerance)
      if (!sides.length)
        continue
      offenders.add(el)
      let nested = false
      for (let ancestor = el.parentElement; ancestor && ancestor !== root; ancestor = ancestor.parentElement) {
        if (offenders.has(ancestor)) {
          nested = true
          break
        }
      }
      if (!nested)
        out.push(`${describe(el)} overflows the slide by ${sides.map(([side, px]) => `${Math.round(px)} px ${side}`).join(', ')}`)
    }
    return out
  }, { no: slide, canvasSelector: CANVAS_SELECTOR, tolerance: OVERFLOW_TOLERANCE_PX })
  return messages.map(message => ({ check: 'overflow' as const, message }))
}

// The axe-core that @axe-core/playwright uses. Its AxeBuilder injects all of axe again on every analyze();
// injecting it once per page load and calling axe.run() at each step costs a fraction of that.
const AXE_SOURCE = readFileSync(
  createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'),
  'utf8',
)

/**
 * Serious and critical axe-core violations on slide `slide` and the deck's global layers. Slidev's own
 * controls, outside the canvas, are out of scope; so are the other slides Slidev keeps mounted but
 * hidden (scanning them made each step several times slower).
 */
export async function axeIssues(page: Page, slide: number): Promise<Found[]> {
  if (!await page.evaluate(() => 'axe' in window))
    await page.evaluate(AXE_SOURCE)
  const violations = await page.evaluate(
    include => (window as unknown as { axe: { run: (...args: unknown[]) => Promise<AxeResults> } }).axe
      .run({ include }, { resultTypes: ['violations'] })
      .then(results => results.violations),
    [[`${CANVAS_SELECTOR} [data-slidev-no="${slide}"]`], [`${CANVAS_SELECTOR} > :not(#slideshow)`]],
  )
  return violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .flatMap(v => v.nodes.map(node => ({
      check: 'axe' as const,
      message: `${v.id} (${v.impact}): ${v.help} at ${node.target.join(' ')}${detail(node.any[0]?.message)}`,
    })))
}

const detail = (text?: string) => text ? ` — ${text.replace(/\s+/g, ' ').trim()}` : ''

/**
 * In the page: the slide whose DOM references `target` (src, href, data, poster, srcset), if any. Slidev
 * mounts the neighbouring slides early, and every slide 3 s after load, so a request is often made long
 * before its slide is shown: this charges it to the slide that holds it. Self-contained, for every engine.
 */
export function slideHolding({ target, canvasSelector }: { target: string, canvasSelector: string }): number | null {
  for (const el of document.querySelectorAll(`${canvasSelector} [data-slidev-no] *`)) {
    for (const name of ['src', 'href', 'data', 'poster', 'srcset', 'xlink:href']) {
      const value = el.getAttribute(name)
      if (!value)
        continue
      const candidates = name === 'srcset' ? value.split(',').map(part => part.trim().split(/\s+/)[0]) : [value]
      if (candidates.some(c => new URL(c, document.baseURI).href === target))
        return Number(el.closest('[data-slidev-no]')!.getAttribute('data-slidev-no'))
    }
  }
  return null
}

/** The slide whose DOM references `url`, if any (see slideHolding). */
export async function slideReferencing(page: Page, url: string): Promise<number | undefined> {
  return (await page.evaluate(slideHolding, { target: url, canvasSelector: CANVAS_SELECTOR })) ?? undefined
}

/** Readable from the back row: no text under this size, in px of the 980×552 canvas. */
export const MIN_TEXT_PX = 14

/**
 * Text of slide `slide` drawn smaller than MIN_TEXT_PX, as "selector ("text"): N px", in canvas px
 * (see drawnTexts: what a viewer cannot see is skipped, SVG labels are scaled by their drawing).
 */
export async function textSizeIssues(page: Page, slide: number): Promise<Found[]> {
  const [found = []] = await page.evaluate(drawnTexts, { selector: `${CANVAS_SELECTOR} [data-slidev-no="${slide}"]`, unit: CANVAS_SELECTOR })
  return found
    .filter(f => f.px < MIN_TEXT_PX - 0.05)
    .map(f => ({ check: 'text-size' as const, message: `${f.where}: ${f.px.toFixed(1)} px` }))
}

/** A drawing's labels may hold more words than prose, but not a paragraph (see wordsOnSlide). */
export const SVG_LABEL_CAP = 80

export interface SlideWords { text: number, svg: number, sample: string }

/**
 * The words a viewer can read on slide `slide` now: prose outside SVG drawings, and apart, a drawing's
 * labels. Elements not yet revealed by a click, aria-hidden decoration and invisible text do not count.
 */
export async function wordsOnSlide(page: Page, slide: number): Promise<SlideWords> {
  const { text, svgText } = await page.locator(`[data-slidev-no="${slide}"]`).first().evaluate((root) => {
    const prose: string[] = []
    const labels: string[] = []
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    while (walker.nextNode()) {
      const node = walker.currentNode
      const el = node.parentElement
      if (!el || el.closest('.slidev-vclick-hidden, [aria-hidden="true"], title, desc, style, script'))
        continue
      if (!el.checkVisibility({ visibilityProperty: true }))
        continue
      ;(el.closest('svg') ? labels : prose).push(node.textContent ?? '')
    }
    return { text: prose.join(' '), svgText: labels.join(' ') }
  })
  return { text: countWords(text), svg: countWords(svgText), sample: text.replace(/\s+/g, ' ').trim().slice(0, 80) }
}

/** The words-per-slide findings, from the most words each slide showed at any click. */
export function wordIssues(most: ReadonlyMap<number, SlideWords & { clicks: number }>): Issue[] {
  const issues: Issue[] = []
  for (const [slide, w] of most) {
    if (w.text > WORD_BUDGET)
      issues.push({ slide, clicks: w.clicks, check: 'words', message: `${w.text} visible words, over ${WORD_BUDGET} (${w.sample}…)` })
    if (w.svg > SVG_LABEL_CAP)
      issues.push({ slide, clicks: w.clicks, check: 'words', message: `${w.svg} words of drawing labels, over ${SVG_LABEL_CAP}` })
  }
  return issues
}

/** Slidev's click markers in a note: `[click]` and `[click:N]`, one per click step the note narrates. */
export function countClickMarkers(note: string): number {
  return note.match(/\[click(?::\d+)?\]/g)?.length ?? 0
}

/**
 * Slides whose notes hold a different number of click markers than the clicks the built slide
 * registers (`clicks`: slide number → last click index the walk reached), from the deck's own parse.
 */
export async function clickMarkerIssues(entry: string, clicks: ReadonlyMap<number, number>): Promise<Issue[]> {
  const slides = await loadTalk(entry)
  const issues: Issue[] = []
  if (slides.length !== clicks.size)
    issues.push({ slide: 0, clicks: 0, check: 'click-markers', message: `${entry} parses into ${slides.length} slides, the walk found ${clicks.size}` })
  for (const { no, note } of slides) {
    const markers = countClickMarkers(note)
    const registered = clicks.get(no) ?? 0
    if (markers !== registered)
      issues.push({ slide: no, clicks: 0, check: 'click-markers', message: `${markers} [click] markers in the notes, ${registered} clicks on the slide` })
  }
  return issues
}

export interface CheckedWalk {
  steps: DeckStep[]
  issues: Issue[]
  /** The most words each slide showed at any click. */
  words: Map<number, SlideWords & { clicks: number }>
}

export interface CheckedWalkOptions {
  /** The deck's markdown entry, parsed for the notes' click markers. */
  entry: string
  /** Runs at every step too, after the checks; what it returns is charged to the step. */
  onStep?: (step: DeckStep) => Promise<Found[]>
}

/**
 * Walks the whole deck (see walkDeck) on `page`, which must not have loaded the deck yet, and runs every
 * check at every step. Collects all failures with their slide and click rather than stopping at the first.
 */
export async function checkedWalk(page: Page, { entry, onStep }: CheckedWalkOptions): Promise<CheckedWalk> {
  const watcher = await watchPage(page)
  const issues: Issue[] = []
  const words = new Map<number, SlideWords & { clicks: number }>()
  // A finding about a resource is charged, once the walk is over and every slide is mounted, to the slide
  // that references it (see slideReferencing); the others to the step they happened at.
  const aboutResources: { found: Found & { url: string }, slide: number, clicks: number }[] = []
  const charge = (found: Found[], slide: number, clicks: number) => {
    for (const finding of found) {
      if (finding.url)
        aboutResources.push({ found: { ...finding, url: finding.url }, slide, clicks })
      else
        issues.push({ slide, clicks, check: finding.check, message: finding.message })
    }
  }
  // Axe weighs a slide once, at its last step, where all of it is shown: its earlier steps show part of the
  // same elements (v-click), or a demo's state drawn in SVG, whose text axe does not weigh for contrast.
  // A slide whose clicks its notes miscount is reported by the click-marker check.
  const announcedClicks = new Map((await loadTalk(entry)).map(s => [s.no, countClickMarkers(s.note)]))
  const steps = await walkDeck(page, async (step) => {
    const { slide, clicks } = step
    const count = await wordsOnSlide(page, slide)
    const most = words.get(slide)
    words.set(slide, {
      text: Math.max(count.text, most?.text ?? 0),
      svg: Math.max(count.svg, most?.svg ?? 0),
      sample: most && most.text >= count.text ? most.sample : count.sample,
      clicks: most && most.text >= count.text ? most.clicks : clicks,
    })
    charge([
      ...await overflowIssues(page, slide),
      ...(clicks >= (announcedClicks.get(slide) ?? 0) ? await axeIssues(page, slide) : []),
      ...await textSizeIssues(page, slide),
      ...(onStep ? await onStep(step) : []),
      ...watcher.take(),
    ], slide, clicks)
  })
  // What happens after the last step (late errors, requests) is charged to it.
  const last = steps.at(-1)
  if (last)
    charge(watcher.take(), last.slide, last.clicks)
  const owners = new Map<string, number | undefined>()
  const seen = new Set<string>()
  for (const { found: { check, message, url }, slide, clicks } of aboutResources) {
    if (!owners.has(url))
      owners.set(url, await slideReferencing(page, url))
    const owner = owners.get(url)
    // Slidev preloads, retries and re-renders: one report per resource, check and slide is enough.
    const key = `${owner ?? `${slide}/${clicks}`}|${check}|${message}`
    if (seen.has(key))
      continue
    seen.add(key)
    if (owner === undefined || owner === slide)
      issues.push({ slide, clicks, check, message })
    else
      issues.push({ slide: owner, clicks: 0, check, message: `${message} (first seen on slide ${slide}, click ${clicks})` })
  }
  issues.push(...wordIssues(words))
  const lastClick = new Map<number, number>()
  for (const step of steps)
    lastClick.set(step.slide, Math.max(step.clicks, lastClick.get(step.slide) ?? 0))
  issues.push(...await clickMarkerIssues(entry, lastClick))
  issues.sort((a, b) => a.slide - b.slide || a.clicks - b.clicks)
  // Small text stays small for every click of its slide: report it at the first.
  const reported = new Set<string>()
  const once = issues.filter((issue) => {
    const key = `${issue.slide}|${issue.check}|${issue.message}`
    if (issue.check === 'text-size' && reported.has(key))
      return false
    reported.add(key)
    return true
  })
  return { steps, issues: once, words }
}

/** One line per issue, "slide N, click K — check: message", for a test failure message. */
export function formatIssues(issues: Issue[]): string {
  return issues.map(i => `slide ${i.slide}, click ${i.clicks} — ${i.check}: ${i.message}`).join('\n')
}
