// Dates and times in the reader's language; "5 min ago" for the last day, a date and time before.

/** "5 minutes ago" / "hace 5 minutos" within a day, else a short date and time. */
export function formatWhen(iso: string, locale: string, now = Date.now()): string {
  const time = Date.parse(iso)
  if (Number.isNaN(time)) return iso
  const seconds = Math.round((time - now) / 1000)
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
  const abs = Math.abs(seconds)
  if (abs < 45) return relative.format(0, 'second')
  if (abs < 3_600) return relative.format(Math.round(seconds / 60), 'minute')
  if (abs < 86_400) return relative.format(Math.round(seconds / 3_600), 'hour')
  return formatDateTime(iso, locale)
}

export function formatDateTime(iso: string, locale: string): string {
  const time = Date.parse(iso)
  if (Number.isNaN(time)) return iso
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(time)
}

/** A `YYYY-MM-DD` day as a short date, read in UTC so it never shifts a day. */
export function formatDay(day: string, locale: string): string {
  const time = Date.parse(`${day}T00:00:00Z`)
  if (Number.isNaN(time)) return day
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(time)
}
