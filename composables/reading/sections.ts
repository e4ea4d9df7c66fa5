import type { NarrativeSlide } from './useNarrative'

/** The heading of each section of the talk, by the file `slides.md` pulls it in from (`pages/<name>.md`). */
export const SECTION_TITLES: Readonly<Record<string, string>> = {
  '01-intro': 'Introduction : c’est quoi, la production ?',
  '02-architecture': 'Architecture : dessiner le service',
  '03-industrialisation': 'Industrialisation : livrer sans y penser',
  '04-mco': 'MCO : garder le service en état de marche',
  '05-securite': 'Sécurité : réduire les risques',
  '06-disaster-recovery': 'Disaster recovery : survivre à la catastrophe',
  '07-conclusion': 'Conclusion',
}

export interface ReadingSection {
  /** Anchor and key: the section file, or `debut` for the slides before the first section. */
  id: string
  /** Null for the opening slides, which need no heading. */
  title: string | null
  slides: NarrativeSlide[]
}

/** The slides grouped by section, in deck order; a section file without a title keeps its file name. */
export function groupBySection(slides: readonly NarrativeSlide[]): ReadingSection[] {
  const sections: ReadingSection[] = []
  for (const slide of slides) {
    const id = slide.section ?? 'debut'
    if (sections.at(-1)?.id !== id)
      sections.push({ id, title: slide.section && (SECTION_TITLES[slide.section] ?? slide.section), slides: [] })
    sections.at(-1)!.slides.push(slide)
  }
  return sections
}
