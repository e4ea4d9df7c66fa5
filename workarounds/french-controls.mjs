// Workaround: French names for Slidev's controls. A Vite plugin that gives Slidev's own controls French names
// on this French page (WCAG 3.1.2, language of parts): the buttons, menus and dialogs of the slide and presenter views (« Diapositive suivante », not
// « Go to next slide »). Slidev 52.20.1 has no setting for them: they are literals in its components, which
// render each as both the tooltip (`title`) and the accessible name (IconButton.vue's `sr-only` text). The
// plugin rewrites those literals as Vite loads the components, in `npm run dev` and in builds alike.
// Buys: a screen reader says « Diapositive suivante » in French, not « Go to next slide » with a French voice.
// Remove when: Slidev translates its interface (a `lang`-driven locale) or lets a deck name its controls.
// Guard: the build fails naming the file and the label when Slidev no longer holds one
// (workarounds/slidev-source.mjs), and test/browser/accessibility.spec.ts finds no English name on screen.
import { fileURLToPath } from 'node:url'
import { editSource, slidevClientFile } from './slidev-source.mjs'

/**
 * By component of @slidev/client: each English label and its French. A label is found as a quoted string
 * ('…', "…" or `…`) or as the whole text of an element. Apostrophes are typographic (’), so a label never
 * closes the quotes it sits in.
 */
export const FRENCH_CONTROLS = {
  'internals/NavControls.vue': [
    ['Close fullscreen', 'Quitter le plein écran'],
    ['Enter fullscreen', 'Plein écran'],
    ['Go to previous slide', 'Diapositive précédente'],
    ['Go to next slide', 'Diapositive suivante'],
    ['Show slide overview', 'Vue d’ensemble des diapositives'],
    ['Switch to light mode theme', 'Passer au thème clair'],
    ['Switch to dark mode theme', 'Passer au thème sombre'],
    ['Disable laser pointer', 'Désactiver le pointeur laser'],
    ['Enable laser pointer', 'Activer le pointeur laser'],
    ['Hide presenter cursor', 'Masquer le curseur de l’orateur'],
    ['Show presenter cursor', 'Afficher le curseur de l’orateur'],
    ['Hide drawing toolbar', 'Masquer les outils de dessin'],
    ['Show drawing toolbar', 'Afficher les outils de dessin'],
    ['Play Mode', 'Vue diaporama'],
    ['Presenter Mode', 'Vue présentateur'],
    ['Hide editor', 'Masquer l’éditeur'],
    ['Show editor', 'Afficher l’éditeur'],
    ['Download as PDF', 'Télécharger en PDF'],
    ['Browser Exporter', 'Exporter depuis le navigateur'],
    ['Show info', 'Informations'],
    ['Toggle Presenter Layout', 'Changer de disposition'],
    ['More Options', 'Plus de réglages'],
  ],
  'internals/SyncControls.vue': [
    ['Change sync settings', 'Synchronisation'],
    ['Slides navigation syncing for', 'Synchronisation de la navigation pour'],
    ['presenter', 'le présentateur'],
    ['viewer', 'le public'],
    ['Sync Mode', 'Sens de synchronisation'],
    ['Bidirectional Sync', 'Dans les deux sens'],
    ['Receive Only', 'Réception seule'],
    ['Send Only', 'Envoi seul'],
    ['Disable', 'Désactivée'],
  ],
  'internals/Settings.vue': [
    ['Invert', 'Inverser les couleurs'],
    ['Brightness', 'Luminosité'],
    ['Contrast', 'Contraste'],
    ['Sepia', 'Sépia'],
    ['Hue Rotate', 'Teinte'],
    ['Cursor Style', 'Curseur'],
    ['Cursor', 'Flèche'],
    ['Slide Scale', 'Échelle'],
    ['Fit', 'Ajustée'],
    ['Wake Lock', 'Écran toujours allumé'],
    ['Hide Idle Cursor', 'Masquer le curseur immobile'],
  ],
  'internals/Goto.vue': [
    ['Goto...', 'Aller à la diapositive…'],
  ],
  'internals/QuickOverview.vue': [
    ['Close', 'Fermer'],
    ['Slides Overview', 'Vue d’ensemble'],
    ['Capture slides as images', 'Enregistrer les diapositives en images'],
  ],
  'internals/ClicksSlider.vue': [
    ['Clicks in this slide: ${length}', 'Clics de cette diapositive : ${length}'],
  ],
  'internals/NoteDisplay.vue': [
    ['No notes.', 'Pas de notes.'],
  ],
  'pages/presenter.vue': [
    ['Resize notes panel', 'Redimensionner les notes'],
    ['Resize notes panel height', 'Redimensionner la hauteur des notes'],
    ['Current', 'Diapositive en cours'],
    ['Slides', 'Diapositives'],
    ['Screen Mirror', 'Recopie d’écran'],
    ['End of the presentation', 'Fin de la présentation'],
    ['Next', 'Suivante'],
    ['Increase font size', 'Agrandir le texte'],
    ['Decrease font size', 'Réduire le texte'],
    ['Edit Notes', 'Modifier les notes'],
  ],
}

const escape = text => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The edit that puts `french` where `english` is a quoted string or an element's whole text. */
function labelEdit([english, french]) {
  if (/['"`]/.test(french))
    throw new Error(`french-controls: "${french}" holds a quote; write apostrophes as ’`)
  return {
    what: `the label "${english}"`,
    find: new RegExp(`(['"\`])${escape(english)}\\1|(>\\s*)${escape(english)}(\\s*<)`, 'g'),
    replace: (_, quote, before, after) => quote ? `${quote}${french}${quote}` : `${before}${french}${after}`,
  }
}

/** The component's source with its labels in French; the source as-is for any file without labels here. */
export function frenchControls(file, code) {
  const labels = FRENCH_CONTROLS[file]
  return labels ? editSource(file, code, labels.map(labelEdit), fileURLToPath(import.meta.url)) : code
}

export function frenchControlsPlugin() {
  return {
    name: 'mise-en-prod:french-controls',
    enforce: 'pre',
    transform(code, id) {
      const file = slidevClientFile(id)
      if (!file || !(file in FRENCH_CONTROLS))
        return
      try {
        return { code: frenchControls(file, code), map: null }
      }
      catch (error) {
        this.error(error.message)
      }
    },
  }
}
