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
