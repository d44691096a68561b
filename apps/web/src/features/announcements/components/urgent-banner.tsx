/** Unacknowledged urgent announcements (filled in once the announcement procedures land). */
export function UrgentAnnouncementBanner() {
  return null
}
