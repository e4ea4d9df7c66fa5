// `npm run build`: the static site under $BASE (default "/") into $OUT (default dist/).
import { spawnSync } from 'node:child_process'
import { normaliseBase } from './base.mjs'

let base
try {
  base = normaliseBase()
}
catch (error) {
  console.error(`build: ${error.message}`)
  process.exit(2)
}
const out = process.env.OUT || 'dist'
const result = spawnSync('npx', ['slidev', 'build', '--base', base, '--out', out], { stdio: 'inherit' })
if (result.status === 0)
  console.log(`build: deck built for base ${base} in ${out}/`)
process.exit(result.status ?? 1)
