/**
 * The reading page's own words, for the page its components draw (components/reading) and for the
 * same page as the build writes it in HTML (composables/reading/html.ts).
 */
export const READING_COPY = {
  /** The window's title, from the deck's (which already names the talk). */
  title: (deckTitle: string) => `À lire — ${deckTitle}`,
  kicker: 'Le talk, à lire',
  intro: 'Chaque diapositive du talk, suivie de ce qui s’y dit. Les démos avancent étape par étape avec leurs boutons.',
  slideshow: 'Voir le diaporama',
  handout: 'Télécharger le livret (PDF)',
  loading: 'Chargement du texte…',
  /** The name of the section of slides before the first titled one. */
  opening: 'Ouverture',
  sources: 'Sources',
  openSlide: (no: number) => `Voir la diapositive ${no} en plein écran`,
} as const
