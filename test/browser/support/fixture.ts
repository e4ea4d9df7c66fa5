// A fixture deck (test/fixtures/…) built with Slidev's CLI into a temporary folder and served on a free
// port with the deck's Content-Security-Policy, for the specs that prove a check or a build rule can fail.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect } from '@playwright/test'
import { CONTENT_SECURITY_POLICY } from '../../../scripts/csp.mjs'
import { serveDist } from '../../../scripts/serve.mjs'

/** `slidev build ENTRY --out OUT`, with its exit status and output. */
export function buildDeck(entry: string, out: string) {
  return spawnSync('npx', ['slidev', 'build', entry, '--out', out], { encoding: 'utf8' })
}

export interface ServedFixture {
  url: string
  /** The temporary folder the fixture was built in; other builds may go beside it. */
  dir: string
  close: () => Promise<void>
}

/** Builds `entry` (it must build) and serves it; `close` stops the server and removes the folder. */
export async function serveFixture(entry: string): Promise<ServedFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'fixture-deck-'))
  const built = buildDeck(entry, join(dir, 'site'))
  expect(built.status, `building ${entry} failed:\n${built.stdout}\n${built.stderr}`).toBe(0)
  const server = await serveDist({ root: join(dir, 'site'), base: '/', port: 0, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } })
  return {
    url: server.url,
    dir,
    close: async () => {
      await server.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
