// `npm run export[:png|:pptx|:notes]`: the deck as files, under $EXPORT_DIR (default exports/).
//   pdf    exports/mise-en-prod.pdf        one page per click step (--with-clicks)
//   png    exports/png/<slide>.png         one image per slide, every click shown
//   pptx   exports/mise-en-prod.pptx       one slide per click step, speaker notes included
//   notes  exports/mise-en-prod-notes.pdf  the speaker notes, from Slidev's /presenter/print page
//   handout exports/mise-en-prod-handout.pdf  the reading page (/lire) printed: one A4 page per slide,
//          the slide at its last step above its narrative, page numbers, the sources last
// pdf, png and pptx are `slidev export` on the Chromium findChromium() resolves. `slidev export-notes`
// cannot be given a browser, so notes does what it does (serve the deck in export mode, print that
// page) with Playwright on the same Chromium; handout prints the reading page the same way.
import { spawn } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { createServer as createNetServer } from 'node:net'
import { join } from 'node:path'
import { CHROMIUM_ARGS, findChromium, NO_BROWSER_MESSAGE } from './chromium.mjs'

const NAME = 'mise-en-prod'
const FORMATS = ['pdf', 'png', 'pptx', 'notes', 'handout']
/** A guard against hanging, not an expected duration. */
const TIMEOUT_MS = Number(process.env.EXPORT_TIMEOUT_MS ?? 15 * 60_000)
/**
 * How long Slidev may take to render its print page. Its default, 30 s, is too short on a cold start:
 * the dev server compiles the deck on first request, and Vite's dependency optimiser may reload the page.
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
  if (format === 'notes')
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

/**
 * Runs `slidev export`, once more if it fails. A PDF is then read back: a page that says "Loading slide..."
 * was printed before its slide arrived (a cold dev server under load), so the export runs once more, on
 * the now warm server cache, and fails with the page numbers if that happens again.
 */
async function slidevExport(kind, attempt = 1) {
  const output = {
    pdf: join(dir, `${NAME}.pdf`),
    png: join(dir, 'png'),
    pptx: join(dir, `${NAME}.pptx`),
  }[kind]
  const args = ['slidev', 'export', 'slides.md', '--format', kind, '--output', output, '--executable-path', executablePath, '--timeout', String(PAGE_TIMEOUT_MS)]
  // Slidev waits for the slides' loading placeholders it sees, but a slide can still be loading
  // unseen: without this pause `export:png` printed slide 1 as "Loading slide...".
  args.push('--wait', '3000')
  if (kind === 'pdf')
    args.push('--with-clicks')
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
  if (kind === 'pdf') {
    const { pagesStillLoading, pdfPages } = await import('./pdf-text.mjs')
    const pages = await pdfPages(readFileSync(output))
    const unloaded = pagesStillLoading(pages)
    if (unloaded.length && attempt === 1) {
      console.warn(`export: ${unloaded.length} of ${pages.length} pages were printed before their slide loaded; exporting again.`)
      return slidevExport(kind, attempt + 1)
    }
    if (unloaded.length)
      throw new Error(`pages ${unloaded.join(', ')} of ${output} show "Loading slide..." twice in a row: their slides did not load in time.`)
    return [`${output} (${pages.length} pages)`]
  }
  return [output]
}

function spawnChecked(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', code => code === 0 ? resolve() : reject(new Error(`${command} ${args.slice(0, 2).join(' ')} exited with ${code}`)))
  })
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createNetServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/** Serves the deck as Slidev's export mode does and runs `use(origin, browser)` on our Chromium. */
async function withExportServer(use) {
  const { createServer, resolveOptions } = await import('@slidev/cli')
  const { chromium } = await import('playwright-chromium')
  const port = await freePort()
  const server = await createServer(await resolveOptions({ entry: 'slides.md' }, 'export'), {
    server: { port, host: '127.0.0.1', strictPort: true },
    clearScreen: false,
    logLevel: 'warn',
  })
  await server.listen()
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  try {
    return await use(`http://127.0.0.1:${port}`, browser)
  }
  finally {
    await browser.close()
    await server.close()
  }
}

/** What `slidev export-notes` does, on our Chromium: serve the deck in export mode, print /presenter/print. */
async function exportNotes(output) {
  return withExportServer(async (origin, browser) => {
    const page = await browser.newPage()
    await page.goto(`${origin}/presenter/print`, { waitUntil: 'networkidle', timeout: PAGE_TIMEOUT_MS })
    await page.emulateMedia({ media: 'screen' })
    await page.pdf({ path: output, margin: { left: 0, top: 0, right: 0, bottom: 0 }, printBackground: true, preferCSSPageSize: true })
    return [output]
  })
}

/** The reading page printed: `?print` draws every slide at once, at its last step, with no ambient motion. */
async function exportHandout(output) {
  return withExportServer(async (origin, browser) => {
    const page = await browser.newPage({ viewport: { width: HANDOUT_COLUMN_PX, height: 1000 }, colorScheme: 'light' })
    await page.emulateMedia({ media: 'print', colorScheme: 'light' })
    await page.goto(`${origin}/lire?print`, { waitUntil: 'networkidle', timeout: PAGE_TIMEOUT_MS })
    await page.waitForFunction(() => {
      const boxes = [...document.querySelectorAll('[data-reading-slide]')]
      return boxes.length > 0 && document.fonts.status === 'loaded'
        && boxes.every(box => box.querySelector('.slidev-page') && !box.querySelector('.slidev-slide-loading'))
        && document.getAnimations().every(a => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity)
    }, undefined, { timeout: PAGE_TIMEOUT_MS, polling: 250 })
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
  })
}
