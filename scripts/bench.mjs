// `npm run bench`: how fast the hosted deck is, in real Chromium, against bench/budgets.json.
// Builds the site into $OUT (default dist-bench/), serves it on 127.0.0.1 gzip-compressed like a static host,
// and prints medians of several cold runs: slide 1's title visible (unthrottled, and slow 4G with 4× CPU),
// bytes and requests before it shows, frame times while stepping each demo at 4× CPU, the build time
// and the PDF export time per page. A benchmark, not a test: it exits 0 whatever the budgets say.
//   BENCH_RUNS=5       cold loads per condition     BENCH_DEMO_RUNS=3   runs per demo
//   BENCH_SKIP_EXPORT=1  skip the PDF export (the slowest part)
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { PDFDocument } from 'pdf-lib'
import { chromium } from 'playwright-chromium'
import { CHROMIUM_ARGS, findChromium, NO_BROWSER_MESSAGE } from './chromium.mjs'
import { serveDist } from './serve.mjs'

const OUT = process.env.OUT || 'dist-bench'
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 5)
const DEMO_RUNS = Math.max(1, Number(process.env.BENCH_DEMO_RUNS) || 3)
const PDF = 'exports/mise-en-prod.pdf'
const VIEWPORT = { width: 1280, height: 720 }
const CPU_SLOWDOWN = 4
// Chrome DevTools' "Slow 4G" figures: 150 ms round trip, 1.6 Mbps down, 750 kbps up (in bytes per second).
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 }
// Time given to a demo's transition after each click before the next one, as a speaker would.
const CLICK_GAP_MS = 800
const BASELINE_CLICKS = 6
// node_modules/@slidev/client/internals/SlidesShow.vue: "preload all slides after 3s".
const SLIDEV_PRELOAD_ALL_MS = 3000

const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8'))
const verdicts = []

const median = values => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)]
}
const kb = bytes => `${(bytes / 1024).toFixed(0)} KB`
const ms = value => `${value.toFixed(value < 100 ? 1 : 0)} ms`

function line(label, value, budget) {
  let verdict = ''
  if (budget) {
    verdicts.push({ label, holds: budget.holds })
    verdict = `   budget ${budget.text}: ${budget.holds ? 'holds' : 'BROKEN'}`
  }
  console.log(`  ${label.padEnd(46)} ${value}${verdict}`)
}

function run(label, command, args, env = {}) {
  const started = performance.now()
  const result = spawnSync(command, args, { env: { ...process.env, ...env }, encoding: 'utf8' })
  const seconds = (performance.now() - started) / 1000
  if (result.status !== 0)
    console.error(`bench: ${label} failed:\n${(result.stderr || result.stdout).trim().split('\n').slice(-5).join('\n')}`)
  return { ok: result.status === 0, seconds }
}

console.log(`bench: building into ${OUT}/ …`)
const build = run('the build', process.execPath, ['scripts/build.mjs'], { OUT, BASE: '/' })
if (!build.ok)
  process.exit(1)

const executablePath = await findChromium()
if (!executablePath) {
  console.error(`bench: ${NO_BROWSER_MESSAGE}`)
  process.exit(1)
}
const server = await serveDist({ root: OUT, compress: true })
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })

/** In the page, from its first moment: the time slide 1's title becomes visible, and what had loaded by then. */
function watchTitle() {
  const entry = e => ({ name: e.name, bytes: e.transferSize, end: e.responseEnd })
  const check = () => {
    const title = document.querySelector('.slidev-page-1 h1')
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

/** A cold visit of slide 1 (new profile, no service worker), optionally on slow 4G with a 4× slower CPU. */
async function loadSlide1(throttled) {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  if (throttled) {
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
  }
  await page.addInitScript(watchTitle)
  await page.goto(`${server.url}1`, { waitUntil: 'commit' })
  await page.waitForFunction(() => window.__benchTitle, null, { timeout: 120_000, polling: 50 })
  const title = await page.evaluate(() => window.__benchTitle)
  await page.waitForLoadState('networkidle')
  const all = await page.evaluate(() => [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
    .map(e => ({ name: e.name, bytes: e.transferSize })))
  await context.close()
  const sum = list => ({ requests: list.length, bytes: list.reduce((total, e) => total + e.bytes, 0) })
  const js = list => list.filter(e => new URL(e.name).pathname.endsWith('.js'))
  return { visibleMs: title.at, before: sum(title.loaded), beforeJs: sum(js(title.loaded)), idle: sum(all), idleJs: sum(js(all)) }
}

/** Every (slide, clicks) step as the clicker walks the deck, with the demos drawn on each slide. */
async function findDemos() {
  const page = await browser.newPage({ viewport: VIEWPORT, serviceWorkers: 'block' })
  await page.goto(`${server.url}1`)
  await page.locator('.slidev-page-1 h1').waitFor()
  const demos = new Map()
  let previous = ''
  for (let guard = 0; guard < 1000 && page.url() !== previous; guard++) {
    previous = page.url()
    const url = new URL(previous)
    const slide = Number(url.pathname.split('/').filter(Boolean).pop())
    const clicks = Number(url.searchParams.get('clicks') ?? 0)
    const ids = await page.locator(`[data-slidev-no="${slide}"] [data-demo]`).evaluateAll(els => els.map(e => e.dataset.demo))
    if (ids.length)
      demos.set(slide, { slide, ids, clicks: Math.max(clicks, demos.get(slide)?.clicks ?? 0) })
    await page.keyboard.press('ArrowRight')
    await page.waitForTimeout(80)
  }
  await page.close()
  return [...demos.values()]
}

/**
 * Frame intervals and long tasks while a speaker steps through one demo, on a 4× slower CPU.
 * With no clicks, the same measure on a still slide: the machine's own noise, to compare with.
 */
async function stepDemo({ slide, ids, clicks }) {
  const page = await browser.newPage({ viewport: VIEWPORT, serviceWorkers: 'block' })
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
  await page.goto(`${server.url}${slide}?clicks=0`)
  await page.locator(ids.length ? `[data-slidev-no="${slide}"] [data-demo="${ids[0]}"]` : `[data-slidev-no="${slide}"]`).waitFor()
  // Slidev loads and mounts every other slide 3 s after the first one shows: let that pass, as it has
  // long before a speaker reaches a demo.
  await page.waitForTimeout(SLIDEV_PRELOAD_ALL_MS + 500)
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(1000)
  await page.evaluate(() => {
    const record = { frames: [], longTasks: [], running: true }
    window.__benchFrames = record
    new PerformanceObserver(list => record.longTasks.push(...list.getEntries().map(e => e.duration))).observe({ type: 'longtask' })
    const tick = (t) => {
      record.frames.push(t)
      if (record.running)
        requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  })
  for (let i = 0; i < clicks; i++) {
    await page.keyboard.press('ArrowRight')
    await page.waitForTimeout(CLICK_GAP_MS)
  }
  if (!clicks)
    await page.waitForTimeout(BASELINE_CLICKS * CLICK_GAP_MS)
  const { frames, longTasks } = await page.evaluate(() => {
    window.__benchFrames.running = false
    return window.__benchFrames
  })
  await page.close()
  const intervals = frames.slice(1).map((t, i) => t - frames[i])
  return {
    p50: percentile(intervals, 50),
    p95: percentile(intervals, 95),
    max: Math.max(...intervals),
    over50: intervals.filter(d => d > 50).length,
    longTasks: longTasks.length,
  }
}

try {
  console.log(`bench: ${RUNS} cold loads per condition, ${DEMO_RUNS} runs per demo; medians below. Served gzip-compressed on 127.0.0.1, no service worker.`)
  console.log(`bench: ${availableParallelism()} CPUs, load average ${loadavg()[0].toFixed(1)}: timings on a busy machine run long.\n`)
  console.log('Build')
  line('slidev build (scripts/build.mjs)', `${build.seconds.toFixed(1)} s`)

  const loads = { fast: [], slow: [] }
  for (let i = 0; i < RUNS; i++) {
    loads.fast.push(await loadSlide1(false))
    loads.slow.push(await loadSlide1(true))
  }
  const m = (list, pick) => median(list.map(pick))
  console.log('\nSlide 1')
  line('title visible, cold, unthrottled', ms(m(loads.fast, r => r.visibleMs)))
  const slowVisible = m(loads.slow, r => r.visibleMs)
  line('title visible, cold, slow 4G + 4× CPU', ms(slowVisible), { text: `≤ ${budgets.slide1.visibleThrottledMs} ms`, holds: slowVisible <= budgets.slide1.visibleThrottledMs })
  for (const [name, list] of [['unthrottled', loads.fast], ['slow 4G + 4× CPU', loads.slow]]) {
    const before = m(list, r => r.before.bytes)
    line(`before it shows (${name})`, `${kb(before)} in ${m(list, r => r.before.requests)} requests; JS ${kb(m(list, r => r.beforeJs.bytes))} in ${m(list, r => r.beforeJs.requests)}`,
      list === loads.slow ? { text: `≤ ${budgets.slide1.transferredBeforeVisibleKB} KB`, holds: before <= budgets.slide1.transferredBeforeVisibleKB * 1024 } : undefined)
  }
  line('until the network is idle (unthrottled)', `${kb(m(loads.fast, r => r.idle.bytes))} in ${m(loads.fast, r => r.idle.requests)} requests; JS ${kb(m(loads.fast, r => r.idleJs.bytes))} in ${m(loads.fast, r => r.idleJs.requests)}`)

  console.log(`\nDemos: frame intervals while stepping every click at ${CPU_SLOWDOWN}× CPU (${CLICK_GAP_MS} ms between clicks)`)
  const demos = await findDemos()
  if (!demos.length)
    console.log('  no slide with a [data-demo] figure found')
  const frames = async (demo) => {
    const runs = []
    for (let i = 0; i < DEMO_RUNS; i++)
      runs.push(await stepDemo(demo))
    const summary = { p95: m(runs, r => r.p95), over50: m(runs, r => r.over50) }
    return { ...summary, text: `p50 ${ms(m(runs, r => r.p50))}, p95 ${ms(summary.p95)}, max ${ms(m(runs, r => r.max))}, >50 ms ${summary.over50}, long tasks ${m(runs, r => r.longTasks)}` }
  }
  line(`baseline: slide 1, still, ${(BASELINE_CLICKS * CLICK_GAP_MS / 1000).toFixed(1)} s`, (await frames({ slide: 1, ids: [], clicks: 0 })).text)
  for (const demo of demos) {
    const result = await frames(demo)
    line(`${demo.ids.join('+')} (slide ${demo.slide}, ${demo.clicks} clicks)`, result.text,
      { text: `p95 ≤ ${budgets.demoFrames.p95Ms} ms, ${budgets.demoFrames.over50Ms} over 50 ms`, holds: result.p95 <= budgets.demoFrames.p95Ms && result.over50 <= budgets.demoFrames.over50Ms })
  }

  console.log('\nPDF export')
  if (process.env.BENCH_SKIP_EXPORT)
    line('npm run export', 'skipped (BENCH_SKIP_EXPORT is set)')
  else if (!existsSync('scripts/export.mjs'))
    line('npm run export', 'skipped: scripts/export.mjs does not exist yet')
  else {
    const exported = run('the PDF export', process.execPath, ['scripts/export.mjs', 'pdf'], { CHROMIUM_PATH: executablePath })
    if (exported.ok && existsSync(PDF)) {
      const pages = (await PDFDocument.load(readFileSync(PDF), { updateMetadata: false })).getPageCount()
      const perPage = exported.seconds / pages
      line('npm run export (one page per click)', `${pages} pages in ${exported.seconds.toFixed(1)} s = ${perPage.toFixed(2)} s a page`,
        { text: `≤ ${budgets.export.secondsPerPage} s a page`, holds: perPage <= budgets.export.secondsPerPage })
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
  await server.close()
}
