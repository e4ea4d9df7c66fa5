import { FRENCH_CONTROLS } from '../../workarounds/french-controls.mjs'

/** Words of a name, lower-cased, letters only (accents kept). */
const words = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? []

/** Words French writes as English does, which a French name may hold. */
const SHARED_WITH_FRENCH = ['mode', 'notes', 'info', 'options', 'images', 'image', 'laser', 'saturation', 'pause', 'zoom', 'format', 'page', 'pages', 'menu', 'sources', 'chaos', 'production', 'service', 'question', 'questions', 'transition', 'animation', 'minutes', 'internet']

/**
 * English words a control name on this French page must not hold: every word of Slidev's English labels
 * (workarounds/french-controls.mjs) and the common words of a user interface Slidev could add in a later
 * version, less those French shares ("mode", "notes", "info").
 */
export const ENGLISH_WORDS: ReadonlySet<string> = (() => {
  const labels = Object.values(FRENCH_CONTROLS).flat()
  const french = new Set([...labels.flatMap(([, fr]) => words(fr)), ...SHARED_WITH_FRENCH])
  const generic = ['the', 'to', 'of', 'for', 'and', 'with', 'this', 'your', 'no', 'go', 'show', 'hide', 'toggle', 'enable', 'disable', 'open', 'close', 'enter', 'exit', 'next', 'previous', 'back', 'slide', 'slides', 'settings', 'more', 'screen', 'view', 'edit', 'help', 'start', 'stop', 'reset', 'record', 'camera', 'download', 'print', 'export', 'switch', 'light', 'dark', 'theme', 'font', 'size', 'layout', 'cursor', 'presenter', 'play', 'sync', 'overview', 'drawing', 'editor', 'browser', 'clicks', 'home', 'search', 'loading']
  return new Set([...labels.flatMap(([en]) => words(en)), ...generic].filter(w => w.length > 1 && !french.has(w)))
})()

/** The English words of `name`, or [] when it reads as French. */
export function englishWordsIn(name: string): string[] {
  return words(name).filter(w => ENGLISH_WORDS.has(w))
}
