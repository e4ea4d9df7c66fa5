import type { EngineOptions } from './support/fixtures'
import { defineConfig } from '@playwright/test'

// The built deck in the two other engines, one project each: `--project firefox` or `--project webkit`.
// Playwright is only the runner here: the engines are driven by puppeteer-core and selenium-webdriver
// (support/drivers.ts), and each worker serves the deck ($DIST, default dist) itself on a free port.
export default defineConfig<EngineOptions>({
  testDir: '.',
  timeout: 180_000,
  workers: 1,
  // As the Chromium suite: in CI a failed test is retried once and reported as flaky.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  // Apart from the Chromium suite's test-results/ (each run empties its own), one folder per engine.
  projects: [
    { name: 'firefox', use: { engine: 'firefox' }, outputDir: '../../test-results-engines/firefox' },
    { name: 'webkit', use: { engine: 'webkit' }, outputDir: '../../test-results-engines/webkit' },
  ],
})
