// After a redeploy, a returning viewer gets the new deck on their next visit, not the copy their
// service worker kept. A is the build under test ($DIST); B is another build of the deck at the same base,
// the export build ($EXPORT_FROM, which `npm test` makes beside the others; this spec makes it when unset):
// other chunks, another index.html, another service worker. Serves A, visits, puts B in its place on the
// same address, and visits again: the page then runs B's code.
// Its own server, on a free port (the suite serves $DIST on $PORT and the sub-path build on $PORT + 1).
import type { Page } from '@playwright/test'
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import { expect, test } from '@playwright/test'
import { EXPORT_BUILD_DIR, exportBuildEnv, exportBuildProblem } from '../../scripts/export-build.mjs'
import { serveDist } from '../../scripts/serve.mjs'

const SITE = resolve('dist-redeploy')

/** The deck's own module script, as `dir`'s index.html names it. */
function entryScript(dir: string) {
  const src = readFileSync(join(dir, 'index.html'), 'utf8').match(/<script type="module"[^>]*\ssrc="[^"]*?(assets\/[^"]+\.js)"/)?.[1]
  expect(src, `no module script in ${dir}/index.html`).toBeTruthy()
  return src!
}

/** The entry module the page runs. */
const runningEntry = (page: Page) => page.evaluate(() => document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.src ?? '')

function publish(out: string) {
  rmSync(SITE, { recursive: true, force: true })
  cpSync(out, SITE, { recursive: true })
}

test('@once a returning viewer sees the redeployed deck on their next visit', async ({ browser }) => {
  test.setTimeout(10 * 60_000)
  const a = resolve(process.env.DIST ?? 'dist')
  const b = resolve(process.env.EXPORT_FROM ?? EXPORT_BUILD_DIR)
  if (!process.env.EXPORT_FROM) {
    const built = spawnSync('node', ['scripts/build.mjs'], { env: { ...process.env, ...exportBuildEnv(b) }, encoding: 'utf8' })
    expect(built.status, `export build failed:\n${built.stdout}\n${built.stderr}`).toBe(0)
  }
  expect(exportBuildProblem(b)).toBeNull()
  expect(process.env.BASE ?? '/', 'B is built for "/"').toBe('/')
  const [entryA, entryB] = [entryScript(a), entryScript(b)]
  expect(entryB, 'A and B must be different builds').not.toBe(entryA)

  publish(a)
  const server = await serveDist({ root: SITE, port: 0 })
  const context = await browser.newContext({ baseURL: server.url })
  try {
    const page = await context.newPage()
    await page.goto('1')
    await expect(page.locator('#slide-content .slidev-page-1')).toContainText(/\S/)
    expect(await runningEntry(page)).toContain(entryA)
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 })
    await page.close()

    // The redeploy, then the next visit: the old worker answers first, finds the new one, and the page reloads into B.
    publish(b)
    const next = await context.newPage()
    await next.goto('1')
    await expect.poll(() => runningEntry(next), { timeout: 60_000 }).toContain(entryB)
    await expect(next.locator('#slide-content .slidev-page-1')).toContainText(/\S/)

    // B is what the worker now keeps: offline, the visit after shows B too.
    await context.setOffline(true)
    await next.reload()
    await expect(next.locator('#slide-content .slidev-page-1')).toContainText(/\S/)
    expect(await runningEntry(next)).toContain(entryB)
    expect(existsSync(join(SITE, 'sw.js'))).toBe(true)
  }
  finally {
    await context.close()
    await server.close()
    rmSync(SITE, { recursive: true, force: true })
  }
})
