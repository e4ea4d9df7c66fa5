import type { Arranged } from '../../scenarios/drawing'
import type { Size } from '../../components/talk/geometry'
import { describe, expect, it } from 'vitest'

/** Every talk drawing's layouts (components/talk/*.layout.ts), by module and export name. */
const MODULES = import.meta.glob<Record<string, Arranged<{ size: Size }>>>('../../components/talk/*.layout.ts', { eager: true })
const LAYOUTS = Object.entries(MODULES).flatMap(([file, exports]) =>
  Object.entries(exports).map(([name, layouts]) => ({ name: `${file.split('/').pop()} ${name}`, layouts })))

/** Widest portrait viewBox: the smallest text of the drawings' CSS (16 units) stays ≥ 14 px on a 390 px phone. */
const PORTRAIT_MAX_WIDTH = 400
const PORTRAIT_MIN_WIDTH = 320
/** Smallest font size a layout may give a label, in the drawing's units (the back row's 14 px on the slide). */
const MIN_FONT = 14

type Node = Record<string, unknown>
const isObject = (value: unknown): value is Node => typeof value === 'object' && value !== null
const areNumbers = (node: Node, ...keys: string[]) => keys.every(k => typeof node[k] === 'number')

/**
 * The shapes of a layout (points, boxes, segments, grids, frames) that do not fit where they are drawn.
 * The other keys of a grid are one cell's contents, in the cell's coordinates; those of an object with
 * a `size` (the layout itself, a frame drawn at each of its `at` corners) are in that size's coordinates.
 */
function outside(node: unknown, frame: Size, path = ''): string[] {
  if (Array.isArray(node))
    return node.flatMap((item, i) => outside(item, frame, `${path}[${i}]`))
  if (!isObject(node))
    return []
  const fits = (x: number, y: number, width = 0, height = 0) =>
    x >= 0 && y >= 0 && x + width <= frame.width && y + height <= frame.height
  const problem = (ok: boolean) => ok ? [] : [`${path || 'layout'} outside ${frame.width}×${frame.height}`]

  if (areNumbers(node, 'x', 'y', 'columns', 'rows', 'gap') && isObject(node.cell)) {
    const { x, y, columns, rows, gap, rowGap = gap } = node as Record<string, number>
    const cell = node.cell as unknown as Size
    const placed = problem(fits(x, y, columns * cell.width + (columns - 1) * gap, rows * cell.height + (rows - 1) * rowGap))
    return [...placed, ...inside(node, cell, ['x', 'y', 'columns', 'rows', 'gap', 'rowGap', 'cell'])]
  }
  if (isObject(node.size)) {
    const size = node.size as unknown as Size
    const at = Array.isArray(node.at) ? node.at as Node[] : []
    const placed = at.flatMap((corner, i) => fits(corner.x as number, corner.y as number, size.width, size.height) ? [] : [`${path}.at[${i}] outside ${frame.width}×${frame.height}`])
    return [...placed, ...inside(node, size, ['size', 'at'])]
  }
  if (areNumbers(node, 'x1', 'y1', 'x2', 'y2'))
    return problem(fits(node.x1 as number, node.y1 as number) && fits(node.x2 as number, node.y2 as number))
  if (areNumbers(node, 'x', 'y', 'width', 'height'))
    return problem(fits(node.x as number, node.y as number, node.width as number, node.height as number))
  if (areNumbers(node, 'x', 'y'))
    return problem(fits(node.x as number, node.y as number))
  return inside(node, frame, [])

  /** The shapes of a part drawn in its own coordinates (a grid's cell, a frame), checked against its size. */
  function inside(part: Node, size: Size, own: string[]): string[] {
    return Object.entries(part).filter(([k]) => !own.includes(k)).flatMap(([k, v]) => outside(v, size, path ? `${path}.${k}` : k))
  }
}

/** The font sizes a layout gives its labels (a `size` beside an `anchor`), wherever they are. */
function fontSizes(node: unknown): number[] {
  if (Array.isArray(node))
    return node.flatMap(fontSizes)
  if (!isObject(node))
    return []
  const own = typeof node.anchor === 'string' && typeof node.size === 'number' ? [node.size] : []
  return [...own, ...Object.values(node).flatMap(fontSizes)]
}

describe('the layout check finds what does not fit (fixture)', () => {
  const frame = { width: 100, height: 50 }
  it('finds a box, a label, a segment, a grid and a repeated frame that stick out', () => {
    expect(outside({
      box: { x: 60, y: 0, width: 50, height: 10 },
      label: { x: 10, y: 51, anchor: 'start' },
      line: { x1: 0, y1: 0, x2: 101, y2: 0 },
      grid: { x: 0, y: 0, columns: 7, rows: 1, cell: { width: 15, height: 15 }, gap: 2, name: { x: 16, y: 10, anchor: 'start' } },
      panel: { size: { width: 40, height: 40 }, at: [{ x: 0, y: 0 }, { x: 70, y: 0 }], icon: { x: 30, y: 0, width: 20, height: 20 } },
    }, frame)).toEqual([
      'box outside 100×50',
      'label outside 100×50',
      'line outside 100×50',
      'grid outside 100×50',
      'grid.name outside 15×15',
      'panel.at[1] outside 100×50',
      'panel.icon outside 40×40',
    ])
  })
  it('reads the font sizes of labels, not the sizes of frames', () => {
    expect(fontSizes({ size: { width: 10, height: 10 }, a: { x: 1, y: 1, anchor: 'start', size: 12 }, b: [{ dx: 0, dy: 0, anchor: 'end', size: 18 }] })).toEqual([12, 18])
  })
  it('accepts shapes that fit exactly', () => {
    expect(outside({ box: { x: 0, y: 0, width: 100, height: 50 }, grid: { x: 0, y: 0, columns: 5, rows: 2, cell: { width: 16, height: 21 }, gap: 5 } }, frame)).toEqual([])
    expect(outside({ grid: { x: 0, y: 0, columns: 1, rows: 2, cell: { width: 10, height: 20 }, gap: 0, rowGap: 11 } }, frame)).toEqual(['grid outside 100×50'])
  })
})

describe('the talk drawings\' layouts', () => {
  it('are found', () => {
    expect(LAYOUTS.length).toBeGreaterThan(0)
  })
  for (const { name, layouts } of LAYOUTS) {
    it(`${name}: every shape fits its viewBox, in both arrangements`, () => {
      expect(outside(layouts.landscape, layouts.landscape.size)).toEqual([])
      expect(outside(layouts.portrait, layouts.portrait.size)).toEqual([])
    })
    it(`${name}: no label smaller than ${MIN_FONT} units`, () => {
      expect(fontSizes(layouts).filter(size => size < MIN_FONT)).toEqual([])
    })
    it(`${name}: the portrait viewBox is about a phone's width`, () => {
      expect(layouts.portrait.size.width).toBeGreaterThanOrEqual(PORTRAIT_MIN_WIDTH)
      expect(layouts.portrait.size.width).toBeLessThanOrEqual(PORTRAIT_MAX_WIDTH)
    })
  }
})
