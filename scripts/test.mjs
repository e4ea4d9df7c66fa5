// `npm test`: the whole suite, in order, stopping at the first failing stage:
//   type check and unit tests → the two builds → both browser suites at once → export test.
// The two builds differ where a deploy differs: "/" with a test presenter password and no public address
// (the build warns; the QR slide says so), "/mise-en-prod/" as a public build with an address. The suite
// under "/" runs everything; under the sub-path, only what the base path can break (the walk with its
// deep links, hosting files, offline, the QR code): tests tagged @once, @fixture or @export run once.
// Settings (all optional): PORT (default 4173; PORT + 1 serves the sub-path build), DEV_PORT for the dev
// server test, DIST and DIST_SUB (default dist, dist-sub), CHROMIUM_PATH. The closing line counts stages.
import { spawn } from 'node:child_process'
import { findChromium, NO_BROWSER_MESSAGE } from './chromium.mjs'

const SUB_BASE = '/mise-en-prod/'
const port = Number(process.env.PORT || 4173)
const dist = process.env.DIST || 'dist'
const distSub = process.env.DIST_SUB || 'dist-sub'
/** Not a secret: it only proves the password build works. */
const TEST_PASSWORD = 'test-password'
const SUB_SITE_URL = `https://example.org${SUB_BASE}`

const chromium = await findChromium()
if (!chromium) {
  console.error(NO_BROWSER_MESSAGE)
  process.exit(1)
}
console.log(`test: browser ${chromium}`)

const root = { BASE: '/', OUT: dist, DIST: dist, PORT: String(port), PRESENTER_PASSWORD: TEST_PASSWORD, SITE_URL: '' }
const sub = { BASE: SUB_BASE, OUT: distSub, DIST: distSub, PORT: String(port + 1), PRESENTER_PASSWORD: '', SITE_URL: SUB_SITE_URL }
const playwright = (env, args) => ['npx', ['playwright', 'test', ...args], { CHROMIUM_PATH: chromium, ...env }]

// Commands of one stage run side by side: the machine has two cores, and a walk mostly waits on the page.
const stages = [
  ['type check and unit tests', [['npx', ['vue-tsc', '--noEmit'], { LABEL: 'vue-tsc' }], ['npx', ['vitest', 'run'], { LABEL: 'vitest' }]]],
  ['build', [['node', ['scripts/build.mjs'], root]]],
  [`build under ${SUB_BASE}`, [['node', ['scripts/build.mjs'], sub]]],
  // Four browsers in all: three for "/" (the walk beside the once-only tests), one for the sub-path's walk and its few tests.
  [`browser suites under / and ${SUB_BASE}`, [
    playwright({ ...root, PW_WORKERS: '3', LABEL: '/' }, ['--grep-invert', '@export']),
    playwright({ ...sub, PW_WORKERS: '1', LABEL: SUB_BASE }, ['--grep-invert', '@export|@once|@fixture']),
  ]],
  ['export test', [playwright(root, ['--grep', '@export'])]],
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

const results = []
const started = performance.now()
for (const [name, commands] of stages) {
  console.log(`\ntest: ── ${name} ──`)
  const t0 = performance.now()
  const codes = await Promise.all(commands.map(c => run(c, commands.length > 1 ? c[2].LABEL : undefined)))
  const code = codes.find(c => c !== 0) ?? 0
  const seconds = (performance.now() - t0) / 1000
  results.push({ name, ok: code === 0, seconds })
  console.log(`test: ${name} ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${seconds.toFixed(1)} s`)
  if (code !== 0)
    break
}

const passed = results.filter(r => r.ok).length
const failed = results.length - passed
console.log('\ntest: stages')
for (const r of results)
  console.log(`  ${r.ok ? 'ok  ' : 'FAIL'}  ${r.seconds.toFixed(1).padStart(6)} s  ${r.name}`)
for (const [name] of stages.slice(results.length))
  console.log(`  skip            ${name}`)
console.log(`  total ${((performance.now() - started) / 1000).toFixed(1)} s; the line below counts these stages`)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
