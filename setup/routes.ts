import { defineRoutesSetup } from '@slidev/types'

/** The reading page, `<base>lire`, beside Slidev's own pages; its code loads only when it is opened. */
export const READING_PATH = '/lire'

export default defineRoutesSetup(routes => [
  { name: 'reading', path: READING_PATH, component: () => import('../components/reading/ReadingPage.vue') },
  ...routes,
])
