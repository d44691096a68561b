// Local calendar days of an IANA time zone (LAB2): where each day starts as an instant, which
// day an instant falls on, and the workweek a day belongs to. Days are numbered (days since
// 1970-01-01) so that hot loops do integer arithmetic; day starts and date strings are cached,
// so a year of 50,000 entries calls Intl a few hundred times and builds each date string once.

const DAY_MS = 86_400_000
// 1970-01-01 was a Thursday: Monday-based weekday = (day + 3) mod 7.
const THURSDAY_OFFSET = 3

/** The server's zone, the default for every labor calculation. */
export function defaultTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}

const dayNumbers = new Map<string, number>()
const dateStrings = new Map<number, string>()
// Bounded: a report spans about 400 days, a long-running server a few thousand distinct ones.
const DATE_CACHE_LIMIT = 20_000

/** Days since 1970-01-01 of a `YYYY-MM-DD` date. */
export function dayNumberOf(date: string): number {
  let day = dayNumbers.get(date)
  if (day === undefined) {
    day = Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS)
    if (dayNumbers.size >= DATE_CACHE_LIMIT) dayNumbers.clear()
    dayNumbers.set(date, day)
  }
  return day
}

/** The `YYYY-MM-DD` date of a day number. */
export function dateOfDayNumber(day: number): string {
  let date = dateStrings.get(day)
  if (date === undefined) {
    date = new Date(day * DAY_MS).toISOString().slice(0, 10)
    if (dateStrings.size >= DATE_CACHE_LIMIT) dateStrings.clear()
    dateStrings.set(day, date)
  }
  return date
}

/** Days from `from` to `to` (both `YYYY-MM-DD`), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return dayNumberOf(to) - dayNumberOf(from)
}

/** The Monday on or before a day number. */
export function weekStartDayOf(day: number): number {
  return day - ((((day + THURSDAY_OFFSET) % 7) + 7) % 7)
}

/** The Monday on or before `date`: workweeks run Monday to Sunday (LAB4). */
export function weekStartOf(date: string): string {
  return dateOfDayNumber(weekStartDayOf(dayNumberOf(date)))
}

export interface WorkCalendar {
  timeZone: string
  /** The instant (ms) local midnight of `date` begins; the first instant after a DST gap. */
  startOf(date: string): number
  /** The local date an instant (ms) falls on. */
  dateOf(instant: number): string
  /** {@link startOf} by day number. */
  startOfDay(day: number): number
  /** {@link dateOf} as a day number. */
  dayOf(instant: number): number
}

function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  // Throws RangeError for an unknown zone, which the input schemas prevent.
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  })
}

/** A calendar of `timeZone` with cached day starts. */
export function createWorkCalendar(timeZone: string = defaultTimeZone()): WorkCalendar {
  const formatter = zoneFormatter(timeZone)
  const starts = new Map<number, number>()

  /** The local day number at `instant` and how far (ms) the zone is ahead of UTC then. */
  function localAt(instant: number): { day: number; offset: number } {
    const parts: Record<string, number> = {}
    for (const part of formatter.formatToParts(new Date(instant))) {
      if (part.type !== 'literal') parts[part.type] = Number(part.value)
    }
    const [year, month, day] = [parts.year ?? 0, parts.month ?? 1, parts.day ?? 1]
    const midnight = Date.UTC(year, month - 1, day)
    const wall =
      midnight + ((parts.hour ?? 0) * 3600 + (parts.minute ?? 0) * 60 + (parts.second ?? 0)) * 1000
    return { day: midnight / DAY_MS, offset: wall - Math.floor(instant / 1000) * 1000 }
  }

  function startOfDay(day: number): number {
    let start = starts.get(day)
    if (start === undefined) {
      const wall = day * DAY_MS
      const first = wall - localAt(wall).offset
      const second = wall - localAt(first).offset
      // The earlier reading that is on `day`: the first of two midnights when clocks fall
      // back; when a gap skips midnight, the instant the day begins after it.
      const onDay = [first, second].filter((candidate) => localAt(candidate).day === day)
      start = onDay.length > 0 ? Math.min(...onDay) : second
      starts.set(day, start)
    }
    return start
  }

  function dayOf(instant: number): number {
    // The local day is the UTC day or a neighbour (offsets are within ±14 h).
    const day = Math.floor(instant / DAY_MS)
    if (instant < startOfDay(day)) return day - 1
    if (instant >= startOfDay(day + 1)) return day + 1
    return day
  }

  return {
    timeZone,
    startOfDay,
    dayOf,
    startOf: (date) => startOfDay(dayNumberOf(date)),
    dateOf: (instant) => dateOfDayNumber(dayOf(instant)),
  }
}
