// A built deck served as the Chromium suite serves it (scripts/serve.mjs, with the deck's CSP header), behind
// a thin proxy on 127.0.0.1 that puts the problem recorder (probe.ts) first in every HTML page and notes
// every answer with a status of 400 or more: the failed requests, whatever the engine tells its driver.
import type { AddressInfo } from 'node:net'
import { createServer, request } from 'node:http'
import { CONTENT_SECURITY_POLICY } from '../../../scripts/csp.mjs'
import { serveDist } from '../../../scripts/serve.mjs'
import { PROBE_PATH, PROBE_SCRIPT } from './probe'

export interface FailedAnswer { path: string, message: string }

export interface ProbedSite {
  /** The site's root address, ending in "/". */
  url: string
  /** Each failed answer since the previous call: the path asked for, and "path: HTTP status". */
  takeFailedAnswers: () => FailedAnswer[]
  close: () => Promise<void>
}

/** Serves the deck built in `root` under "/" on a free port, each HTML page with the recorder first in its head. */
export async function serveProbed(root: string): Promise<ProbedSite> {
  const deck = await serveDist({ root, base: '/', port: 0, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } })
  const { hostname, port } = new URL(deck.url)
  let failed: FailedAnswer[] = []
  const proxy = createServer((req, res) => {
    if (req.url === PROBE_PATH) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'Content-Security-Policy': CONTENT_SECURITY_POLICY })
      res.end(PROBE_SCRIPT)
      return
    }
    const upstream = request({ hostname, port, path: req.url, method: req.method, headers: { ...req.headers, 'accept-encoding': 'identity' }, agent: false }, (answer) => {
      const status = answer.statusCode ?? 502
      if (status >= 400)
        failed.push({ path: req.url!, message: `${req.url}: HTTP ${status}` })
      if (!/^text\/html/.test(answer.headers['content-type'] ?? '')) {
        res.writeHead(status, answer.headers)
        answer.pipe(res)
        return
      }
      const chunks: Buffer[] = []
      answer.on('data', (chunk: Buffer) => chunks.push(chunk))
      answer.on('end', () => {
        const html = Buffer.concat(chunks).toString('utf8').replace(/<head[^>]*>/i, head => `${head}<script src="${PROBE_PATH}"></script>`)
        res.writeHead(status, { ...answer.headers, 'content-length': String(Buffer.byteLength(html)) })
        res.end(html)
      })
    })
    // A page being left cancels its requests (Firefox its font requests, under load): the request to the deck
    // is dropped with it, rather than left open until the deck's server times it out with a 408 that would be
    // charged to whatever page is checked a minute later.
    let cancelled = false
    res.on('close', () => {
      if (!res.writableFinished) {
        cancelled = true
        upstream.destroy()
      }
    })
    upstream.on('error', (error) => {
      if (cancelled)
        return
      failed.push({ path: req.url!, message: `${req.url}: ${error.message}` })
      res.writeHead(502)
      res.end()
    })
    // A GET or HEAD has no body: its request to the deck goes out at once. Piped, it waits for the page's
    // request to end, and one that never did was answered 408 by the deck's server a minute later (Firefox,
    // a font request, under load).
    if (req.method === 'GET' || req.method === 'HEAD')
      upstream.end()
    else
      req.pipe(upstream)
  })
  await new Promise<void>(resolve => proxy.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/`,
    takeFailedAnswers() {
      const taken = failed
      failed = []
      return taken
    },
    close: async () => {
      // Browsers keep their connections open: end them, or close() waits for them.
      proxy.closeAllConnections()
      await new Promise(resolve => proxy.close(resolve))
      await deck.close()
    },
  }
}
