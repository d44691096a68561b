// Times and names as the visitor screens show them.

/** A time of day in the reader's language (`9:05 AM`, `9:05`). */
export function formatTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(
    new Date(iso),
  )
}

/** A date with the time (`May 1, 2026, 9:05 AM`). */
export function formatDateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  )
}

/** A date alone (`May 1, 2026`). */
export function formatDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(iso))
}

/** `Name · Company`, or the name alone. */
export function visitorLine(visit: { visitorName: string; company: string | null }): string {
  return visit.company ? `${visit.visitorName} · ${visit.company}` : visit.visitorName
}

/** The value of a `datetime-local` input for an instant, in local time (`2026-05-01T09:05`). */
export function localInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}

/** The instant a `datetime-local` value names in local time, as ISO; null when empty or bad. */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}
