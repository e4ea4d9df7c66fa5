// What a page does that it must not, recorded by the page itself: WebKitWebDriver offers neither a console
// log nor an init script, so the test server (server.ts) puts this recorder first in every HTML page it
// sends, in every engine alike. It keeps its findings in sessionStorage, so that one raised just before a
// navigation survives it, with the address of the page that raised it.
import type { CheckName } from '../../browser/support/checks'

/** Where the test server serves the recorder, as a same-origin script the deck's CSP allows. */
export const PROBE_PATH = '/__engine-probe.js'

/** The sessionStorage key of its findings. */
export const PROBLEMS_KEY = '__engineProblems'

export type ProbeCheck = Extract<CheckName, 'console' | 'page-error' | 'csp'>

export interface PageProblem {
  check: ProbeCheck
  message: string
  /** Path and query of the page that raised it, e.g. /14?clicks=2. */
  page: string
  /** The resource it is about, for a CSP violation: the slide holding it is charged (checks.ts). */
  url?: string
}

/**
 * In the page, before any of its scripts: records console.error and console.warn, uncaught errors and
 * unhandled rejections, and Content-Security-Policy violations. Failed requests are the server's to see
 * (server.ts): an element's error event is not one (Firefox fires it on a modulepreload link for the
 * page's own entry chunk, which is loaded and runs).
 */
function recordProblems(key: string) {
  // Once the page is being left (a test's next navigation), what fails is the navigation's doing: WebKit
  // rejects the page's pending imports, and Slidev logs each slide it was still loading as failed. The
  // deck asks nothing on unload, so a beforeunload is always followed by the page going away.
  let leaving = false
  addEventListener('beforeunload', () => {
    leaving = true
  })
  const record = (check: ProbeCheck, message: string, url?: string) => {
    if (leaving)
      return
    const found = JSON.parse(sessionStorage.getItem(key) ?? '[]') as PageProblem[]
    found.push({ check, message, page: location.pathname + location.search, url })
    sessionStorage.setItem(key, JSON.stringify(found))
  }
  const describe = (value: unknown) => {
    if (value instanceof Error)
      return `${value.name}: ${value.message}`
    if (typeof value === 'string')
      return value
    try {
      return JSON.stringify(value) ?? String(value)
    }
    catch {
      return String(value)
    }
  }
  for (const level of ['error', 'warn'] as const) {
    const original = console[level].bind(console)
    console[level] = (...args: unknown[]) => {
      record('console', `console.${level}: ${args.map(describe).join(' ')}`)
      original(...args)
    }
  }
  addEventListener('error', (event) => {
    // Not a failure: the notice a ResizeObserver's changes left for the next frame, where they are delivered
    // (the reading page's, in WebKit, components/reading/ReadingSlide.vue). Browsers raise it with no error.
    if (event.error == null && event.message.startsWith('ResizeObserver loop'))
      return
    record('page-error', `uncaught ${describe(event.error ?? event.message)}`)
  })
  addEventListener('unhandledrejection', event => record('page-error', `unhandled rejection ${describe(event.reason)}`))
  document.addEventListener('securitypolicyviolation', event =>
    record('csp', `${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}`, /^https?:/.test(event.blockedURI) ? event.blockedURI : undefined), true)
}

/** The recorder's source, as the test server serves it. */
export const PROBE_SCRIPT = `(${recordProblems})(${JSON.stringify(PROBLEMS_KEY)})\n`

/** In the page, with PROBLEMS_KEY: what the recorder has found since the previous call on this origin, now cleared. */
export function takeRecorded(key: string): PageProblem[] {
  const found = JSON.parse(sessionStorage.getItem(key) ?? '[]') as PageProblem[]
  sessionStorage.removeItem(key)
  return found
}
