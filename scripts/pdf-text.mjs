// The text and size of each page of a PDF, with Mozilla's pdf.js (its legacy build runs in Node).
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** pdf.js's metrics for the 14 standard PDF fonts, for a PDF that uses one without embedding it. */
const STANDARD_FONTS = `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`

/**
 * @param {Uint8Array} data
 * @returns {Promise<{ text: string, width: number, height: number }[]>} each page's text (lines end with "\n") and size in pt
 */
export async function pdfPages(data) {
  const pdf = await getDocument({ data: new Uint8Array(data), standardFontDataUrl: STANDARD_FONTS, isEvalSupported: false, disableFontFace: true }).promise
  const pages = []
  for (let no = 1; no <= pdf.numPages; no++) {
    const page = await pdf.getPage(no)
    const { width, height } = page.getViewport({ scale: 1 })
    const { items } = await page.getTextContent()
    pages.push({ text: items.map(item => ('str' in item ? item.str : '') + ('hasEOL' in item && item.hasEOL ? '\n' : ' ')).join(''), width, height })
  }
  await pdf.destroy()
  return pages
}

/** Text to compare with a PDF's: spacing in a PDF is positioning, not characters, and fonts pick their own apostrophe. */
export const compact = text => text.normalize('NFKC').replace(/[’ʼ‘`]/g, '\'').replace(/\s+/g, '').toLowerCase()

/** Whether a page's text shows Slidev's "Loading slide..." placeholder: it was printed before its slide arrived. */
export const stillLoading = text => /Loading slide/.test(text)

/**
 * The numbers (from 1) of the pages printed before their slide arrived.
 * @param {{ text: string }[]} pages
 */
export const pagesStillLoading = pages => pages.flatMap(({ text }, i) => stillLoading(text) ? [i + 1] : [])
