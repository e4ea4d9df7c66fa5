// The build the PDF, the notes and the handout are printed from: `FOR_EXPORT=1 npm run build` (scripts/build.mjs),
// the deck as it is hosted plus Slidev's print pages, the presenter view and the notes. Printing from a build,
// as `slidev build --download` does, rather than from a dev server that compiles each slide on its first
// request, gives the printer every slide at once.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** The folder `npm run export` builds into when EXPORT_FROM names none. */
export const EXPORT_BUILD_DIR = 'dist-export'

/**
 * The settings of scripts/build.mjs that make an export build into `out`: at "/", with no presenter password
 * (its presenter view and notes are open) and no PDF shipped in it.
 */
export function exportBuildEnv(out) {
  return { FOR_EXPORT: '1', OUT: out, BASE: '/', PRESENTER_PASSWORD: '', WITH_PDF: '' }
}

/** The file an export build holds, and no other build. */
export const EXPORT_BUILD_MARK = 'export-build.json'

/** Why `dir` is no export build to print from, in one line; null when it is one. */
export function exportBuildProblem(dir) {
  if (!existsSync(join(dir, 'index.html')))
    return `${dir} holds no built deck: make one with \`FOR_EXPORT=1 OUT=${dir} npm run build\`, or leave EXPORT_FROM unset.`
  if (!existsSync(join(dir, EXPORT_BUILD_MARK)))
    return `${dir} is a build to host, without the print pages: make an export build with \`FOR_EXPORT=1 OUT=${dir} npm run build\`, or leave EXPORT_FROM unset.`
  const { base } = JSON.parse(readFileSync(join(dir, EXPORT_BUILD_MARK), 'utf8'))
  if (base !== '/')
    return `${dir} was built for the base path ${base}: an export build is built for "/" (leave BASE unset).`
  return null
}
