// `npm test`: the whole suite, in order, stopping at the first failing stage:
//   type check → unit tests → build → browser suite → sub-path build → browser suite under it → export test.
// Settings (all optional): PORT (default 4173) for the served deck, DIST (default dist) and DIST_SUB
// (default dist-sub) for the two builds, CHROMIUM_PATH for the browser. The closing line counts stages.
import { spawn } from 'node:child_process'
import { findChromium, NO_BROWSER_MESSAGE } from './chromium.mjs'

const SUB_BASE = '/mise-en-prod/'
const port = process.env.PORT || '4173'
const dist = process.env.DIST || 'dist'
const distSub = process.env.DIST_SUB || 'dist-sub'

const chromium = await findChromium()
if (!chromium) {
  console.error(NO_BROWSER_MESSAGE)
  process.exit(1)
}
console.log(`test: browser ${chromium}`)

const browserEnv = base => ({ CHROMIUM_PATH: chromium, PORT: port, BASE: base })
const stages = [
  ['type check', 'npx', ['vue-tsc', '--noEmit']],
  ['unit tests', 'npx', ['vitest', 'run']],
  ['build', 'node', ['scripts/build.mjs'], { BASE: '/', OUT: dist }],
  ['browser suite', 'npx', ['playwright', 'test', '--grep-invert', '@export'], { ...browserEnv('/'), DIST: dist }],
  [`build under ${SUB_BASE}`, 'node', ['scripts/build.mjs'], { BASE: SUB_BASE, OUT: distSub }],
  // The fixture spec does not depend on the deck's base path: it ran once above.
  [`browser suite under ${SUB_BASE}`, 'npx', ['playwright', 'test', '--grep-invert', '@export|@fixture'], { ...browserEnv(SUB_BASE), DIST: distSub }],
  ['export test', 'npx', ['playwright', 'test', '--grep', '@export'], { ...browserEnv('/'), DIST: dist }],
]

function run(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
    child.on('error', () => resolve(1))
  })
}

const results = []
const started = performance.now()
for (const [name, command, args, env = {}] of stages) {
  console.log(`\ntest: ── ${name} ──`)
  const t0 = performance.now()
  const code = await run(command, args, env)
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
