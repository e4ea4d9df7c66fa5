// `npm run dev`, the README's first command: the dev server starts (without opening a browser), slide 1
// and a demo step render with no console error and no request off the machine, and it stops cleanly.
// Tagged @once: nothing here depends on the base path. It is the suite's only Slidev server (the exports print
// from a build): two at once would rewrite each other's dependency cache (node_modules/.vite).
import { spawn } from 'node:child_process'
import { connect } from 'node:net'
import { expect, test } from '@playwright/test'
import { speakerWarning } from '../../scripts/base.mjs'
import { watchPage } from './support/checks'
import { settle } from './support/deck'
import { demoFigure, demoSlides } from './support/demos'

const DEV_PORT = Number(process.env.DEV_PORT ?? 3041)

const portOpen = (port: number) => new Promise<boolean>((resolve) => {
  const socket = connect(port, '127.0.0.1')
  socket.once('connect', () => resolve(!!socket.end()))
  socket.once('error', () => resolve(false))
})

test('@once npm run dev serves slide 1 and a demo step cleanly, then stops', async ({ browser }) => {
  test.setTimeout(300_000)
  expect(await portOpen(DEV_PORT), `port ${DEV_PORT} is already taken (set DEV_PORT)`).toBe(false)
  // Its own process group, so that stopping it stops Slidev too, not just npm.
  const server = spawn('npm', ['run', 'dev', '--', '--open=false', '--port', String(DEV_PORT)], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  server.stdout.on('data', (d) => { output += d })
  server.stderr.on('data', (d) => { output += d })
  const exited = new Promise<number | string>(resolve => server.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')))
  try {
    await expect.poll(() => portOpen(DEV_PORT), { message: `dev server on ${DEV_PORT}:\n${output}`, timeout: 90_000 }).toBe(true)
    const context = await browser.newContext({ baseURL: `http://127.0.0.1:${DEV_PORT}/` })
    const page = await context.newPage()
    const watcher = await watchPage(page)
    // The first request compiles the client: on a cold cache that takes a while.
    await page.goto('1', { timeout: 150_000 })
    await settle(page, 1)
    await expect(page.locator('.slidev-page-1 h1')).toBeVisible()
    const [demo, slide] = Object.entries(await demoSlides())[0]
    await page.goto(`${slide}?clicks=1`)
    await settle(page, slide)
    await expect(demoFigure(page, slide, demo)).toHaveAttribute('data-step', '1')
    await expect(demoFigure(page, slide, demo).locator('[data-caption]')).not.toBeEmpty()
    expect(watcher.take().map(f => `${f.check}: ${f.message}`)).toEqual([])
    await context.close()
  }
  finally {
    process.kill(-server.pid!, 'SIGINT')
  }
  const stopped = await Promise.race([exited, new Promise(resolve => setTimeout(() => resolve('still running'), 15_000))])
  if (stopped === 'still running')
    process.kill(-server.pid!, 'SIGKILL')
  expect(stopped, `npm run dev after Ctrl-C:\n${output}`).not.toBe('still running')
  expect(await portOpen(DEV_PORT)).toBe(false)
  expect(output).not.toMatch(/\berror\b/i)
  // One line says which speaker keys of the headmatter to fill in, and only while some are empty.
  const noSpeaker = speakerWarning()
  expect(output.split('\n').filter(line => line.includes('the title slide has no')).length).toBe(noSpeaker ? 1 : 0)
})
