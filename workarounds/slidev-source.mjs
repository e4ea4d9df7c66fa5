// Edits to Slidev's client sources (node_modules/@slidev/client) for the Vite plugins that must change what
// Slidev offers no setting for. Each edit finds exact text; a source that no longer holds it fails the build
// with a message naming the file and the text, so a Slidev upgrade cannot silently undo an edit.

/** The path inside @slidev/client of module `id` ('internals/NavControls.vue'), or undefined for any other module. */
export function slidevClientFile(id) {
  if (id.includes('?'))
    return undefined
  return id.match(/\/@slidev\/client\/([^?]+)$/)?.[1]
}

/**
 * `code` with each edit applied: `find` (a global RegExp) replaced by `replace` (a string or a function, as
 * String.replace takes). Throws when an edit finds nothing; `what` names the text it looked for, `owner` the
 * file that holds the edits.
 */
export function editSource(file, code, edits, owner) {
  for (const { find, replace, what } of edits) {
    find.lastIndex = 0
    if (!find.test(code))
      throw new Error(`@slidev/client/${file} no longer holds ${what}: Slidev has changed; update ${owner}.`)
    code = code.replace(find, replace)
  }
  return code
}
