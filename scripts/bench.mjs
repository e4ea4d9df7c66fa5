// `npm run bench`: how fast the hosted deck is, in real Chromium, against bench/budgets.json, side by side
// with a bare three-slide Slidev deck (bench/bare/) built from the same pinned packages.
// Builds both, serves both on 127.0.0.1 gzip-compressed like a static host, and prints from the same run:
// - slide 1: cold loads, the two decks interleaved so the machine's load hits both alike; time until the
//   title is visible (unthrottled, and slow 4G with 4× CPU), bytes before it shows, the ratio to the bare deck,
//   and the largest files that load before slide 1 shows;
// - the reading page on a phone (390×844, slow 4G with 4× CPU): time until the first paragraph of the narrative
//   is visible and bytes before it, against the bare deck's slide 1 on the same phone, interleaved;
// - frames: the whole deck walked forward at 4× CPU as a speaker does (every click, every slide change),
//   frame intervals per slide, for clicks and slide entries apart, worst slides first;
// - the PDF export time per page.
// A benchmark, not a test: it exits 0 whatever the budgets say (`npm test` never runs it).
//   BENCH_RUNS=5  cold loads per deck and condition   BENCH_WALKS=3  walks of the deck
//   BENCH_STEP_MS=800  time between two steps of a walk   BENCH_SKIP_EXPORT=1  skip the PDF export
//   BENCH_PORT=0  first port of the two servers (0: any free port)
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { resolve } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { chromium } from 'playwright-chromium'
import { CHROMIUM_ARGS, findChromium, NO_BROWSER_MESSAGE } from './chromium.mjs'
import { serveDist } from './serve.mjs'

const OUT = process.env.OUT || 'dist-bench'
const BARE_OUT = `${OUT}-bare`
const BARE_DECK = 'bench/bare/slides.md'
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 5)
const WALKS = Math.max(0, Number(process.env.BENCH_WALKS ?? 3))
// Time given to each step (a click's transition, a slide change) before the next one, as a speaker would.
const STEP_MS = Math.max(300, Number(process.env.BENCH_STEP_MS) || 800)
const PORT = Number(process.env.BENCH_PORT) || 0
const PDF = 'exports/mise-en-prod.pdf'
const VIEWPORT = { width: 1280, height: 720 }
const PHONE = { width: 390, height: 844 }
// What each cold load waits for: slide 1's title, or on the reading page the first paragraph of the narrative.
const SLIDE_1 = { path: '1', selector: '.slidev-page-1 h1' }
const READING = { path: 'lire', selector: '.reading-slide__narrative p' }
const CPU_SLOWDOWN = 4
// Chrome DevTools' "Slow 4G" figures: 150 ms round trip, 1.6 Mbps down, 750 kbps up (in bytes per second).
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 }
// node_modules/@slidev/client/internals/SlidesShow.vue: "preload all slides after 3s".
const SLIDEV_PRELOAD_ALL_MS = 3000
const STILL_MS = 3000
const LARGEST_FILES = 8

const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8'))
const verdicts = []

const median = values => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)] ?? 0
}
const kb = bytes => `${(bytes / 1024).toFixed(0)} KB`
const ms = value => `${value.toFixed(value < 100 ? 1 : 0)} ms`
const load = () => `load average ${loadavg()[0].toFixed(1)}`

function verdict(label, holds, text) {
  verdicts.push({ label, holds })
  return `   budget ${text}: ${holds ? 'holds' : 'BROKEN'}`
}

function line(label, value, suffix = '') {
  console.log(`  ${label.padEnd(44)} ${value}${suffix}`)
}

function run(label, command, args, env = {}) {
  const started = performance.now()
  const result = spawnSync(command, args, { env: { ...process.env, ...env }, encoding: 'utf8' })
  const seconds = (performance.now() - started) / 1000
  if (result.status !== 0)
    console.error(`bench: ${label} failed:\n${(result.stderr || result.stdout).trim().split('\n').slice(-5).join('\n')}`)
  return { ok: result.status === 0, seconds }
}

console.log(`bench: building the deck into ${OUT}/ and the bare Slidev deck into ${BARE_OUT}/ …`)
const build = run('the build', process.execPath, ['scripts/build.mjs'], { OUT, BASE: '/' })
const bareBuild = run('the bare deck\'s build', 'npx', ['slidev', 'build', BARE_DECK, '--out', resolve(BARE_OUT), '--base', '/'])
if (!build.ok || !bareBuild.ok)
  process.exit(0)

const executablePath = await findChromium()
if (!executablePath) {
  console.error(`bench: ${NO_BROWSER_MESSAGE}`)
  process.exit(0)
}
const servers = {
  deck: await serveDist({ root: OUT, compress: true, port: PORT }),
  bare: await serveDist({ root: BARE_OUT, compress: true, port: PORT && PORT + 1 }),
}
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })

/** In the page, from its first moment: the time `selector`'s first element becomes visible, and what had loaded by then. */
function watchTitle(selector) {
  const entry = e => ({ name: e.name, bytes: e.transferSize, end: e.responseEnd })
  const check = () => {
    const title = document.querySelector(selector)
    if (title && title.getBoundingClientRect().height > 0 && title.checkVisibility({ opacityProperty: true, visibilityProperty: true })) {
      const at = performance.now()
      const loaded = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
      window.__benchTitle = { at, loaded: loaded.filter(e => e.responseEnd > 0 && e.responseEnd <= at).map(entry) }
      return
    }
    requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
}

/** A cold visit of `target` (new profile, no service worker), optionally on slow 4G with a 4× slower CPU. */
async function coldLoad(url, throttled, target = SLIDE_1, viewport = VIEWPORT) {
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  if (throttled) {
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
  }
  await page.addInitScript(watchTitle, target.selector)
  await page.goto(`${url}${target.path}`, { waitUntil: 'commit' })
  await page.waitForFunction(() => window.__benchTitle, null, { timeout: 120_000, polling: 50 })
  const title = await page.evaluate(() => window.__benchTitle)
  await page.waitForLoadState('networkidle')
  const all = await page.evaluate(() => [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
    .map(e => ({ name: e.name, bytes: e.transferSize })))
  await context.close()
  const sum = list => ({ requests: list.length, bytes: list.reduce((total, e) => total + e.bytes, 0) })
  const js = list => list.filter(e => new URL(e.name).pathname.endsWith('.js'))
  return { visibleMs: title.at, files: title.loaded, before: sum(title.loaded), beforeJs: sum(js(title.loaded)), idle: sum(all), idleJs: sum(js(all)) }
}

/** In the page: every animation frame's time and every long task, until `__benchFrames.running` turns false. */
function recordFrames() {
  const record = { frames: [], longTasks: [], running: true }
  window.__benchFrames = record
  new PerformanceObserver(list => record.longTasks.push(...list.getEntries().map(e => ({ start: e.startTime, duration: e.duration }))))
    .observe({ type: 'longtask' })
  const tick = (t) => {
    record.frames.push(t)
    if (record.running)
      requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
}

/** Where the deck is: slide number and click index, from Slidev's history-mode URL (/N?clicks=K). */
function position(href) {
  const url = new URL(href)
  return { slide: Number(url.pathname.split('/').filter(Boolean).pop()), clicks: Number(url.searchParams.get('clicks') ?? 0) }
}

/**
 * One walk of the whole deck at 4× CPU: from slide 1, ArrowRight every STEP_MS until the last step, as a speaker
 * does, after Slidev has preloaded every slide (3 s after the first shows). Each frame interval belongs to the
 * step during which it ended; a step is a click when the slide stays, a slide entry when it changes.
 */
async function walkDeck(url) {
  const page = await browser.newPage({ viewport: VIEWPORT, serviceWorkers: 'block' })
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
  await page.goto(`${url}1`)
  await page.locator('.slidev-page-1 h1').waitFor()
  await page.waitForTimeout(SLIDEV_PRELOAD_ALL_MS + 500)
  await page.waitForLoadState('networkidle')
  await page.evaluate(recordFrames)
  await page.waitForTimeout(STILL_MS)
  const steps = [{ at: 0, slide: 1, kind: 'still' }]
  const slides = new Map()
  let here = position(page.url())
  for (let guard = 0; guard < 2000; guard++) {
    const at = await page.evaluate(() => performance.now())
    await page.keyboard.press('ArrowRight')
    await page.waitForTimeout(STEP_MS)
    let next = position(page.url())
    if (next.slide === here.slide && next.clicks === here.clicks) {
      // The end of the deck, or a busy machine that has not handled the key yet: look once more.
      await page.waitForTimeout(STEP_MS)
      next = position(page.url())
      if (next.slide === here.slide && next.clicks === here.clicks)
        break
    }
    steps.push({ at, slide: next.slide, kind: next.slide === here.slide ? 'click' : 'entry' })
    if (!slides.has(next.slide)) {
      slides.set(next.slide, await page.locator(`[data-slidev-no="${next.slide}"]`).first().evaluate(el =>
        [...new Set([...el.querySelectorAll('[data-demo]')].map(d => d.dataset.demo))].join('+')
        || el.querySelector('h1, h2')?.textContent?.trim().slice(0, 28) || ''))
    }
    here = next
  }
  const { frames, longTasks } = await page.evaluate(() => {
    window.__benchFrames.running = false
    return window.__benchFrames
  })
  await page.close()
  const intervals = steps.map(step => ({ ...step, intervals: [], longTasks: 0 }))
  const stepAt = (t) => {
    let i = intervals.length - 1
    while (i > 0 && intervals[i].at > t) i--
    return intervals[i]
  }
  for (let i = 1; i < frames.length; i++)
    stepAt(frames[i]).intervals.push(frames[i] - frames[i - 1])
  for (const task of longTasks)
    stepAt(task.start).longTasks++
  return { steps: intervals, slides }
}

/**
 * Chromium shows frames on a 60 Hz vsync, so a frame interval is a whole number of vsyncs give or take ~0.1 ms
 * of timer jitter: a frame of three vsyncs measures 49.9 to 50.1 ms. A frame is counted over 50 ms when it
 * took four vsyncs or more (66.7 ms), not when jitter puts a three-vsync frame at 50.1 ms; those are counted
 * apart (=50 ms).
 */
const VSYNC_MS = 1000 / 60
const vsyncs = interval => Math.round(interval / VSYNC_MS)

/** Frame figures of a set of steps: p95 and max of their frame intervals, frames over and at 50 ms, long tasks. */
function frameFigures(steps) {
  const intervals = steps.flatMap(s => s.intervals)
  return {
    steps: steps.length,
    p95: percentile(intervals, 95),
    max: intervals.length ? Math.max(...intervals) : 0,
    over50: intervals.filter(d => vsyncs(d) > 3).length,
    at50: intervals.filter(d => vsyncs(d) === 3).length,
    longTasks: steps.reduce((n, s) => n + s.longTasks, 0),
  }
}
const perWalk = n => +(n / WALKS).toFixed(1)
const framesText = f => f.steps ? `p95 ${ms(f.p95).padStart(8)}  max ${ms(f.max).padStart(8)}  >50 ms ${String(f.over50).padStart(2)}  =50 ms ${String(f.at50).padStart(2)}` : '—'.padEnd(52)

try {
  console.log(`bench: ${availableParallelism()} CPUs, ${load()}: timings on a busy machine run long; the ratios to the bare deck, measured in the same run, are what to compare.\n`)
  console.log('Build')
  line('the deck (scripts/build.mjs)', `${build.seconds.toFixed(1)} s`)
  line('the bare deck (slidev build)', `${bareBuild.seconds.toFixed(1)} s`)

  // Interleaved, and the order swapped every run, so a busy moment of the machine hits both decks alike.
  const loads = { deck: { fast: [], slow: [] }, bare: { fast: [], slow: [] } }
  for (let i = 0; i < RUNS; i++) {
    for (const throttled of [false, true]) {
      for (const deck of i % 2 ? ['bare', 'deck'] : ['deck', 'bare'])
        loads[deck][throttled ? 'slow' : 'fast'].push(await coldLoad(servers[deck].url, throttled))
    }
  }
  const m = (list, pick) => median(list.map(pick))
  console.log(`\nSlide 1 (cold, no service worker; medians of ${RUNS} interleaved runs; ${load()})`)
  console.log(`  ${''.padEnd(44)} ${'this deck'.padEnd(30)} ${'bare Slidev'.padEnd(30)} ratio`)
  const row = (label, pick, format, budget) => {
    const ours = m(loads.deck[budget?.condition ?? 'slow'], pick)
    const bare = m(loads.bare[budget?.condition ?? 'slow'], pick)
    return { ours, bare, text: `${format(ours).padEnd(30)} ${format(bare).padEnd(30)} ${(ours / bare).toFixed(2)}` }
  }
  for (const [name, condition] of [['unthrottled', 'fast'], ['slow 4G + 4× CPU', 'slow']]) {
    const visible = row(`title visible, ${name}`, r => r.visibleMs, ms, { condition })
    const ratio = visible.ours / visible.bare
    line(`title visible, ${name}`, visible.text, condition === 'slow'
      ? verdict('slide 1 time vs bare Slidev', ratio <= budgets.slide1.visibleRatioToBare, `≤ ${budgets.slide1.visibleRatioToBare}× bare`)
      : '')
    const before = row(`before it shows, ${name}`, r => r.before.bytes, b => kb(b), { condition })
    line(`transferred before it shows, ${name}`, before.text, condition === 'slow'
      ? verdict('slide 1 bytes', before.ours <= budgets.slide1.transferredBeforeVisibleKB * 1024, `≤ ${budgets.slide1.transferredBeforeVisibleKB} KB`)
      : '')
    line(`  of which JS, ${name}`, row('', r => r.beforeJs.bytes, b => kb(b), { condition }).text)
    line(`  requests, ${name}`, row('', r => r.before.requests, String, { condition }).text)
  }
  line('until the network is idle, unthrottled', row('', r => r.idle.bytes, b => kb(b), { condition: 'fast' }).text)
  for (const deck of ['deck', 'bare']) {
    const files = loads[deck].slow.at(-1).files.filter(f => f.bytes > 0).sort((a, b) => b.bytes - a.bytes).slice(0, LARGEST_FILES)
    console.log(`  largest files before slide 1 shows, ${deck === 'deck' ? 'this deck' : 'bare Slidev'} (last slow run):`)
    for (const file of files)
      console.log(`    ${kb(file.bytes).padStart(7)}  ${new URL(file.name).pathname}`)
  }

  // The reading page's first text on a phone, against what a bare deck shows first on the same phone.
  const reading = { deck: [], bare: [] }
  for (let i = 0; i < RUNS; i++) {
    for (const deck of i % 2 ? ['bare', 'deck'] : ['deck', 'bare'])
      reading[deck].push(await coldLoad(servers[deck].url, true, deck === 'deck' ? READING : SLIDE_1, PHONE))
  }
  console.log(`\nThe reading page on a phone (${PHONE.width}×${PHONE.height}, slow 4G + 4× CPU, cold; medians of ${RUNS} interleaved runs; ${load()})`)
  console.log(`  ${''.padEnd(44)} ${'reading page'.padEnd(30)} ${'bare Slidev, slide 1'.padEnd(30)} ratio`)
  const readingRow = (pick, format) => {
    const ours = m(reading.deck, pick)
    const bare = m(reading.bare, pick)
    return { ours, bare, text: `${format(ours).padEnd(30)} ${format(bare).padEnd(30)} ${(ours / bare).toFixed(2)}` }
  }
  const firstText = readingRow(r => r.visibleMs, ms)
  line('first paragraph visible (bare: its title)', firstText.text,
    verdict('reading page time vs bare Slidev', firstText.ours / firstText.bare <= budgets.reading.visibleRatioToBare, `≤ ${budgets.reading.visibleRatioToBare}× bare`))
  const readingBytes = readingRow(r => r.before.bytes, b => kb(b))
  line('transferred before it shows', readingBytes.text,
    verdict('reading page bytes', readingBytes.ours <= budgets.reading.transferredBeforeVisibleKB * 1024, `≤ ${budgets.reading.transferredBeforeVisibleKB} KB`))
  line('  requests', readingRow(r => r.before.requests, String).text)
  console.log('  files before the first paragraph shows (last run):')
  for (const file of reading.deck.at(-1).files.filter(f => f.bytes > 0).sort((a, b) => b.bytes - a.bytes).slice(0, LARGEST_FILES))
    console.log(`    ${kb(file.bytes).padStart(7)}  ${new URL(file.name).pathname}`)

  console.log(`\nFrames: the whole deck walked forward at ${CPU_SLOWDOWN}× CPU, ${STEP_MS} ms per step, ${WALKS} walks; frame intervals (requestAnimationFrame)`)
  const walks = []
  const bareSteps = []
  if (!WALKS)
    console.log('  skipped (BENCH_WALKS=0)')
  // The bare deck's two slide changes, walked before each walk of the deck: Slidev's own cost of changing slides.
  for (let i = 0; i < WALKS; i++) {
    bareSteps.push(...(await walkDeck(servers.bare.url)).steps)
    walks.push(await walkDeck(servers.deck.url))
    console.log(`  walk ${i + 1}: ${walks.at(-1).steps.length - 1} steps, ${load()}`)
  }
  const allSteps = walks.flatMap(w => w.steps)
  const slides = new Map(walks.flatMap(w => [...w.slides]))
  const still = frameFigures(allSteps.filter(s => s.kind === 'still'))
  line(`still slide 1, ${STILL_MS / 1000} s per walk (the machine's noise)`, framesText(still))
  line('bare Slidev: its 2 slide entries', framesText(frameFigures(bareSteps.filter(s => s.kind === 'entry'))))
  const perSlide = [...slides.keys()].map((slide) => {
    const of = kind => frameFigures(allSteps.filter(s => s.slide === slide && s.kind === kind))
    return { slide, what: slides.get(slide), entry: of('entry'), click: of('click') }
  })
  const badness = r => [Math.max(r.entry.max, r.click.max), r.entry.over50 + r.click.over50]
  perSlide.sort((a, b) => badness(b)[1] - badness(a)[1] || badness(b)[0] - badness(a)[0])
  console.log(`  per slide, worst first; ">50 ms" counts frames of four vsyncs or more (66.7 ms), "=50 ms" those of three, over ${WALKS} walks; clicks per walk in brackets`)
  console.log(`  ${'slide'.padEnd(36)} ${'entering the slide'.padEnd(52)}   clicks`)
  for (const r of perSlide) {
    const clicks = perWalk(r.click.steps)
    console.log(`  ${`${String(r.slide).padStart(2)} ${r.what}`.slice(0, 36).padEnd(36)} ${framesText(r.entry)}   ${clicks ? `[${clicks}] ${framesText(r.click)}` : ''}`)
  }
  const { p95Ms, over50Ms } = budgets.frames
  for (const kind of WALKS ? ['entry', 'click'] : []) {
    const f = frameFigures(allSteps.filter(s => s.kind === kind))
    const name = kind === 'entry' ? 'slide entries' : 'clicks'
    line(`all ${name} (${perWalk(f.steps)} per walk)`, `${framesText(f)}  long tasks ${f.longTasks}`,
      verdict(`frames on ${name}`, f.p95 <= p95Ms && f.over50 <= over50Ms, `p95 ≤ ${p95Ms} ms, ${over50Ms} over 50 ms`))
  }

  console.log('\nPDF export')
  if (process.env.BENCH_SKIP_EXPORT) {
    line('npm run export', 'skipped (BENCH_SKIP_EXPORT is set)')
  }
  else {
    const exported = run('the PDF export', process.execPath, ['scripts/export.mjs', 'pdf'], { CHROMIUM_PATH: executablePath })
    if (exported.ok && existsSync(PDF)) {
      const pages = (await PDFDocument.load(readFileSync(PDF), { updateMetadata: false })).getPageCount()
      const perPage = exported.seconds / pages
      line('npm run export (one page per click)', `${pages} pages in ${exported.seconds.toFixed(1)} s = ${perPage.toFixed(2)} s a page`,
        verdict('PDF export', perPage <= budgets.export.secondsPerPage, `≤ ${budgets.export.secondsPerPage} s a page`))
    }
    else {
      line('npm run export', 'failed (see above)')
    }
  }

  const broken = verdicts.filter(v => !v.holds)
  console.log(`\n${verdicts.length - broken.length} of ${verdicts.length} budgets hold${broken.length ? `; broken: ${broken.map(v => v.label).join('; ')}` : ''}.`)
}
finally {
  await browser.close()
  await Promise.all(Object.values(servers).map(s => s.close()))
}
