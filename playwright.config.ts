import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS } from './scripts/chromium.mjs'

// The built deck (dist/, or $DIST) is served by scripts/serve.mjs under $BASE on 127.0.0.1,
// like a plain static host, with the deck's Content-Security-Policy header. The browser is $CHROMIUM_PATH, else Playwright's, else /usr/bin/chromium
// (resolved by scripts/test.mjs / the caller and passed as CHROMIUM_PATH).
const port = Number(process.env.PORT ?? 4173)
const base = process.env.BASE ?? '/'

export default defineConfig({
  testDir: 'test/browser',
  timeout: 120_000,
  fullyParallel: false,
  // Two spec files at a time: a walk spends most of its time waiting for transitions, not on the CPU.
  workers: Number(process.env.PW_WORKERS ?? 2),
  // CI (CI=true) retries a failed test once and reports it as flaky: one deep link after the full walk once
  // timed out waiting for its slide on a loaded 2-core machine and could not be reproduced alone. Locally a
  // failure stays a failure.
  retries: process.env.CI ? 1 : 0,
  // Five browsers share two cores in `npm test`: a step Playwright's 5 s default waits for was once seen
  // taking longer (going back through a demo). A check that passes passes as soon as it holds.
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    viewport: { width: 1280, height: 720 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || undefined,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `node scripts/serve.mjs ${process.env.DIST ?? 'dist'} --csp`,
    url: `http://127.0.0.1:${port}${base}`,
    env: { BASE: base, PORT: String(port) },
    reuseExistingServer: false,
  },
})
