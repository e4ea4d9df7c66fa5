/** The first words of a slide's narrative (HTML from scripts/narrative-plugin.mjs), as a reader sees them. */
export function firstWords(html: string, count = 8) {
  return html.replace(/<[^>]+>/g, ' ').replace(/&[a-z]+;/g, ' ').replace(/\s+/g, ' ').trim().split(' ').slice(0, count).join(' ')
}
