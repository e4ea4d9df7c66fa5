import type { Arrangement, Badge, Point } from './drawing'
import type { InfraState } from './infra'
import type { Rect, Size, TopologyLayout } from './topology-layout'
import { textWidth } from './drawing'
import { badgeBox } from './recovery'
import { FIREWALLS } from './topology'
import { anchor, endpointLabelDy, INFRA_SHAPES, machineBox, zoneLabelAt } from './topology-layout'

/**
 * What the layout tests measure: the boxes a picture inks (machines, endpoints and their names,
 * zones' names, firewalls, badges, texts), estimated from the layout and textWidth, so that a test can
 * say nothing overlaps and everything fits. Zones and rings are frames, not ink: things sit in them.
 */

export interface Ink extends Rect {
  what: string
  /** A text drawn on nothing: a line passing through it would cross its letters (a badge has its own background). */
  bare?: boolean
}

/** The box of a one-line text: `y` is its baseline; accents rise about 0.8 em above it, descenders 0.25 em below. */
export function textBox(what: string, text: string, x: number, y: number, size: number, anchor: 'start' | 'middle' | 'end' = 'start'): Ink {
  const width = textWidth(text, size)
  const left = anchor === 'start' ? x : anchor === 'middle' ? x - width / 2 : x - width
  return { what, x: left, y: y - 0.8 * size, width, height: 1.05 * size, bare: true }
}

/** Everything an InfraDiagram inks for this state in this layout. */
export function diagramInk(infra: InfraState, layout: TopologyLayout, firewalls = true): Ink[] {
  const { endpoint, zoneLabel, firewall } = INFRA_SHAPES
  const ink: Ink[] = []
  for (const m of infra.machines)
    ink.push({ what: `machine ${m.id}`, ...machineBox(layout, m) })
  for (const e of infra.endpoints) {
    const at = layout.endpoints[e.id]
    ink.push({ what: `endpoint ${e.id}`, x: at.x - endpoint.radius, y: at.y - endpoint.radius, width: 2 * endpoint.radius, height: 2 * endpoint.radius })
    ink.push(textBox(`endpoint ${e.id}'s name`, e.label, at.x, at.y + endpointLabelDy(at), endpoint.label.size, 'middle'))
  }
  for (const z of infra.zones) {
    const at = zoneLabelAt(layout.zones[z.id])
    ink.push(textBox(`zone ${z.id}'s name`, z.label, at.x, at.y, zoneLabel.size))
  }
  if (firewalls) {
    for (const fw of FIREWALLS) {
      const at = layout.firewalls[fw.id]
      ink.push({ what: `firewall ${fw.id}`, x: at.x - firewall.size / 2, y: at.y - firewall.size / 2, width: firewall.size, height: firewall.size })
    }
  }
  return ink
}

/** The box of a badge drawn by InfraBadge at font size `size`. */
export function badgeInk(badge: Badge, size: number): Ink {
  const { width, height } = badgeBox(badge.text, size, !!badge.icon)
  return { what: `badge ${badge.id}`, x: badge.align === 'end' ? badge.x - width : badge.x, y: badge.y, width, height }
}

function overlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

/** Every pair of boxes that overlap, named. */
export function overlaps(ink: readonly Ink[]): string[] {
  const found: string[] = []
  ink.forEach((a, i) => ink.slice(i + 1).forEach((b) => {
    if (overlap(a, b))
      found.push(`${a.what} × ${b.what}`)
  }))
  return found
}

/** Does the segment from `a` to `b` pass through the box? (Liang–Barsky clipping.) */
function crosses(a: Point, b: Point, box: Rect): boolean {
  let enter = 0
  let leave = 1
  const dx = b.x - a.x
  const dy = b.y - a.y
  for (const [delta, gap] of [[-dx, a.x - box.x], [dx, box.x + box.width - a.x], [-dy, a.y - box.y], [dy, box.y + box.height - a.y]]) {
    if (delta === 0) {
      if (gap < 0)
        return false
      continue
    }
    const crossingAt = gap / delta
    if (delta < 0)
      enter = Math.max(enter, crossingAt)
    else
      leave = Math.min(leave, crossingAt)
  }
  return enter < leave
}

/** On the slide the DNS stands above the users, its name on their link: the landscape stays as it is. */
const SLIDE_CROSSINGS = ['link users--dns × endpoint dns\'s name']

/** Every link of the diagram whose line runs through one of the bare texts of `ink`, named (the slide's own crossing aside). */
export function linksThroughTexts(infra: InfraState, layout: TopologyLayout, ink: readonly Ink[], arrangement: Arrangement): string[] {
  return infra.links.flatMap((link) => {
    const [a, b] = [anchor(infra, layout, link.from), anchor(infra, layout, link.to)]
    return ink.filter(box => box.bare && crosses(a, b, box)).map(box => `link ${link.id} × ${box.what}`)
  }).filter(crossing => arrangement === 'portrait' || !SLIDE_CROSSINGS.includes(crossing))
}

/** Every box that is not wholly inside `outer` (the viewBox when it has no corner). */
export function outside(ink: readonly Ink[], outer: Size | Rect): string[] {
  const { x = 0, y = 0 } = outer as Partial<Rect>
  return ink.filter(b => b.x < x || b.y < y || b.x + b.width > x + outer.width || b.y + b.height > y + outer.height).map(b => b.what)
}

/** The boxes inside one of `ink`'s machine boxes that a machine's shape draws: the icon, the name, the version pill, the dot. */
export function machineShapeInk(layout: TopologyLayout, label: string, withVersion: boolean): Ink[] {
  const { machine: shape } = layout
  const { machineIcon, versionPill, dotRadius } = INFRA_SHAPES
  const ink: Ink[] = [
    { what: 'icon', ...shape.icon, width: machineIcon, height: machineIcon },
    textBox(`name "${label}"`, label, shape.label.x, shape.label.y, shape.label.size),
    { what: 'dot', x: shape.dot.x - dotRadius, y: shape.dot.y - dotRadius, width: 2 * dotRadius, height: 2 * dotRadius },
  ]
  if (withVersion && shape.version)
    ink.push({ what: 'version pill', ...shape.version, ...versionPill })
  return ink
}
