// "Expected today" (VIS10): the local day an instant falls in, as the instants it starts and ends,
// in an IANA time zone (daylight-saving days are 23 or 25 hours long); and how a name typed at the
// kiosk is compared with a pre-registered one (VIS11).
import { addDays } from '../comms/shifts.ts'

export interface DayWindow {
  /** The local date, `YYYY-MM-DD`. */
  date: string
  start: Date
  end: Date
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function partsOf(instant: Date, timeZone: string): number[] {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
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
  const values: Record<string, number> = {}
  for (const part of formatter.formatToParts(instant)) values[part.type] = Number(part.value)
  return ['year', 'month', 'day', 'hour', 'minute', 'second'].map((key) => values[key] ?? 0)
}

function offsetMs(instant: Date, timeZone: string): number {
  const [y = 0, mo = 1, d = 1, h = 0, mi = 0, s = 0] = partsOf(instant, timeZone)
  return Date.UTC(y, mo - 1, d, h, mi, s) - Math.floor(instant.getTime() / 1000) * 1000
}

function localDate(instant: Date, timeZone: string): string {
  const [y = 0, mo = 1, d = 1] = partsOf(instant, timeZone)
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/** The instant local midnight of `date` begins (the first instant of that date). */
function midnight(date: string, timeZone: string): Date {
  const [y = 0, mo = 1, d = 1] = date.split('-').map(Number)
  const wall = Date.UTC(y, mo - 1, d)
  // Two passes settle the offset, also across a daylight-saving change on that day.
  let guess = wall - offsetMs(new Date(wall), timeZone)
  guess = wall - offsetMs(new Date(guess), timeZone)
  return new Date(guess)
}

/** The local day `instant` falls in, in `timeZone` (VIS10): `[start, end)`. */
export function localDayWindow(instant: Date, timeZone: string): DayWindow {
  const date = localDate(instant, timeZone)
  return { date, start: midnight(date, timeZone), end: midnight(addDays(date, 1), timeZone) }
}

/**
 * A name as the kiosk compares it (VIS11): accents dropped, case folded, runs of spaces, dots
 * and commas collapsed, so "José  Núñez" typed at the kiosk finds "jose nunez" pre-registered.
 */
export function visitorNameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[\s.,]+/g, ' ')
    .trim()
}
