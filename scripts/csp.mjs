// The Content-Security-Policy the hosted deck is served with (and the browser tests enforce):
// nothing but the site's own origin, no eval. Slidev injects inline styles, hence 'unsafe-inline' for styles only.
// This file is the one source of the policy: the build puts it in the page's <meta> and in the hosts' header files.
const DIRECTIVES = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'self'"],
]

// Browsers ignore these in a <meta> policy and log a console error for each one found there.
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox'])

const join = directives => directives.map(([name, value]) => `${name} ${value}`).join('; ')

/** The policy as an HTTP header value. */
export const CONTENT_SECURITY_POLICY = join(DIRECTIVES)

/** The same policy minus what a <meta http-equiv> cannot carry. */
export const META_CONTENT_SECURITY_POLICY = join(DIRECTIVES.filter(([name]) => !HEADER_ONLY.has(name)))

/** Headers every response of the hosted deck carries, on hosts that let us set them. */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
}
