import { readFileSync } from 'node:fs'
import { parse as parseYaml } from 'yaml'

// The deck's base path, from $BASE: "/" by default; "mise-en-prod", "/mise-en-prod" or
// "mise-en-prod/" all become "/mise-en-prod/". Anything that is not a plain path is refused.
export function normaliseBase(raw = process.env.BASE) {
  if (raw === undefined || raw.trim() === '')
    return '/'
  const trimmed = raw.trim()
  if (/^[a-z]+:\/\//i.test(trimmed) || /[?#\s\\]/.test(trimmed))
    throw new Error(`BASE must be a path such as /mise-en-prod/, not "${raw}".`)
  const parts = trimmed.split('/').filter(Boolean)
  if (parts.some(p => p === '.' || p === '..'))
    throw new Error(`BASE must not contain "." or ".." segments: "${raw}".`)
  return parts.length ? `/${parts.join('/')}/` : '/'
}

// The site's public address, from $SITE_URL (optional): an http(s) URL whose path is the base path,
// always ending with "/". Used for absolute link-preview URLs, which crawlers require. `base: null`
// skips the path check (the dev server and the exports serve from their own path).
/** @param {string | undefined} [raw] @param {string | null} [base] */
export function normaliseSiteUrl(raw = process.env.SITE_URL, base = normaliseBase()) {
  if (raw === undefined || raw.trim() === '')
    return undefined
  let url
  try {
    url = new URL(raw.trim())
  }
  catch {
    throw new Error(`SITE_URL must be an absolute http(s) URL such as https://example.org/mise-en-prod/, not "${raw}".`)
  }
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash)
    throw new Error(`SITE_URL must be an absolute http(s) URL such as https://example.org/mise-en-prod/, not "${raw}".`)
  url.pathname = normaliseBase(url.pathname)
  if (base !== null && url.pathname !== base)
    throw new Error(`SITE_URL's path (${url.pathname}) must be the base path (${base}): set BASE=${url.pathname}.`)
  return url.href
}

/** The headmatter key that holds the public address (the YAML block at the top of slides.md). */
export const SITE_URL_KEY = 'siteUrl'

/** A text value of the headmatter of `entry` (the YAML block at the top), trimmed; undefined when empty or absent. */
function headmatterValue(key, entry = 'slides.md') {
  const headmatter = readFileSync(entry, 'utf8').match(/^---\r?\n([\s\S]*?)\r?\n---/)?.[1] ?? ''
  const value = parseYaml(headmatter)?.[key]
  return typeof value === 'string' && value.trim() ? value.trim() : undefined
}

/** The public address written in the headmatter of `entry`, or undefined. */
export function headmatterSiteUrl(entry = 'slides.md') {
  return headmatterValue(SITE_URL_KEY, entry)
}

/**
 * The site's public address: $SITE_URL, else the headmatter's `siteUrl`, normalised (see normaliseSiteUrl);
 * undefined when neither is set. The QR code, og:url, og:image and the web manifest all use this one value.
 * @param {{ env?: Record<string, string | undefined>, entry?: string, base?: string | null }} [options]
 */
export function resolveSiteUrl({ env = process.env, entry = 'slides.md', base = normaliseBase(env.BASE) } = {}) {
  const fromEnv = env.SITE_URL?.trim()
  if (fromEnv)
    return normaliseSiteUrl(fromEnv, base)
  const fromHeadmatter = headmatterSiteUrl(entry)
  try {
    return normaliseSiteUrl(fromHeadmatter, base)
  }
  catch (error) {
    throw new Error(`${error.message.replace(/^SITE_URL/, `the headmatter's ${SITE_URL_KEY}`)} (or set SITE_URL for this build)`)
  }
}

/** The one warning line a build without a public address prints. */
export const NO_SITE_URL_WARNING = `no public address: set \`${SITE_URL_KEY}:\` in the headmatter of slides.md or SITE_URL; the QR code slide says it is not set`

/** The headmatter keys the title slide shows (components/talk/SpeakerCard.vue), with what each holds. */
export const SPEAKER_KEYS = { author: 'name', speakerRole: 'role' }

/**
 * The one line `npm run dev` and the build print while the title slide lacks the speaker's name or role
 * (it shows nothing in their place): which headmatter keys to fill in. Undefined once both are set.
 */
export function speakerWarning(entry = 'slides.md') {
  const unset = Object.entries(SPEAKER_KEYS).filter(([key]) => !headmatterValue(key, entry))
  if (!unset.length)
    return undefined
  return `the title slide has no ${unset.map(([, what]) => what).join(' or ')}: fill in ${unset.map(([key]) => `\`${key}:\``).join(' and ')} in the headmatter of slides.md`
}
