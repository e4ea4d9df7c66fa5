// `node bench/trace.mjs SLIDE [SLIDE …]`: where the frame time goes when a speaker enters a slide and steps
// through its clicks, at 4× CPU, from a Chrome performance trace (devtools.timeline, animations, V8 samples).
// For each slide: enters it from the previous one (after Slidev's 3 s preload of every slide), then clicks
// through it STEP_MS apart; per step, the main thread's time split into script, style, layout, paint and
// compositing (CPU time: on a busy machine wall time also counts waiting for a core; Chromium's 4× throttling
// stretches wall time, not CPU time), with the elements restyled and laid out, the longest task, the animations and transitions started
// (property and element), and the functions that spent the most script (readable names need an unminified build).
// Reads a built site: DIST (default dist-bench, as `npm run bench` leaves it). Writes each trace to TRACE_DIR
// (default /tmp/mise-en-prod-traces) to open in Chrome's Performance panel; `--read` analyses the traces
// already there instead of recording new ones.
import { mkdirSync, readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-chromium'
import { CHROMIUM_ARGS, findChromium, NO_BROWSER_MESSAGE } from '../scripts/chromium.mjs'
import { serveDist } from '../scripts/serve.mjs'

const DIST = process.env.DIST || 'dist-bench'
const TRACE_DIR = process.env.TRACE_DIR || '/tmp/mise-en-prod-traces'
const STEP_MS = Number(process.env.BENCH_STEP_MS) || 800
const CPU_SLOWDOWN = 4
const VIEWPORT = { width: 1280, height: 720 }
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'blink.animations',
  'disabled-by-default-v8.cpu_profiler',
  'v8.execute',
]
const STEP_MARK = 'bench-step:'
// node_modules/@slidev/client/internals/SlidesShow.vue mounts every slide 3 s after the first one shows; at 4× CPU
// that takes a few seconds more, and must be over before tracing or it lands in the first step.
const SETTLE_MS = 7000

const READ_ONLY = process.argv.includes('--read')
const slides = process.argv.slice(2).map(Number).filter(n => n > 1)
if (!slides.length) {
  console.error('usage: node bench/trace.mjs [--read] SLIDE [SLIDE …]   (slide numbers above 1; DIST=dist-bench)')
  process.exit(2)
}

const CATEGORY_OF = {
  script: /^(FunctionCall|EvaluateScript|v8\.|V8\.|TimerFire|FireAnimationFrame|EventDispatch|RunMicrotasks|MajorGC|MinorGC|GCEvent|BlinkGC|ParseHTML|XHRReadyStateChange|FireIdleCallback|HandlePostMessage)/,
  style: /^(UpdateLayoutTree|RecalculateStyles|ScheduleStyleRecalculation|ParseAuthorStyleSheet)$/,
  layout: /^(Layout|UpdateLayerTree|UpdateLayer|InvalidateLayout|IntersectionObserverController::computeIntersections)$/,
  paint: /^(Paint|PrePaint|PaintImage|Decode Image|Layerize|Commit|CompositeLayers|UpdateLayer|RasterTask|ScrollLayer|PaintSetup)$/,
}
const categoryOf = name => Object.keys(CATEGORY_OF).find(c => CATEGORY_OF[c].test(name)) ?? 'other'

/** The renderer main thread of the traced page: the CrRendererMain with the most events. */
function mainThread(events) {
  const names = events.filter(e => e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain')
  const count = new Map()
  for (const e of events) {
    if (e.ph === 'X' || e.ph === 'B')
      count.set(`${e.pid}:${e.tid}`, (count.get(`${e.pid}:${e.tid}`) ?? 0) + 1)
  }
  return names.map(n => ({ pid: n.pid, tid: n.tid })).sort((a, b) => (count.get(`${b.pid}:${b.tid}`) ?? 0) - (count.get(`${a.pid}:${a.tid}`) ?? 0))[0]
}

/**
 * Self time of every complete event of one thread (its time minus its children's), in µs: CPU time (`tdur`),
 * which a busy machine does not inflate the way it inflates wall time when the thread waits for a core.
 */
function selfTimes(events) {
  const sorted = events.filter(e => e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur - a.dur)
  const stack = []
  for (const e of sorted) {
    e.self = e.tdur ?? e.dur
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts)
      stack.pop()
    if (stack.length)
      stack.at(-1).self -= e.tdur ?? e.dur
    stack.push(e)
  }
  return sorted
}

/** Self time per function name from the V8 sampling profile, in [from, to) µs. */
function profileSelfTimes(events, thread, from, to) {
  const nodes = new Map()
  const totals = new Map()
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== thread.pid)
      continue
    const chunk = e.args.data
    for (const node of chunk.cpuProfile?.nodes ?? [])
      nodes.set(node.id, node.callFrame)
    let t = e.args.data.startTime ?? null
    // Chunks carry time deltas from the profile's start; ProfileChunk.ts is close enough to anchor them.
    t = t ?? e.ts
    const samples = chunk.cpuProfile?.samples ?? []
    const deltas = chunk.timeDeltas ?? []
    for (let i = 0; i < samples.length; i++) {
      t += deltas[i] ?? 0
      if (t < from || t >= to)
        continue
      const frame = nodes.get(samples[i])
      const name = frame ? `${frame.functionName || '(anonymous)'} ${(frame.url || '').split('/').pop()}`.trim() : '?'
      totals.set(name, (totals.get(name) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0))
    }
  }
  return [...totals].sort((a, b) => b[1] - a[1])
}

function analyse(trace) {
  const events = trace.traceEvents ?? trace
  const thread = mainThread(events)
  const own = selfTimes(events.filter(e => e.pid === thread.pid && e.tid === thread.tid))
  const marks = events.filter(e => e.name === 'TimeStamp' && String(e.args?.data?.message).startsWith(STEP_MARK))
    .map(e => ({ ts: e.ts, label: e.args.data.message.slice(STEP_MARK.length) })).sort((a, b) => a.ts - b.ts)
  // Animation begin events name the animated property (displayName) and the element (nodeName, with its classes).
  const animations = events.filter(e => e.name === 'Animation' && e.ph === 'b' && e.args?.data)
  const frames = events.filter(e => e.pid === thread.pid && (e.name === 'BeginMainThreadFrame' || e.name === 'BeginFrame'))
  return marks.map((mark, i) => {
    const from = mark.ts
    const to = marks[i + 1]?.ts ?? from + STEP_MS * 1000
    const inside = own.filter(e => e.ts >= from && e.ts < to)
    const time = { script: 0, style: 0, layout: 0, paint: 0, other: 0 }
    for (const e of inside)
      time[categoryOf(e.name)] += e.self / 1000
    const styled = inside.filter(e => e.name === 'UpdateLayoutTree').reduce((n, e) => n + (e.args?.elementCount ?? e.args?.data?.elementCount ?? 0), 0)
    const laidOut = inside.filter(e => e.name === 'Layout').map(e => e.args?.beginData?.dirtyObjects ?? 0)
    const longest = inside.filter(e => e.name === 'RunTask').reduce((m, e) => Math.max(m, (e.tdur ?? e.dur) / 1000), 0)
    const started = animations.filter(e => e.ts >= from && e.ts < to).map(e => e.args.data)
    const names = new Map()
    for (const { displayName, nodeName } of started) {
      const element = String(nodeName).replace(/ class='([^' ]*)[^']*'.*/, '.$1').replace(/^(\S+) .*/, '$1').toLowerCase()
      names.set(`${displayName} on ${element}`, (names.get(`${displayName} on ${element}`) ?? 0) + 1)
    }
    const beginFrames = frames.filter(e => e.ts >= from && e.ts < to).length
    return {
      label: mark.label,
      time,
      styled,
      laidOut: laidOut.reduce((a, b) => a + b, 0),
      layouts: laidOut.length,
      longest,
      beginFrames,
      animations: started.length,
      animationNames: [...names].sort((a, b) => b[1] - a[1]).slice(0, 5),
      functions: profileSelfTimes(events, thread, from, to).slice(0, 8),
    }
  })
}

const f = n => n.toFixed(0).padStart(5)
const tracePath = slide => join(TRACE_DIR, `slide-${slide}.json`)

/** Enters `slide` from the previous one and clicks through it, recording a trace of exactly that. */
async function record(browser, server, slide) {
  const page = await browser.newPage({ viewport: VIEWPORT, serviceWorkers: 'block' })
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
  await page.goto(`${server.url}${slide - 1}`)
  await page.locator(`[data-slidev-no="${slide - 1}"]`).first().waitFor()
  // Walk the previous slide's clicks without tracing, up to the step before the slide change.
  for (let guard = 0; guard < 50; guard++) {
    const before = page.url()
    await page.keyboard.press('ArrowRight')
    await page.waitForTimeout(STEP_MS)
    if (Number(new URL(page.url()).pathname.split('/').pop()) === slide) {
      await page.goto(before)
      await page.locator(`[data-slidev-no="${slide - 1}"]`).first().waitFor()
      break
    }
  }
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(SETTLE_MS)
  await browser.startTracing(page, { path: tracePath(slide), categories: CATEGORIES })
  let label = 'enter'
  let clicks = 0
  for (let guard = 0; guard < 60; guard++) {
    await page.evaluate(message => console.timeStamp(message), `${STEP_MARK}${label}`)
    await page.keyboard.press('ArrowRight')
    await page.waitForTimeout(STEP_MS)
    if (Number(new URL(page.url()).pathname.split('/').pop()) !== slide && label !== 'enter')
      break
    label = `click ${++clicks}`
  }
  await browser.stopTracing()
  await page.close()
}

function report(slide) {
  const steps = analyse(JSON.parse(readFileSync(tracePath(slide), 'utf8')))
  console.log(`\nslide ${slide} (${tracePath(slide)}); CPU ms of the main thread per step (the last "click" is the change to the next slide)`)
  console.log(`  ${'step'.padEnd(9)} script  style layout  paint  other  longest task (CPU)  restyled laid-out(layouts)  animations: property on element×count`)
  for (const s of steps) {
    console.log(`  ${s.label.padEnd(9)} ${f(s.time.script)} ${f(s.time.style)} ${f(s.time.layout)} ${f(s.time.paint)} ${f(s.time.other)}  ${f(s.longest)} ms           ${String(s.styled).padStart(6)} ${String(s.laidOut).padStart(6)}(${s.layouts})  ${s.animations}: ${s.animationNames.map(([n, c]) => `${n}×${c}`).join(' ')}`)
    console.log(`            top script (samples, wall ms): ${s.functions.map(([n, us]) => `${n} ${(us / 1000).toFixed(0)}`).join(', ')}`)
  }
}

if (READ_ONLY) {
  slides.forEach(report)
}
else {
  const executablePath = await findChromium()
  if (!executablePath) {
    console.error(`trace: ${NO_BROWSER_MESSAGE}`)
    process.exit(1)
  }
  mkdirSync(TRACE_DIR, { recursive: true })
  const server = await serveDist({ root: DIST, compress: true, port: Number(process.env.BENCH_PORT) || 0 })
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  console.log(`trace: ${DIST} at ${CPU_SLOWDOWN}× CPU, ${STEP_MS} ms per step, load average ${loadavg()[0].toFixed(1)}; traces in ${TRACE_DIR}/`)
  try {
    for (const slide of slides) {
      await record(browser, server, slide)
      report(slide)
    }
  }
  finally {
    await browser.close()
    await server.close()
  }
}
