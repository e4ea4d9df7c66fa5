// Workaround: styles that let a slide change classes without restyling all it holds. Entering a slide, Vue's
// transition puts classes on it and on the slide it leaves (`slide-left-enter-from`, …), several times;
// Chromium then restyles the whole subtree of each when some rule tests the `class` attribute of an ancestor
// (a Chrome trace's invalidation tracking names them, "allDescendantsMightBeInvalid"). Two kinds of rule in
// Slidev's styles do:
// - UnoCSS's typography, `.prose :where(p):not(:where([class~=not-prose], [class~=not-prose] *))`: for an
//   HTML or SVG element `[class~=x]` means `.x`, which Chromium invalidates only when that class changes;
// - the Prism theme's `pre[class*=language-] ::selection` (and `code`, `-moz-`): Slidev highlights code with
//   Shiki, whose blocks carry no `language-` class, so those rules never match here and are dropped.
// Buys: entering a slide restyles the elements whose classes changed, not every element of both slides.
// Remove when: UnoCSS writes `.not-prose` and Slidev's default styles drop the Prism theme.
// Guard: workarounds/guards.dist.test.ts finds neither kind of selector in the built CSS.

/** `[class~=x]` written as `.x`; quotes may be escaped (`\"`) when the CSS sits in a JS string (dev). */
const CLASS_WORD = /\[class~=(\\?["']?)([\w-]+)\1\]/g
const PRISM_DESCENDANT_SELECTION = /(?:pre|code)\[class\*=(\\?["']?)language-\1\]\s+::(?:-moz-)?selection\s*\{[^}]*\}/g

/** The same styles, without selectors that make a class change restyle a whole subtree. */
export function withoutSubtreeInvalidation(css) {
  return css.replace(CLASS_WORD, '.$2').replace(PRISM_DESCENDANT_SELECTION, '')
}

export function slideEntryCss() {
  return {
    name: 'mise-en-prod:slide-entry-css',
    enforce: 'post',
    // Each stylesheet as Vite loads it: what dev serves, UnoCSS's included.
    transform(code, id) {
      if (/\.css($|\?)/.test(id))
        return { code: withoutSubtreeInvalidation(code), map: null }
    },
    // Build: the emitted stylesheets, once UnoCSS has put its rules in.
    generateBundle(_, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'asset' && file.fileName.endsWith('.css'))
          file.source = withoutSubtreeInvalidation(String(file.source))
      }
    },
  }
}
