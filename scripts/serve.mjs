// A plain static server for the built deck, like a static host: files as-is, the SPA fallback
// (index.html) for deep links, everything under the base path. Loopback only.
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createGzip } from 'node:zlib'
import { CONTENT_SECURITY_POLICY } from './csp.mjs'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
}

/**
 * Serves `root` under `base` on 127.0.0.1. Resolves to { url, close }.
 * `headers` are added to every response (e.g. a Content-Security-Policy).
 * `compress` gzips text responses for clients that accept it, as static hosts do (used by the benchmark).
 */
export function serveDist({ root = 'dist', base = '/', port = 0, headers = {}, compress = false } = {}) {
  const dir = resolve(root)
  if (!existsSync(join(dir, 'index.html')))
    throw new Error(`No built deck in ${dir}: run \`npm run build\` first.`)
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    let path = decodeURIComponent(url.pathname)
    if (!path.startsWith(base) && `${path}/` !== base) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
      res.end(`Not under the base path ${base}`)
      return
    }
    path = path.slice(base.length - 1) || '/'
    let file = normalize(join(dir, path))
    if (!file.startsWith(dir)) {
      res.writeHead(403)
      res.end()
      return
    }
    if (existsSync(file) && statSync(file).isDirectory())
      file = join(file, 'index.html')
    const found = existsSync(file)
    // Unknown paths without an extension are routes of the single-page app.
    if (!found && extname(path)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...headers })
      res.end('Not found')
      return
    }
    const target = found ? file : join(dir, 'index.html')
    const type = TYPES[extname(target)] ?? 'application/octet-stream'
    const gzip = compress && /text|javascript|json|svg/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')
    res.writeHead(200, { 'content-type': type, ...(gzip ? { 'content-encoding': 'gzip', 'vary': 'accept-encoding' } : {}), ...headers })
    const body = createReadStream(target)
    ;(gzip ? body.pipe(createGzip()) : body).pipe(res)
  })
  return new Promise((resolvePromise) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address()
      resolvePromise({
        url: `http://127.0.0.1:${actual}${base}`,
        close: () => new Promise(r => server.close(() => r())),
      })
    })
  })
}

// `node scripts/serve.mjs [dir] [--csp]`: serves dir (default dist/) under $BASE on $PORT (default 4173);
// --csp adds the deck's Content-Security-Policy header, as the browser tests expect from a real host.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2)
  const root = args.find(a => !a.startsWith('--')) ?? 'dist'
  const base = process.env.BASE ?? '/'
  const port = Number(process.env.PORT ?? 4173)
  const headers = args.includes('--csp') ? { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } : {}
  const { url } = await serveDist({ root, base, port, headers })
  console.log(`Serving ${root} at ${url}${headers['Content-Security-Policy'] ? ' with the CSP header' : ''}`)
}
