import { defineRoutesSetup } from '@slidev/types'
import { READING_DIR } from '../scripts/reading-path.mjs'

/**
 * The reading page, `<base>lire`, beside Slidev's own pages; its code loads only when it is opened.
 * `<base>lire/` is the same page (vue-router's paths are not strict about a final slash): GitHub
 * Pages sends `lire` there, to the folder the build writes the page's HTML in.
 */
export const READING_PATH = `/${READING_DIR}`

export default defineRoutesSetup(routes => [
  { name: 'reading', path: READING_PATH, component: () => import('../components/reading/ReadingPage.vue') },
  ...routes,
])
