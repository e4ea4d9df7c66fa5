// A fixture deck (test/fixtures/…) built with Slidev's CLI and served on a free port with the deck's
// Content-Security-Policy, for the specs that prove a check or a build rule can fail. `npm test` builds the
// fixture decks once, beside the deck's own builds, into $FIXTURES_OUT/<folder> (scripts/test.mjs), for
// every spec and engine that serves them; a spec run alone builds its fixture into a temporary folder.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { expect } from '@playwright/test'
import { CONTENT_SECURITY_POLICY } from '../../../scripts/csp.mjs'
import { serveDist } from '../../../scripts/serve.mjs'

/** `slidev build ENTRY --out OUT`, with its exit status and output. */
export function buildDeck(entry: string, out: string) {
  return spawnSync('npx', ['slidev', 'build', entry, '--out', out], { encoding: 'utf8' })
}

export interface ServedFixture {
  url: string
  close: () => Promise<void>
}

/**
 * The built site of fixture `entry` (test/fixtures/<folder>/slides.md, it must build): the suite's, in
 * $FIXTURES_OUT/<folder>, or one built now into a temporary folder; `remove` deletes what was built now.
 */
export function builtFixture(entry: string): { site: string, remove: () => void } {
  const prebuilt = process.env.FIXTURES_OUT && join(process.env.FIXTURES_OUT, basename(dirname(entry)))
  if (prebuilt && existsSync(join(prebuilt, 'index.html')))
    return { site: prebuilt, remove() {} }
  const dir = mkdtempSync(join(tmpdir(), 'fixture-deck-'))
  const built = buildDeck(entry, join(dir, 'site'))
  expect(built.status, `building ${entry} failed:\n${built.stdout}\n${built.stderr}`).toBe(0)
  return { site: join(dir, 'site'), remove: () => rmSync(dir, { recursive: true, force: true }) }
}

/** Serves fixture `entry`, built (see builtFixture); `close` stops the server and removes what was built for it. */
export async function serveFixture(entry: string): Promise<ServedFixture> {
  const { site, remove } = builtFixture(entry)
  const server = await serveDist({ root: site, base: '/', port: 0, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } })
  return {
    url: server.url,
    close: async () => {
      await server.close()
      remove()
    },
  }
}
