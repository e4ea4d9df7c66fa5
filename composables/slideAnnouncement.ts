/** What a screen reader hears when slide `no` of `total` comes up: its number, the count and its headline, in French. */
export function slideAnnouncement(no: number, total: number, headline: string | undefined): string {
  const title = headline?.replace(/\s+/g, ' ').trim()
  return title ? `Diapositive ${no} sur ${total} : ${title}` : `Diapositive ${no} sur ${total}`
}
