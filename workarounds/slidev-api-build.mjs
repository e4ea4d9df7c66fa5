// Workaround: `slidev build`, repeated through Slidev's API. Slidev's CLI has no flag for a presenter password,
// for a download link to a PDF we ship ourselves, or for its print pages without exporting a PDF of its own
// (the export build, scripts/export-build.mjs), so those builds (scripts/build.mjs) drive Slidev's public
// API (`resolveOptions`, `ViteSlidevPlugin`) with Vite, as `slidev build` does, and adjust the resolved config
// in between. That repeats Slidev's build command, so it refuses to run on another @slidev/cli version.
// Buys: a hosted presenter view behind a password, the PDF offered for download, and exports printed from a build.
// Remove when: `slidev build` takes a presenter password, a download path and the print pages on its command line.
// Guard: workarounds/guards.test.ts checks the installed @slidev/cli is SLIDEV_API_VERSION, and that another
// version stops the build with one line.
import { copyFile, readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The @slidev/cli whose `slidev build` buildWithSlidevApi repeats (node/commands/build.ts there). */
export const SLIDEV_API_VERSION = '52.20.1'

/** The installed @slidev/cli's version. */
export async function installedSlidevVersion() {
  const cliPackage = join(dirname(fileURLToPath(import.meta.resolve('@slidev/cli'))), '..', 'package.json')
  return JSON.parse(await readFile(cliPackage, 'utf8')).version
}

/** Why the API build may not run with @slidev/cli `installed`, in one line; null when it may. */
export function slidevApiMismatch(installed) {
  if (installed === SLIDEV_API_VERSION)
    return null
  return `PRESENTER_PASSWORD, WITH_PDF and FOR_EXPORT builds repeat @slidev/cli ${SLIDEV_API_VERSION}'s build command (workarounds/slidev-api-build.mjs), but ${installed} is installed: compare that file with its node/commands/build.ts, then update SLIDEV_API_VERSION.`
}

/**
 * `slidev build` with the resolved config adjusted: `password` exposes the presenter view and the notes behind
 * it, `download` is the path of the PDF to offer, `print` adds Slidev's print pages (`/print`,
 * `/presenter/print`, which `slidev build` leaves out) with the presenter view and the notes, for the exports
 * to print from. Throws, with slidevApiMismatch's line, on another Slidev.
 */
export async function buildWithSlidevApi({ base, out, password, download, print = false }) {
  const mismatch = slidevApiMismatch(await installedSlidevVersion())
  if (mismatch)
    throw new Error(mismatch)
  const { createDataUtils, resolveOptions, ViteSlidevPlugin } = await import('@slidev/cli')
  const { build, loadConfigFromFile, mergeConfig } = await import('vite')
  const options = await resolveOptions({ entry: 'slides.md', base, remote: password, withoutNotes: !password && !print }, 'build')
  if (password || print)
    options.data.config.presenter = true
  if (download)
    options.data.config.download = download
  // The compile-time feature flags and index.html are derived from the config: derive them again.
  options.utils = await createDataUtils(options)
  // Slidev turns its print pages on for a build only with `download: true`, which would also make the build
  // export a PDF of its own and offer it.
  if (print)
    options.utils.define.__SLIDEV_FEATURE_PRINT__ = 'true'
  const indexHtml = resolve(options.userRoot, 'index.html')
  const user = (await loadConfigFromFile({ command: 'build', mode: 'production' }, resolve(options.userRoot, 'vite.config.ts')))?.config ?? {}
  await build(mergeConfig(user, {
    configFile: false,
    root: options.userRoot,
    base,
    define: { __VUE_PROD_DEVTOOLS__: false },
    build: { outDir: out, chunkSizeWarningLimit: 2000, rollupOptions: { input: { index: indexHtml } } },
    plugins: [
      {
        name: 'mise-en-prod:index-html',
        resolveId: { order: 'pre', handler: id => id === indexHtml ? id : null },
        load: { order: 'pre', handler: id => id === indexHtml ? options.utils.indexHtml : undefined },
      },
      await ViteSlidevPlugin(options, user.slidev),
    ],
  }))
  // GitHub Pages answers unknown paths with 404.html, which `slidev build` writes and Vite does not.
  await copyFile(join(out, 'index.html'), join(out, '404.html'))
}
