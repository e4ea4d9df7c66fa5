import { PDFDocument, StandardFonts } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { compact, pagesStillLoading, pdfPages } from './pdf-text.mjs'

/** A PDF with one page per text, in a standard font. */
async function pdfOf(texts: string[]) {
  const doc = await PDFDocument.create()
  const font = await doc.embedFont(StandardFonts.Helvetica)
  for (const text of texts)
    doc.addPage([400, 200]).drawText(text, { x: 20, y: 100, size: 14, font })
  return doc.save()
}

describe('reading a PDF back', () => {
  it('gives each page\'s text and size', async () => {
    const pages = await pdfPages(await pdfOf(['On remplace les machines', 'Des questions ?']))
    expect(pages.map(p => compact(p.text))).toEqual(['onremplacelesmachines', 'desquestions?'])
    expect(pages.map(p => [p.width, p.height])).toEqual([[400, 200], [400, 200]])
  })

  it('names the pages printed before their slide loaded', async () => {
    expect(pagesStillLoading(await pdfPages(await pdfOf(['Slide 1', 'Loading slide...', 'Slide 3', 'Loading slide...'])))).toEqual([2, 4])
    expect(pagesStillLoading(await pdfPages(await pdfOf(['Slide 1'])))).toEqual([])
  })
})
