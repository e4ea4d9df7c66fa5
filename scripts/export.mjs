// `npm run export[:png|:pptx|:notes|:handout]`: the deck as files, under $EXPORT_DIR (default exports/).
//   pdf    exports/mise-en-prod.pdf        one page per click step
//   png    exports/png/<slide>.png         one image per slide, every click shown
//   pptx   exports/mise-en-prod.pptx       one slide per click step, speaker notes included
//   notes  exports/mise-en-prod-notes.pdf  the speaker notes, from Slidev's /presenter/print page
//   handout exports/mise-en-prod-handout.pdf  the reading page (/lire) printed: one A4 page per slide,
//          the slide at its last step above its narrative, page numbers, the sources last
// pdf, notes and handout are printed with Playwright, on the Chromium findChromium() resolves, from an export
// build (scripts/export-build.mjs): made into dist-export/ first, or the one EXPORT_FROM names. The PDF is
// Slidev's `/print?print=clicks` page, as `slidev export --with-clicks` prints it, printed once every step is
// on it. png and pptx are `slidev export` on the same Chromium.
import { spawn } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { CHROMIUM_ARGS, findChromium, NO_BROWSER_MESSAGE } from './chromium.mjs'
import { EXPORT_BUILD_DIR, exportBuildEnv, exportBuildProblem } from './export-build.mjs'
import { serveDist } from './serve.mjs'
import { declaredClicks, loadTalk } from './talk-timing.mjs'

const NAME = 'mise-en-prod'
const FORMATS = ['pdf', 'png', 'pptx', 'notes', 'handout']
/** A guard against hanging, not an expected duration. */
const TIMEOUT_MS = Number(process.env.EXPORT_TIMEOUT_MS ?? 15 * 60_000)
/**
 * How long a page to print may take to render. Slidev's default, 30 s, is too short for `slidev export` on a
 * cold start: its dev server compiles the deck on the first request, and Vite's optimiser may reload the page.
 */
const PAGE_TIMEOUT_MS = 180_000

/**
 * The width of the A4 page's text column in CSS px (210 mm less the 14 mm side margins of styles/reading.css):
 * the page is laid out at that width before printing, so each slide is scaled for the paper, not the screen.
 */
const HANDOUT_COLUMN_PX = Math.round((210 - 2 * 14) / 25.4 * 96)
const HANDOUT_FOOTER = '<div style="width:100%;text-align:center;font:9px Inter,sans-serif;color:#374151"><span class="pageNumber"></span> / <span class="totalPages"></span></div>'

const format = process.argv[2] ?? 'pdf'
if (!FORMATS.includes(format)) {
  console.error(`export: unknown format "${format}"; use one of ${FORMATS.join(', ')}.`)
  process.exit(2)
}
const executablePath = await findChromium()
if (!executablePath) {
  console.error(NO_BROWSER_MESSAGE)
  process.exit(1)
}
const dir = process.env.EXPORT_DIR || 'exports'
mkdirSync(dir, { recursive: true })

const started = performance.now()
const timer = setTimeout(() => {
  console.error(`export: gave up after ${TIMEOUT_MS / 1000} s (EXPORT_TIMEOUT_MS).`)
  process.exit(1)
}, TIMEOUT_MS)
timer.unref()

let written
try {
  if (format === 'pdf')
    written = await exportPdf(join(dir, `${NAME}.pdf`))
  else if (format === 'notes')
    written = await exportNotes(join(dir, `${NAME}-notes.pdf`))
  else if (format === 'handout')
    written = await exportHandout(join(dir, `${NAME}-handout.pdf`))
  else
    written = await slidevExport(format)
}
catch (error) {
  console.error(`export: ${format} failed: ${error.message}`)
  process.exit(1)
}
console.log(`export: ${format} done in ${((performance.now() - started) / 1000).toFixed(1)} s`)
for (const line of written)
  console.log(`export: wrote ${line}`)
process.exit(0)

/** Runs `slidev export` (png, pptx), once more if it fails. */
async function slidevExport(kind, attempt = 1) {
  const output = { png: join(dir, 'png'), pptx: join(dir, `${NAME}.pptx`) }[kind]
  const args = ['slidev', 'export', 'slides.md', '--format', kind, '--output', output, '--executable-path', executablePath, '--timeout', String(PAGE_TIMEOUT_MS)]
  // Slidev waits for the slides' loading placeholders it sees, but a slide can still be loading
  // unseen: without this pause `export:png` printed slide 1 as "Loading slide...".
  args.push('--wait', '3000')
  try {
    await spawnChecked('npx', args)
  }
  catch (error) {
    // Slidev waits for a slide's loading placeholder with Playwright's default 30 s, whatever --timeout says:
    // a cold dev server on a loaded machine can miss it. The second run finds the server's cache warm.
    if (attempt > 1)
      throw error
    console.warn(`export: ${error.message}; exporting again.`)
    return slidevExport(kind, attempt + 1)
  }
  if (kind === 'png') {
    const files = readdirSync(output).filter(f => f.endsWith('.png')).sort((a, b) => Number.parseInt(a) - Number.parseInt(b))
    return [`${files.length} images: ${join(output, files[0])} … ${join(output, files.at(-1))}`]
  }
  return [output]
}

function spawnChecked(command, args, env = process.env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env })
    child.on('error', reject)
    child.on('exit', code => code === 0 ? resolve() : reject(new Error(`${command} ${args.slice(0, 2).join(' ')} exited with ${code}`)))
  })
}

/** The export build EXPORT_FROM names, else one made now into dist-export/. */
async function exportBuild() {
  const from = process.env.EXPORT_FROM
  if (from) {
    const problem = exportBuildProblem(from)
    if (problem)
      throw new Error(`EXPORT_FROM: ${problem}`)
    return from
  }
  await spawnChecked('node', ['scripts/build.mjs'], { ...process.env, ...exportBuildEnv(EXPORT_BUILD_DIR) })
  return EXPORT_BUILD_DIR
}

/** Serves the export build on a free port and runs `use(origin, context)` in a light, screen-media Chromium. */
async function withExportBuild(use, contextOptions = {}) {
  const server = await serveDist({ root: await exportBuild() })
  const { chromium } = await import('playwright-chromium')
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  try {
    // No service worker: its "caching for offline" toast would be printed.
    const context = await browser.newContext({ colorScheme: 'light', serviceWorkers: 'block', ...contextOptions })
    return await use(server.url.replace(/\/$/, ''), context)
  }
  finally {
    await browser.close()
    await server.close()
  }
}

/**
 * Resolves once the page holds `count` of `selector`, no slide still loading, its fonts, and no transition
 * running (ambient motion, which never ends, stops in print): what is then printed.
 */
async function untilDrawn(page, selector, count) {
  await page.waitForFunction(({ selector, count }) => document.querySelectorAll(selector).length === count
    && document.fonts.status === 'loaded'
    && !document.querySelector('.slidev-slide-loading')
    && document.getAnimations().every(a => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity), { selector, count }, { timeout: PAGE_TIMEOUT_MS, polling: 250 }).catch(async (error) => {
    const found = await page.locator(selector).count()
    throw new Error(found === count ? error.message : `the page to print holds ${found} of the ${count} "${selector}" it should.`)
  })
}

/** One page per click step: Slidev's print page with every click, as `slidev export --with-clicks` prints it. */
async function exportPdf(output) {
  const talk = await loadTalk('slides.md')
  const steps = talk.reduce((sum, { frontmatter }) => sum + declaredClicks(frontmatter) + 1, 0)
  const { canvasWidth, aspectRatio, title } = talk[0].frontmatter
  const height = Math.round(canvasWidth / aspectRatioOf(aspectRatio))
  return withExportBuild(async (origin, context) => {
    const page = await context.newPage()
    await page.emulateMedia({ media: 'screen', colorScheme: 'light' })
    await page.goto(`${origin}/print?print=clicks`, { waitUntil: 'networkidle', timeout: PAGE_TIMEOUT_MS })
    await untilDrawn(page, '.print-slide-container', steps)
    // Slidev's empty Mermaid container follows the last step: hidden as `slidev export` hides it, else it
    // takes a blank page of its own.
    await page.locator('#mermaid-rendering-container').evaluateAll(els => els.forEach((el) => { el.style.display = 'none' }))
    await page.pdf({ path: output, width: `${canvasWidth}px`, height: `${height}px`, margin: { left: 0, top: 0, right: 0, bottom: 0 }, printBackground: true, preferCSSPageSize: true })
    const { PDFDocument } = await import('pdf-lib')
    const pdf = await PDFDocument.load(readFileSync(output))
    if (title)
      pdf.setTitle(title)
    writeFileSync(output, await pdf.save())
    return [`${output} (${pdf.getPageCount()} pages)`]
  }, { viewport: { width: canvasWidth, height } })
}

/** A headmatter `aspectRatio` as a number: `16/9`, `16:9` or `1.777`. */
function aspectRatioOf(value) {
  const [w, h = 1] = String(value).split(/[/:x]/).map(Number)
  return w / h
}

/** What `slidev export-notes` does, on our Chromium: print /presenter/print. */
async function exportNotes(output) {
  return withExportBuild(async (origin, context) => {
    const page = await context.newPage()
    await page.goto(`${origin}/presenter/print`, { waitUntil: 'networkidle', timeout: PAGE_TIMEOUT_MS })
    await page.emulateMedia({ media: 'screen' })
    await page.pdf({ path: output, margin: { left: 0, top: 0, right: 0, bottom: 0 }, printBackground: true, preferCSSPageSize: true })
    return [output]
  })
}

/** The reading page printed: `?print` draws every slide at once, at its last step, with no ambient motion. */
async function exportHandout(output) {
  const slides = (await loadTalk('slides.md')).length
  return withExportBuild(async (origin, context) => {
    const page = await context.newPage()
    await page.emulateMedia({ media: 'print', colorScheme: 'light' })
    await page.goto(`${origin}/lire?print`, { waitUntil: 'networkidle', timeout: PAGE_TIMEOUT_MS })
    await untilDrawn(page, '[data-reading-slide]:has(.slidev-page)', slides)
    await page.pdf({
      path: output,
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: HANDOUT_FOOTER,
    })
    const { PDFDocument } = await import('pdf-lib')
    const pages = (await PDFDocument.load(readFileSync(output))).getPageCount()
    return [`${output} (${pages} pages)`]
  }, { viewport: { width: HANDOUT_COLUMN_PX, height: 1000 } })
}
