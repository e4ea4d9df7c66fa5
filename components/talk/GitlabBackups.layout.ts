import type { Arranged } from '../../scenarios/drawing'
import type { Box, Frame, Label, Size } from './geometry'

export interface GitlabBackupsLayout {
  size: Size
  methods: {
    panel: Box
    title: Label
    /** One per backup method, in its own coordinates: its frame, its database icon, the cross over it (an SVG path). */
    method: Frame & { frame: Box, icon: Box, cross: string }
    warn: Label
    lines: readonly [Label, Label]
  }
  loss: {
    panel: Box
    title: Label
    bar: Box
    from: Label
    to: Label
    warn: Label
    /** The first thing lost; the next ones `pitch` below. */
    lost: Label & { pitch: number }
    /** What the restore did not touch. */
    kept: Label
  }
}

/** The two panels side by side on the slide, one above the other on a phone. */
export const GITLAB_BACKUPS: Arranged<GitlabBackupsLayout> = {
  landscape: {
    size: { width: 900, height: 330 },
    methods: {
      panel: { x: 4, y: 10, width: 404, height: 300 },
      title: { x: 206, y: 52, anchor: 'middle' },
      method: {
        size: { width: 60, height: 72 },
        at: [{ x: 24, y: 84 }, { x: 100, y: 84 }, { x: 176, y: 84 }, { x: 252, y: 84 }, { x: 328, y: 84 }],
        frame: { x: 0, y: 0, width: 60, height: 72 },
        icon: { x: 12, y: 8, width: 36, height: 36 },
        cross: 'M16 50 l28 16 M44 50 l-28 16',
      },
      warn: { x: 206, y: 204, anchor: 'middle' },
      lines: [{ x: 206, y: 232, anchor: 'middle' }, { x: 206, y: 258, anchor: 'middle' }],
    },
    loss: {
      panel: { x: 428, y: 10, width: 468, height: 300 },
      title: { x: 662, y: 52, anchor: 'middle' },
      bar: { x: 460, y: 76, width: 404, height: 34 },
      from: { x: 460, y: 136, anchor: 'start' },
      to: { x: 864, y: 136, anchor: 'end' },
      warn: { x: 662, y: 168, anchor: 'middle' },
      lost: { x: 662, y: 198, anchor: 'middle', pitch: 27 },
      kept: { x: 662, y: 294, anchor: 'middle' },
    },
  },
  portrait: {
    size: { width: 360, height: 600 },
    methods: {
      panel: { x: 4, y: 4, width: 352, height: 258 },
      title: { x: 180, y: 42, anchor: 'middle' },
      method: {
        size: { width: 60, height: 72 },
        at: [{ x: 14, y: 66 }, { x: 82, y: 66 }, { x: 150, y: 66 }, { x: 218, y: 66 }, { x: 286, y: 66 }],
        frame: { x: 0, y: 0, width: 60, height: 72 },
        icon: { x: 12, y: 8, width: 36, height: 36 },
        cross: 'M16 50 l28 16 M44 50 l-28 16',
      },
      warn: { x: 180, y: 180, anchor: 'middle' },
      lines: [{ x: 180, y: 210, anchor: 'middle' }, { x: 180, y: 236, anchor: 'middle' }],
    },
    loss: {
      panel: { x: 4, y: 274, width: 352, height: 322 },
      title: { x: 180, y: 312, anchor: 'middle', size: 19 },
      bar: { x: 24, y: 332, width: 312, height: 34 },
      from: { x: 24, y: 392, anchor: 'start' },
      to: { x: 336, y: 418, anchor: 'end' },
      warn: { x: 180, y: 454, anchor: 'middle', size: 18 },
      lost: { x: 180, y: 486, anchor: 'middle', pitch: 28 },
      kept: { x: 180, y: 578, anchor: 'middle' },
    },
  },
}
