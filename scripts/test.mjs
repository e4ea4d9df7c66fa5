// `npm test`: the whole suite, in two stages, stopping at the first that fails:
//   1. type check, unit tests, the two builds, the export build and the fixture decks' builds, side by side;
//   2. the browser tests, in three lanes side by side: the suite under "/"; the suite under the sub-path;
//      and the "/" build in Firefox ESR, then in WebKitGTK (test/engines, each on a free port of its own),
//      after the workarounds' guards that read both builds (workarounds/guards.dist.test.ts).
// The two builds differ where a deploy differs: "/" with a test presenter password and no public address
// (the build warns; the QR slide says so), "/mise-en-prod/" as a public build with an address. The suite
// under "/" runs everything but the base-path test (@sub-path: slide after slide, the demos' last steps, a
// reload, unknown slides), which the walk's own deep links cover there; under the sub-path, only what the
// base path can break (that test, hosting files, offline, the reading page, the QR code): tests tagged @once
// or @fixture run once. The PDF and the handout print from the export build (scripts/export-build.mjs),
// which also stands for the next version of the deck in the redeploy test.
// Settings (all optional): PORT (default 4173; PORT + 1 serves the sub-path build), DEV_PORT for the dev
// server test, DIST, DIST_SUB and EXPORT_FROM (default dist, dist-sub, dist-export), CHROMIUM_PATH, and the
// engines' paths (scripts/engines.mjs). The closing line counts stages.
import { spawn } from 'node:child_process'
import { findChromium, NO_BROWSER_MESSAGE } from './chromium.mjs'
import { ENGINES, findEngine } from './engines.mjs'
import { EXPORT_BUILD_DIR, exportBuildEnv } from './export-build.mjs'

const SUB_BASE = '/mise-en-prod/'
const port = Number(process.env.PORT || 4173)
const dist = process.env.DIST || 'dist'
const distSub = process.env.DIST_SUB || 'dist-sub'
const distExport = process.env.EXPORT_FROM || EXPORT_BUILD_DIR
/** Not a secret: it only proves the password build works. */
const TEST_PASSWORD = 'test-password'
const SUB_SITE_URL = `https://example.org${SUB_BASE}`
/** The fixture decks the specs and engines serve, built once here (test/browser/support/fixture.ts). */
const FIXTURES_OUT = process.env.FIXTURES_OUT || 'dist-fixtures'
const FIXTURE_DECKS = ['broken-deck', 'code-deck']

const chromium = await findChromium()
if (!chromium) {
  console.error(NO_BROWSER_MESSAGE)
  process.exit(1)
}
console.log(`test: browser ${chromium}`)
// The other engines are part of the suite: one missing fails it here, with what to install, rather than skip.
const missingEngines = Object.keys(ENGINES).map(name => findEngine(name).missing).filter(Boolean)
if (missingEngines.length) {
  missingEngines.forEach(line => console.error(line))
  process.exit(1)
}

const root = { BASE: '/', OUT: dist, DIST: dist, PORT: String(port), PRESENTER_PASSWORD: TEST_PASSWORD, SITE_URL: '' }
const sub = { BASE: SUB_BASE, OUT: distSub, DIST: distSub, PORT: String(port + 1), PRESENTER_PASSWORD: '', SITE_URL: SUB_SITE_URL }
const forExport = { ...exportBuildEnv(distExport), SITE_URL: '' }
const playwright = (env, args) => ['npx', ['playwright', 'test', ...args], { CHROMIUM_PATH: chromium, FIXTURES_OUT, EXPORT_FROM: distExport, ...env }]
const engine = name => ['npx', ['playwright', 'test', '--config', 'test/engines/playwright.config.ts', '--project', name], { DIST: dist, FIXTURES_OUT, LABEL: ENGINES[name].title }]
const fixtureBuild = deck => ['npx', ['slidev', 'build', `test/fixtures/${deck}/slides.md`, '--out', `${FIXTURES_OUT}/${deck}`], { LABEL: `build ${deck}` }]

// A stage is lanes that run side by side (the machine has two cores, and a browser test mostly waits on
// the page); a lane is commands that run one after the other, stopping at the first that fails.
const stages = [
  ['type check, unit tests and builds', [
    [['npx', ['vue-tsc', '--noEmit'], { LABEL: 'vue-tsc' }]],
    [['npx', ['vitest', 'run'], { LABEL: 'vitest' }]],
    // Two builds of the deck at a time: a third at once read a virtual module Slidev was rewriting
    // (node_modules/.slidev/virtual) and failed.
    [['node', ['scripts/build.mjs'], { ...root, LABEL: 'build /' }], ['node', ['scripts/build.mjs'], { ...forExport, LABEL: 'build for the exports' }]],
    [['node', ['scripts/build.mjs'], { ...sub, LABEL: `build ${SUB_BASE}` }]],
    FIXTURE_DECKS.map(fixtureBuild),
  ]],
  // Five browsers at a time: three for "/" (the walk beside the once-only tests), one for each other lane.
  [`browser tests under / and ${SUB_BASE}, and in the other engines`, [
    [playwright({ ...root, PW_WORKERS: '3', LABEL: 'browser /' }, ['--grep-invert', '@sub-path'])],
    [playwright({ ...sub, PW_WORKERS: '1', LABEL: `browser ${SUB_BASE}` }, ['--grep-invert', '@once|@fixture'])],
    [
      ['npx', ['vitest', 'run', '-c', 'vitest.dist.config.ts'], { DIST: dist, DIST_SUB: distSub, LABEL: 'workaround guards on the builds' }],
      engine('firefox'),
      engine('webkit'),
    ],
  ]],
]

/** Runs a command; with `label`, its output lines are prefixed with it (for runs side by side). */
function run([command, args, env = {}], label) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: label ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: { ...process.env, ...env } })
    if (label) {
      for (const stream of [child.stdout, child.stderr]) {
        let rest = ''
        stream.on('data', (chunk) => {
          const lines = (rest + chunk).split('\n')
          rest = lines.pop()
          for (const line of lines)
            console.log(`[${label}] ${line}`)
        })
        stream.on('end', () => rest && console.log(`[${label}] ${rest}`))
      }
    }
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
    child.on('error', () => resolve(1))
  })
}

/** Runs a lane's commands in turn, up to the first that fails: its exit code, and how long each command took. */
async function runLane(commands, labelled) {
  const timings = []
  for (const command of commands) {
    const t0 = performance.now()
    const code = await run(command, labelled ? command[2].LABEL : undefined)
    timings.push({ label: command[2].LABEL, seconds: (performance.now() - t0) / 1000 })
    if (code !== 0)
      return { code, timings }
  }
  return { code: 0, timings }
}

const results = []
const started = performance.now()
for (const [name, lanes] of stages) {
  console.log(`\ntest: ── ${name} ──`)
  const t0 = performance.now()
  const ran = await Promise.all(lanes.map(lane => runLane(lane, lanes.length > 1)))
  const code = ran.map(r => r.code).find(c => c !== 0) ?? 0
  const seconds = (performance.now() - t0) / 1000
  results.push({ name, ok: code === 0, seconds, commands: ran.flatMap(r => r.timings) })
  console.log(`test: ${name} ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${seconds.toFixed(1)} s`)
  if (code !== 0)
    break
}

const passed = results.filter(r => r.ok).length
const failed = results.length - passed
console.log('\ntest: stages')
for (const stage of results) {
  console.log(`  ${stage.ok ? 'ok  ' : 'FAIL'}  ${stage.seconds.toFixed(1).padStart(6)} s  ${stage.name}`)
  for (const command of stage.commands)
    console.log(`        ${command.seconds.toFixed(1).padStart(6)} s    ${command.label}`)
}
for (const [name] of stages.slice(results.length))
  console.log(`  skip            ${name}`)
console.log(`  total ${((performance.now() - started) / 1000).toFixed(1)} s; the line below counts these stages`)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
