// Local dates and wall-clock times in an IANA time zone, for recurrence and the Today view.
// Intl does the zone arithmetic, so daylight-saving changes are honoured.

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    // Throws RangeError for an unknown zone, which is what callers should see.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

function partsOf(instant: Date, timeZone: string): Record<string, number> {
  const parts: Record<string, number> = {}
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value)
  }
  return parts
}

/** `YYYY-MM-DD` of a UTC calendar day. */
function isoDay(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10)
}

/** The local date (`YYYY-MM-DD`) of `instant` in `timeZone`. */
export function localDateOf(instant: Date, timeZone: string): string {
  const p = partsOf(instant, timeZone)
  return isoDay(p.year ?? 1970, p.month ?? 1, p.day ?? 1)
}

function zoneOffsetMs(instant: Date, timeZone: string): number {
  const p = partsOf(instant, timeZone)
  const asUtc = Date.UTC(
    p.year ?? 1970,
    (p.month ?? 1) - 1,
    p.day ?? 1,
    p.hour ?? 0,
    p.minute ?? 0,
    p.second ?? 0,
  )
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000
}

/**
 * The instant a local date and wall-clock time (`HH:MM`) happen in `timeZone`. A time skipped
 * by a daylight-saving gap reads as the same time after the jump; a repeated one as the first.
 */
export function localTimeToInstant(date: string, time: string, timeZone: string): Date {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number)
  const [hour = 0, minute = 0] = time.split(':').map(Number)
  const wall = Date.UTC(year, month - 1, day, hour, minute)
  const first = wall - zoneOffsetMs(new Date(wall), timeZone)
  const second = wall - zoneOffsetMs(new Date(first), timeZone)
  const reads = (instant: number) => instant + zoneOffsetMs(new Date(instant), timeZone) === wall
  const matching = [first, second].filter(reads)
  // No candidate reads back as the wall time: it fell in a gap; take the later reading.
  return new Date(matching.length > 0 ? Math.min(...matching) : Math.max(first, second))
}

/** `date` plus `days` (`YYYY-MM-DD`). */
export function addLocalDays(date: string, days: number): string {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number)
  return isoDay(year, month, day + days)
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`; negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay()
  return day === 0 ? 7 : day
}

/** Whether `timeZone` is an IANA zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone)
    return true
  } catch {
    return false
  }
}
