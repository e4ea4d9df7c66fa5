import type { Arranged } from '../../scenarios/drawing'
import type { Offset, OffsetLabel, Segment, Size } from './geometry'

/** A dated mark on the axis: its text and the line from its dot towards the text, both from its date's point. */
interface Event { label: OffsetLabel, leader: { from: Offset, to: Offset } }

export interface EquifaxTimelineLayout {
  size: Size
  /** From 1 March (x1, y1) to 31 July 2017 (x2, y2). */
  axis: Segment
  /** Each month's tick across the axis and its name, from the month's first day. */
  month: { tick: { from: Offset, to: Offset }, label: OffsetLabel }
  published: Event
  breach: Event
  /**
   * The week a patch would have taken: a band from `offset` past its first day to `offset` +
   * `thickness` past its last (so along the axis, beside it), and its text from the last day.
   */
  whatIf: { offset: Offset, thickness: Offset, label: OffsetLabel }
}

/** Time runs left to right on the slide, top to bottom on a phone: months on the left, what happened on the right. */
export const EQUIFAX_TIMELINE: Arranged<EquifaxTimelineLayout> = {
  landscape: {
    size: { width: 900, height: 300 },
    axis: { x1: 60, y1: 150, x2: 860, y2: 150 },
    month: { tick: { from: { dx: 0, dy: -8 }, to: { dx: 0, dy: 8 } }, label: { dx: 6, dy: 30, anchor: 'start' } },
    published: { label: { dx: 0, dy: -90, anchor: 'start' }, leader: { from: { dx: 0, dy: -80 }, to: { dx: 0, dy: -12 } } },
    breach: { label: { dx: -60, dy: -90, anchor: 'start' }, leader: { from: { dx: 0, dy: -80 }, to: { dx: 0, dy: -12 } } },
    whatIf: { offset: { dx: 0, dy: 64 }, thickness: { dx: 0, dy: 18 }, label: { dx: 14, dy: 80, anchor: 'start' } },
  },
  portrait: {
    size: { width: 360, height: 466 },
    axis: { x1: 64, y1: 30, x2: 64, y2: 450 },
    month: { tick: { from: { dx: -8, dy: 0 }, to: { dx: 8, dy: 0 } }, label: { dx: -12, dy: 6, anchor: 'end' } },
    published: { label: { dx: 40, dy: -4, anchor: 'start' }, leader: { from: { dx: 11, dy: -2 }, to: { dx: 34, dy: -8 } } },
    breach: { label: { dx: 40, dy: 6, anchor: 'start' }, leader: { from: { dx: 11, dy: 0 }, to: { dx: 34, dy: 0 } } },
    whatIf: { offset: { dx: 14, dy: 0 }, thickness: { dx: 18, dy: 0 }, label: { dx: 14, dy: 22, anchor: 'start', size: 18 } },
  },
}
