// Finds a Chromium to drive: $CHROMIUM_PATH, then Playwright's own download, then the system one.
import { existsSync } from 'node:fs'

const SYSTEM_CHROMIUM = '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export const NO_BROWSER_MESSAGE
  = 'No Chromium found: set CHROMIUM_PATH to a Chromium binary, install Debian\'s `chromium` (/usr/bin/chromium), or run `npx playwright install chromium` on a connected machine.'

/** Path of the browser to launch, or null when none is available. */
export async function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv)
    return existsSync(fromEnv) ? fromEnv : null
  try {
    const { chromium } = await import('playwright-chromium')
    const bundled = chromium.executablePath()
    if (bundled && existsSync(bundled))
      return bundled
  }
  catch {}
  return existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : null
}
