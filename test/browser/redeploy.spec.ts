// After a redeploy, a returning viewer gets the new deck on their next visit, not the copy their
// service worker kept. A is the build under test ($DIST); B is built from a copy of the project, with the
// same settings and one word changed on the title slide. Serves A, visits, puts B in its place on the
// same address, and visits again.
// Its own server, on a free port (the suite serves $DIST on $PORT and the sub-path build on $PORT + 1).
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import { expect, test } from '@playwright/test'
import { serveDist } from '../../scripts/serve.mjs'

const WORK = resolve('dist-redeploy')
const SOURCE = join(WORK, 'source')
const SITE = join(WORK, 'site')
/** Not copied, with dist* and test-results*: dependencies are linked, outputs are not sources. */
const SKIPPED = new Set(['node_modules', '.git', 'exports', 'playwright-report'])
const BEFORE = 'expliquée à tout le monde'
const AFTER = 'racontée à tout le monde'

function build(out: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, OUT: out }
  delete env.WITH_PDF
  const run = spawnSync('node', ['scripts/build.mjs'], { cwd: SOURCE, env, encoding: 'utf8' })
  expect(run.status, `build into ${out} failed:\n${run.stdout}\n${run.stderr}`).toBe(0)
}

function publish(out: string) {
  rmSync(SITE, { recursive: true, force: true })
  cpSync(out, SITE, { recursive: true })
}

test('@once a returning viewer sees the redeployed deck on their next visit', async ({ browser }) => {
  test.setTimeout(10 * 60_000)
  rmSync(WORK, { recursive: true, force: true })
  mkdirSync(SOURCE, { recursive: true })
  for (const name of readdirSync('.').filter(name => !SKIPPED.has(name) && !/^(dist|test-results)/.test(name)))
    cpSync(name, join(SOURCE, name), { recursive: true })
  symlinkSync(resolve('node_modules'), join(SOURCE, 'node_modules'))
  const slides = join(SOURCE, 'slides.md')
  expect(readFileSync(slides, 'utf8')).toContain(BEFORE)
  writeFileSync(slides, readFileSync(slides, 'utf8').replace(BEFORE, AFTER))
  build(join(WORK, 'b'))

  publish(resolve(process.env.DIST ?? 'dist'))
  const base = process.env.BASE ?? '/'
  const server = await serveDist({ root: SITE, base, port: 0 })
  const context = await browser.newContext({ baseURL: server.url })
  try {
    const page = await context.newPage()
    const title = page.locator('#slide-content .slidev-page-1')
    await page.goto('1')
    await expect(title).toContainText(BEFORE)
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 })
    await page.close()

    // The redeploy, then the next visit: the old worker answers first, finds the new one, and the page reloads into B.
    publish(join(WORK, 'b'))
    const next = await context.newPage()
    await next.goto('1')
    await expect(next.locator('#slide-content .slidev-page-1')).toContainText(AFTER, { timeout: 60_000 })

    // B is what the worker now keeps: offline, the visit after shows B too.
    await context.setOffline(true)
    await next.reload()
    await expect(next.locator('#slide-content .slidev-page-1')).toContainText(AFTER)
    expect(existsSync(join(SITE, 'sw.js'))).toBe(true)
  }
  finally {
    await context.close()
    await server.close()
    rmSync(WORK, { recursive: true, force: true })
  }
})
