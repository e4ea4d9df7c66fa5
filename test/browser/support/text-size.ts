// How large a text is drawn on the screen, for the checks that no text is too small to read: on the
// projected slide (support/checks.ts) and in the reading page's pictures on a phone (reading.spec.ts).

export interface DrawnText {
  /** `[data-demo="…"] tag.class ("text")`: where the text is and what it says. */
  where: string
  text: string
  /** Its size on the screen in CSS px (font size times every scale between it and the screen), or in `unit`'s px. */
  px: number
  /** How far, in screen px, it sticks out of the measured element or of its drawing (an SVG label): cut off. */
  cut: number
}

export interface DrawnTextsOptions {
  /** The texts under each element matching this selector. */
  selector: string
  /** Give sizes in this element's own px rather than the screen's (the slide canvas: its px are the 980×552 canvas's). */
  unit?: string
}

/**
 * Every visible text under the elements matching `selector`, with its size, grouped by matched element
 * (in document order). Runs in the page: pass it to `page.evaluate`. What a viewer cannot
 * see is skipped (not yet revealed by a click, hidden, transparent, empty, a `<title>` or `<desc>`).
 * An HTML text's size is its computed font size times the scale of every CSS transform, `scale` and
 * `zoom` above it; an SVG text's is its font size in the drawing's units times the drawing's scale to
 * the screen along its narrower axis (getScreenCTM: viewBox, transforms inside the drawing and the CSS
 * transforms above it).
 */
export function drawnTexts({ selector, unit }: DrawnTextsOptions): DrawnText[][] {
  const unitElement = unit ? document.querySelector<HTMLElement>(unit) : null
  const unitScale = unitElement ? unitElement.getBoundingClientRect().width / unitElement.offsetWidth : 1
  const cssScale = (el: Element) => {
    let scale = 1
    for (let e: Element | null = el; e; e = e.parentElement) {
      const style = getComputedStyle(e)
      if (style.transform !== 'none') {
        const m = new DOMMatrixReadOnly(style.transform)
        scale *= Math.min(Math.hypot(m.a, m.b), Math.hypot(m.c, m.d))
      }
      if (style.scale !== 'none')
        scale *= Math.min(...style.scale.split(' ').slice(0, 2).map(Number.parseFloat))
      scale *= Number.parseFloat(style.zoom) || 1
    }
    return scale
  }
  const describe = (el: Element) => {
    const tag = el.tagName.toLowerCase()
    const owner = el.closest('[data-demo], [class]')
    const where = owner && owner !== el ? `${owner.getAttribute('data-demo') ? `[data-demo="${owner.getAttribute('data-demo')}"]` : `.${[...owner.classList][0]}`} ` : ''
    const cls = el.classList.length ? `.${[...el.classList][0]}` : ''
    return `${where}${tag}${cls}`
  }
  return [...document.querySelectorAll(selector)].map((root) => {
    const found: DrawnText[] = []
    const seen = new Set<Element>()
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    while (walker.nextNode()) {
      const el = walker.currentNode.parentElement
      if (!el || seen.has(el) || !walker.currentNode.textContent?.trim())
        continue
      seen.add(el)
      if (el.closest('.slidev-vclick-hidden, title, desc, style, script'))
        continue
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
        continue
      const rect = el.getBoundingClientRect()
      if (rect.width === 0 || rect.height === 0)
        continue
      const fontSize = Number.parseFloat(getComputedStyle(el).fontSize)
      let px: number
      if (el instanceof SVGGraphicsElement) {
        const m = el.getScreenCTM()
        px = m ? fontSize * Math.min(Math.hypot(m.a, m.b), Math.hypot(m.c, m.d)) : fontSize
      }
      else {
        px = fontSize * cssScale(el)
      }
      const frames: Element[] = [root]
      for (let svg = el instanceof SVGElement ? el.ownerSVGElement : null; svg; svg = svg.ownerSVGElement)
        frames[1] = svg
      const cut = Math.max(0, ...frames.map(frame => frame.getBoundingClientRect())
        .map(f => Math.max(f.left - rect.left, rect.right - f.right, f.top - rect.top, rect.bottom - f.bottom)))
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)
      found.push({ where: `${describe(el)} ("${text}")`, text, px: px / unitScale, cut })
    }
    return found
  })
}
