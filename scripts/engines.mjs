// The two other browser engines the suite runs the built deck in (test/engines): Firefox ESR, driven over
// WebDriver BiDi, and WebKitGTK's MiniBrowser, driven by WebKitWebDriver on a virtual X display (Xvfb).
// All come from Debian (`.ci/run` installs them); each path can be overridden by its variable.
import { existsSync } from 'node:fs'

/** @typedef {'firefox' | 'webkit'} EngineName */

export const ENGINES = /** @type {const} */ ({
  firefox: {
    title: 'Firefox ESR',
    binaries: [['FIREFOX_PATH', '/usr/bin/firefox-esr', 'firefox-esr']],
  },
  webkit: {
    title: 'WebKitGTK',
    binaries: [
      ['WEBKIT_DRIVER_PATH', '/usr/bin/WebKitWebDriver', 'webkit2gtk-driver'],
      ['MINIBROWSER_PATH', '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', 'webkit2gtk-driver'],
      ['XVFB_PATH', '/usr/bin/Xvfb', 'xvfb'],
    ],
  },
})

/**
 * The binaries engine `name` runs with, by variable, and `missing`: null when all are there, else one
 * line saying which are not and what to install (or which variable to set).
 * @param {EngineName} name
 * @returns {{ paths: Record<string, string>, missing: string | null }}
 */
export function findEngine(name) {
  const { title, binaries } = ENGINES[name]
  /** @type {Record<string, string>} */
  const paths = {}
  const absent = []
  for (const [variable, fallback, debianPackage] of binaries) {
    const path = process.env[variable] || fallback
    if (existsSync(path))
      paths[variable] = path
    else
      absent.push({ variable, path, debianPackage })
  }
  if (!absent.length)
    return { paths, missing: null }
  const packages = [...new Set(absent.map(a => a.debianPackage))].join(' ')
  return {
    paths,
    missing: `No ${title}: ${absent.map(a => a.path).join(', ')} not found. Install Debian's ${packages} (apt-get install ${packages}), or set ${absent.map(a => a.variable).join(', ')}.`,
  }
}
