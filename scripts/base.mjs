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
// always ending with "/". Used for absolute link-preview URLs, which crawlers require.
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
  if (url.pathname !== base)
    throw new Error(`SITE_URL's path (${url.pathname}) must be the base path (${base}): set BASE=${url.pathname}.`)
  return url.href
}
