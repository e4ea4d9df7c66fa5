// The engine tests' fixtures, one set per worker (one engine per project): the engine and its page, the
// built deck ($DIST, default dist) served with the problem recorder, and the broken fixture deck (test/browser/support/fixture.ts).
import type { EngineName } from '../../../scripts/engines.mjs'
import type { EnginePage } from './drivers'
import type { ProbedSite } from './server'
import { test as base, expect } from '@playwright/test'
import { builtFixture } from '../../browser/support/fixture'
import { DESKTOP, launch } from './drivers'
import { serveProbed } from './server'

export const BROKEN_DECK = 'test/fixtures/broken-deck/slides.md'

export interface EngineOptions {
  engine: EngineName
}

interface WorkerFixtures {
  /** The engine's one page, for the whole worker: launching costs seconds. */
  launched: EnginePage
  deck: ProbedSite
  brokenDeck: ProbedSite
}

export const test = base.extend<{ enginePage: EnginePage }, EngineOptions & WorkerFixtures>({
  engine: ['firefox', { option: true, scope: 'worker' }],
  launched: [async ({ engine }, use) => {
    const page = await launch(engine)
    await use(page)
    await page.close()
  }, { scope: 'worker' }],
  /** The engine's page, blank, at DESKTOP size, whatever the previous test left it at. */
  enginePage: async ({ launched }, use) => {
    await launched.goto('about:blank')
    await launched.resize(DESKTOP)
    await use(launched)
  },
  deck: [async ({}, use) => {
    const site = await serveProbed(process.env.DIST || 'dist')
    await use(site)
    await site.close()
  }, { scope: 'worker' }],
  brokenDeck: [async ({}, use) => {
    const { site: root, remove } = builtFixture(BROKEN_DECK)
    try {
      const site = await serveProbed(root)
      await use(site)
      await site.close()
    }
    finally {
      remove()
    }
  }, { scope: 'worker' }],
})

export { expect }
