// The text on each page of a PDF, read with pdf-lib (which parses PDFs but does not extract text):
// the text-showing operators of each page's content streams (and the form XObjects they draw),
// decoded through each font's ToUnicode map. Enough for the PDFs Chromium prints; not a general extractor.
import type { PDFDict as PDFDictType, PDFObject } from 'pdf-lib'
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib'

interface Font {
  bytes: number
  map: Map<number, string>
}

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1')

function streamText(stream: PDFRawStream) {
  return latin1(decodePDFRawStream(stream).decode())
}

function utf16(hex: string) {
  const codes: number[] = []
  for (let i = 0; i + 4 <= hex.length; i += 4)
    codes.push(Number.parseInt(hex.slice(i, i + 4), 16))
  return String.fromCharCode(...codes)
}

/** A ToUnicode CMap's bfchar and bfrange entries. */
function parseToUnicode(cmap: string) {
  const map = new Map<number, string>()
  for (const [, body] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, uni] of body.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]*)>/gi))
      map.set(Number.parseInt(code, 16), utf16(uni))
  }
  for (const [, body] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, target] of body.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*(<[0-9a-f]*>|\[[^\]]*\])/gi)) {
      const start = Number.parseInt(lo, 16)
      const end = Number.parseInt(hi, 16)
      if (target.startsWith('[')) {
        const list = [...target.matchAll(/<([0-9a-f]*)>/gi)].map(m => utf16(m[1]))
        list.forEach((uni, i) => map.set(start + i, uni))
      }
      else {
        const base = target.slice(1, -1)
        const last = Number.parseInt(base.slice(-4), 16)
        for (let code = start; code <= end; code++)
          map.set(code, utf16(base.slice(0, -4)) + String.fromCharCode(last + code - start))
      }
    }
  }
  return map
}

/** Tokens of a content stream: strings (as bytes), names, arrays, numbers and operators. */
function* tokens(src: string): Generator<{ kind: 'op' | 'name' | 'string' | 'array' | 'other', value: string, items?: string[] }> {
  let i = 0
  const readString = () => {
    if (src[i] === '<') {
      const end = src.indexOf('>', i)
      const hex = src.slice(i + 1, end).replace(/\s/g, '')
      i = end + 1
      let out = ''
      for (let k = 0; k < hex.length; k += 2)
        out += String.fromCharCode(Number.parseInt(hex.slice(k, k + 2).padEnd(2, '0'), 16))
      return out
    }
    let depth = 0
    let out = ''
    for (i++; i < src.length; i++) {
      const c = src[i]
      if (c === '\\') {
        const n = src[++i]
        const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' }
        if (/[0-7]/.test(n)) {
          const oct = src.slice(i, i + 3).match(/^[0-7]{1,3}/)![0]
          out += String.fromCharCode(Number.parseInt(oct, 8))
          i += oct.length - 1
        }
        else {
          out += escapes[n] ?? n
        }
      }
      else if (c === '(') {
        depth++
        out += c
      }
      else if (c === ')') {
        if (depth-- === 0) {
          i++
          return out
        }
        out += c
      }
      else {
        out += c
      }
    }
    return out
  }
  while (i < src.length) {
    const c = src[i]
    if (/\s/.test(c)) {
      i++
    }
    else if (c === '%') {
      while (i < src.length && src[i] !== '\n' && src[i] !== '\r') i++
    }
    else if (c === '(' || (c === '<' && src[i + 1] !== '<')) {
      yield { kind: 'string', value: readString() }
    }
    else if (c === '[') {
      i++
      const items: string[] = []
      while (i < src.length && src[i] !== ']') {
        if (src[i] === '(' || src[i] === '<')
          items.push(readString())
        else
          i++
      }
      i++
      yield { kind: 'array', value: '', items }
    }
    else if (c === '/') {
      const m = src.slice(i).match(/^\/[^\s/[\]()<>{}%]*/)![0]
      i += m.length
      yield { kind: 'name', value: m.slice(1) }
    }
    else if ('<>{}]'.includes(c)) {
      i += c === '<' || c === '>' ? (src[i + 1] === c ? 2 : 1) : 1
      yield { kind: 'other', value: c }
    }
    else {
      const m = src.slice(i).match(/^[^\s/[\]()<>{}%]+/)![0]
      i += m.length
      // Inline images carry binary data up to EI: skip it.
      if (m === 'ID') {
        const end = src.indexOf('EI', i)
        i = end < 0 ? src.length : end + 2
      }
      yield { kind: /^[-+.\d]/.test(m) ? 'other' : 'op', value: m }
    }
  }
}

function decode(raw: string, font: Font | undefined) {
  if (!font)
    return ''
  let out = ''
  for (let i = 0; i + font.bytes <= raw.length; i += font.bytes) {
    let code = 0
    for (let k = 0; k < font.bytes; k++)
      code = code * 256 + raw.charCodeAt(i + k)
    out += font.map.get(code) ?? ''
  }
  return out
}

function textOf(doc: PDFDocument, contents: PDFRawStream[], resources: PDFDictType | undefined, depth = 0): string {
  const lookup = <T extends PDFObject>(o: PDFObject | undefined): T | undefined =>
    (o instanceof PDFRef ? doc.context.lookup(o) : o) as T | undefined
  const fonts = new Map<string, Font>()
  const fontDict = lookup<PDFDictType>(resources?.get(PDFName.of('Font')))
  const xobjects = lookup<PDFDictType>(resources?.get(PDFName.of('XObject')))
  const font = (name: string) => {
    if (!fonts.has(name)) {
      const dict = lookup<PDFDictType>(fontDict?.get(PDFName.of(name)))
      const toUnicode = lookup<PDFRawStream>(dict?.get(PDFName.of('ToUnicode')))
      const type0 = dict?.get(PDFName.of('Subtype'))?.toString() === '/Type0'
      fonts.set(name, { bytes: type0 ? 2 : 1, map: toUnicode instanceof PDFRawStream ? parseToUnicode(streamText(toUnicode)) : new Map() })
    }
    return fonts.get(name)
  }
  let text = ''
  for (const content of contents) {
    let current: Font | undefined
    const operands: ReturnType<typeof tokens> extends Generator<infer T> ? T[] : never = []
    for (const token of tokens(streamText(content))) {
      if (token.kind !== 'op') {
        operands.push(token)
        continue
      }
      const last = operands.at(-1)
      if (token.value === 'Tf')
        current = font(operands.at(-2)?.value ?? '')
      else if (['Tj', '\'', '"'].includes(token.value) && last?.kind === 'string')
        text += decode(last.value, current)
      else if (token.value === 'TJ' && last?.kind === 'array')
        text += last.items!.map(s => decode(s, current)).join('')
      else if (['Td', 'TD', 'T*', 'Tm', 'ET'].includes(token.value))
        text += ' '
      else if (token.value === 'Do' && last?.kind === 'name' && depth < 8) {
        const xobject = lookup<PDFRawStream>(xobjects?.get(PDFName.of(last.value)))
        if (xobject instanceof PDFRawStream && xobject.dict.get(PDFName.of('Subtype'))?.toString() === '/Form') {
          const own = lookup<PDFDictType>(xobject.dict.get(PDFName.of('Resources')))
          text += textOf(doc, [xobject], own instanceof PDFDict ? own : resources, depth + 1)
        }
      }
      operands.length = 0
    }
  }
  return text
}

/** The text of each page, whitespace collapsed. */
export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes)
  return doc.getPages().map((page) => {
    const raw = page.node.get(PDFName.of('Contents'))
    const resolved = raw instanceof PDFRef ? doc.context.lookup(raw) : raw
    const contents = (resolved instanceof PDFArray ? resolved.asArray().map(r => doc.context.lookup(r)) : [resolved])
      .filter((s): s is PDFRawStream => s instanceof PDFRawStream)
    return textOf(doc, contents, page.node.Resources()).replace(/\s+/g, ' ').trim()
  })
}
