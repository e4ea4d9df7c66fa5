// `npm run present:remote`: Slidev's remote mode, to drive the deck from a phone on the same network.
// The password comes from $REMOTE_PASSWORD, never from the command line of the npm script.
// Remote mode listens on every interface (that is its point); the plain `npm run dev` stays on localhost.
import { spawn } from 'node:child_process'

const password = process.env.REMOTE_PASSWORD?.trim()
if (!password) {
  console.error('present:remote: set REMOTE_PASSWORD (e.g. `REMOTE_PASSWORD=$(openssl rand -hex 8) npm run present:remote`); remote control is never started without a password.')
  process.exit(2)
}
if (password.length < 8)
  console.warn('present:remote: REMOTE_PASSWORD is short; anyone on this network who guesses it can drive the deck.')

const child = spawn('npx', ['slidev', '--remote', password, ...process.argv.slice(2)], { stdio: 'inherit' })
child.on('exit', code => process.exit(code ?? 1))
