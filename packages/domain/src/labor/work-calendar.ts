// Local calendar days of an IANA time zone (LAB2): where each day starts as an instant, which
// day an instant falls on, and the workweek and month a day belongs to. Day starts are cached
// per zone, so classifying 50,000 entries calls Intl a few hundred times, not 100,000.

import { addDays } from '../comms/shifts.ts'

const DAY_MS = 86_400_000

/** The server's zone, the default for every labor calculation. */
export function defaultTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}

function isoDate(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10)
}

/** Days from `from` to `to` (both `YYYY-MM-DD`), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS)
}

/** The Monday on or before `date`: workweeks run Monday to Sunday (LAB4). */
export function weekStartOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay() // 0 = Sunday
  return addDays(date, -((weekday + 6) % 7))
}

export interface WorkCalendar {
  timeZone: string
  /** The instant (ms) local midnight of `date` begins; the first instant after a DST gap. */
  startOf(date: string): number
  /** The local date an instant (ms) falls on. */
  dateOf(instant: number): string
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
  const starts = new Map<string, number>()

  /** The local date at `instant` and how far (ms) the zone is ahead of UTC then. */
  function localAt(instant: number): { date: string; offset: number } {
    const parts: Record<string, number> = {}
    for (const part of formatter.formatToParts(new Date(instant))) {
      if (part.type !== 'literal') parts[part.type] = Number(part.value)
    }
    const [year, month, day] = [parts.year ?? 0, parts.month ?? 1, parts.day ?? 1]
    const wall = Date.UTC(
      year,
      month - 1,
      day,
      parts.hour ?? 0,
      parts.minute ?? 0,
      parts.second ?? 0,
    )
    return { date: isoDate(year, month, day), offset: wall - Math.floor(instant / 1000) * 1000 }
  }

  function startOf(date: string): number {
    let start = starts.get(date)
    if (start === undefined) {
      const wall = Date.parse(`${date}T00:00:00Z`)
      const first = wall - localAt(wall).offset
      const second = wall - localAt(first).offset
      // The earlier reading that is on `date`: the first of two midnights when clocks fall
      // back; when a gap skips midnight, the instant the day begins after it.
      const onDate = [first, second].filter((candidate) => localAt(candidate).date === date)
      start = onDate.length > 0 ? Math.min(...onDate) : second
      starts.set(date, start)
    }
    return start
  }

  function dateOf(instant: number): string {
    // The local date is the UTC date or a neighbour (offsets are within ±14 h).
    let date = new Date(instant).toISOString().slice(0, 10)
    if (instant < startOf(date)) date = addDays(date, -1)
    else if (instant >= startOf(addDays(date, 1))) date = addDays(date, 1)
    return date
  }

  return { timeZone, startOf, dateOf }
}
