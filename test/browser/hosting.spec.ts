// The built site as a plain static host serves it: CSP in the page, SPA fallbacks, installable manifest,
// link previews, and no presenter or remote control unless the build was given a password.
import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { META_CONTENT_SECURITY_POLICY } from '../../scripts/csp.mjs'

/** The base path the suite serves the deck under ("/" or e.g. "/mise-en-prod/"), from Playwright's baseURL. */
function basePath(baseURL: string | undefined) {
  return new URL(baseURL!).pathname
}

function pngSize(body: Buffer) {
  expect(body.subarray(1, 4).toString('latin1')).toBe('PNG')
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) }
}

test('the page carries the strict Content-Security-Policy, and the browser enforces it', async ({ page, request }) => {
  const html = await (await request.get('index.html')).text()
  const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)
  expect(meta, 'CSP <meta> in index.html').not.toBeNull()
  const policy = meta![1].replaceAll('&#39;', '\'')
  expect(policy).toBe(META_CONTENT_SECURITY_POLICY)
  expect(policy).not.toContain('unsafe-eval')
  // The <meta> must come before any script or stylesheet, or those escape it.
  expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.search(/<script|<link rel="(stylesheet|modulepreload)"/))

  await page.goto('1')
  await expect(page.locator('.slidev-page-1 h1')).toBeVisible()
  const outcome = await page.evaluate(async () => {
    const violations: string[] = []
    document.addEventListener('securitypolicyviolation', e => violations.push(e.violatedDirective))
    // Inline script: what an injected <script> would be. (Evaluated code itself bypasses CSP, so eval
    // cannot be probed from here; the policy text is checked for 'unsafe-eval' above.)
    const script = document.createElement('script')
    script.textContent = 'window.__inlineRan = true'
    document.head.append(script)
    const inlineRan = (window as { __inlineRan?: boolean }).__inlineRan === true
    let foreignFetched = false
    try {
      await fetch('http://127.0.0.2:9/', { mode: 'no-cors' })
      foreignFetched = true
    }
    catch {}
    await new Promise(r => setTimeout(r, 100))
    return { inlineRan, foreignFetched, violations }
  })
  expect(outcome.inlineRan, 'inline scripts are refused').toBe(false)
  expect(outcome.foreignFetched, 'other origins are refused').toBe(false)
  expect(outcome.violations).toEqual(expect.arrayContaining(['script-src-elem', 'connect-src']))
})

test('the GitHub Pages and Netlify fallbacks are shipped and base-aware', async ({ request, baseURL }) => {
  const base = basePath(baseURL)
  const index = await (await request.get('index.html')).text()
  const notFound = await request.get('404.html')
  expect(notFound.status()).toBe(200)
  expect(await notFound.text()).toBe(index)
  expect(await (await request.get('_redirects')).text()).toBe(`${base}lire    ${base}lire/index.html    200\n${base}*    ${base}index.html    200\n`)
  const headers = await (await request.get('_headers')).text()
  expect(headers.startsWith(`${base}*\n`)).toBe(true)
  expect(headers).toContain('Content-Security-Policy: default-src \'self\'')
})

test('the web manifest makes the deck installable, with its icons', async ({ page, request, baseURL }) => {
  await page.goto('1')
  const href = await page.locator('link[rel="manifest"]').getAttribute('href')
  expect(href).toBe(`${basePath(baseURL)}manifest.webmanifest`)
  const manifestUrl = new URL(href!, baseURL)
  const manifest = await (await request.get(manifestUrl.href)).json()
  expect(manifest.name).toContain('C\'est quoi mon travail')
  expect(manifest.short_name).toBe('Mise en prod')
  expect(manifest.lang).toBe('fr')
  expect(manifest.start_url).toBe(basePath(baseURL))
  expect(manifest.scope).toBe(basePath(baseURL))
  expect(manifest.id).toBe(basePath(baseURL))
  expect(manifest.display).toBeTruthy()
  const sizes: string[] = []
  for (const icon of manifest.icons.filter((i: { type: string }) => i.type === 'image/png')) {
    const response = await request.get(new URL(icon.src, manifestUrl).href)
    expect(response.headers()['content-type']).toBe('image/png')
    const { width, height } = pngSize(await response.body())
    expect(`${width}x${height}`).toBe(icon.sizes)
    sizes.push(icon.sizes)
  }
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']))
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', manifest.theme_color)
})

test('link previews have a title, a description, a picture of the title slide and a favicon', async ({ page, request, baseURL }) => {
  await page.goto('1')
  expect(await page.title()).toContain('Mise en prod')
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /mise en production/)
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/)
  const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content')
  // With a public address (SITE_URL here), absolute URLs to it; without, a path under the base and no og:url.
  const address = process.env.SITE_URL ? new URL(process.env.SITE_URL).href.replace(/\/?$/, '/') : undefined
  expect(ogImage).toBe(address ? `${address}og-image.png` : `${basePath(baseURL)}og-image.png`)
  if (address)
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', address)
  else
    await expect(page.locator('meta[property="og:url"]')).toHaveCount(0)
  const imagePath = new URL(ogImage!, baseURL).pathname
  expect(imagePath).toBe(`${basePath(baseURL)}og-image.png`)
  const { width, height } = pngSize(await (await request.get(new URL(imagePath, baseURL).href)).body())
  expect(width).toBeGreaterThanOrEqual(1200)
  expect(width / height).toBeGreaterThan(1.7)
  const favicon = await page.locator('link[rel="icon"]').getAttribute('href')
  expect(favicon).toBe(`${basePath(baseURL)}favicon.svg`)
  expect((await request.get(new URL(favicon!, baseURL).href)).headers()['content-type']).toBe('image/svg+xml')
})

// npm test builds "/" with a test PRESENTER_PASSWORD and the sub-path without (scripts/test.mjs): both cases.
test('the presenter view and the notes ship only with a password, and the PDF link only with the PDF', async ({ page, request }) => {
  const password = process.env.PRESENTER_PASSWORD
  await page.goto(password ? `presenter/2?password=${encodeURIComponent(password)}` : 'presenter/2')
  if (password) {
    await expect(page.locator('.slidev-presenter')).toBeVisible()
  }
  else {
    await expect(page.getByText('not found')).toBeVisible()
    await expect(page.locator('.slidev-presenter')).toHaveCount(0)
  }
  await page.goto('1')
  await expect(page.locator('.slidev-page-1 h1')).toBeVisible()
  if (!password) {
    await expect(page.locator('[title="Presenter Mode"]')).toHaveCount(0)
    // Nor the speaker's notes: the first line of the title slide's note is nowhere in the code slide 1 loads.
    const note = readFileSync('slides.md', 'utf8').split(/^---$/m).slice(2).join('---').match(/<!--\s*\n(.{30})/)![1]
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map(e => e.name).filter(n => n.endsWith('.js')))
    expect(scripts.length).toBeGreaterThan(2)
    for (const script of scripts)
      expect((await (await request.get(script)).text()).includes(note), `notes in ${script}`).toBe(false)
  }
  const pdf = await request.get('mise-en-prod.pdf')
  const pdfShipped = pdf.status() === 200 && pdf.headers()['content-type'] === 'application/pdf'
  await expect(page.locator('[title="Download as PDF"]')).toHaveCount(pdfShipped ? 1 : 0)
  if (pdfShipped) {
    const download = page.waitForEvent('download')
    await page.locator('[title="Download as PDF"]').click({ force: true })
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/)
  }
})
