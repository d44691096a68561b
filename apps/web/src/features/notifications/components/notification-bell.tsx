/** The notification centre's bell (filled in once the notification procedures land). */
export function NotificationBell() {
  return null
}
