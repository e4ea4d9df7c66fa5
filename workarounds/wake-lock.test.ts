import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { withScreenWakeLock } from './wake-lock.mjs'

describe('withScreenWakeLock: the slide view\'s wake lock is the deck\'s', () => {
  it('points the installed Slidev\'s play.vue at composables/useScreenWakeLock.ts', () => {
    const play = withScreenWakeLock(readFileSync('node_modules/@slidev/client/pages/play.vue', 'utf8'))
    const ours = fileURLToPath(new URL('../composables/useScreenWakeLock.ts', import.meta.url))
    expect(play).toContain(`import { useWakeLock } from ${JSON.stringify(ours)}`)
    expect(play).not.toContain('../composables/useWakeLock\'')
  })
  it('fails, naming the file, when play.vue no longer imports Slidev\'s wake lock', () => {
    expect(() => withScreenWakeLock('import { useWakeLock } from \'@vueuse/core\'')).toThrow('@slidev/client/pages/play.vue no longer holds the import of \'../composables/useWakeLock\'')
  })
})
