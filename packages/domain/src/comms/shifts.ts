// Shift boundaries (COMM7, COMM8): DAY 06–14, SWING 14–22, NIGHT 22–06 in a property's local
// time. A night shift belongs to the date it starts on. Time zones are IANA names resolved
// with Intl, so daylight-saving changes are honoured.

export type ShiftName = 'DAY' | 'SWING' | 'NIGHT'

/** Local start hour of each shift; each lasts 8 hours. */
export const SHIFT_START_HOURS: Readonly<Record<ShiftName, number>> = {
  DAY: 6,
  SWING: 14,
  NIGHT: 22,
}
export const SHIFT_HOURS = 8

export interface ShiftSlot {
  shift: ShiftName
  /** The local date the shift starts on, `YYYY-MM-DD`. */
  shiftDate: string
}

export interface ShiftWindow extends ShiftSlot {
  start: Date
  end: Date
}

interface LocalParts {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

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

function localParts(instant: Date, timeZone: string): LocalParts {
  const parts: Record<string, number> = {}
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value)
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  }
}

/** Milliseconds the zone is ahead of UTC at `instant`. */
function zoneOffsetMs(instant: Date, timeZone: string): number {
  const p = localParts(instant, timeZone)
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second)
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000
}

/** The instant a local wall-clock hour begins (the later reading when a DST gap skips it). */
function localHourToInstant(date: string, hour: number, timeZone: string): Date {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number)
  const wall = Date.UTC(year, month - 1, day, hour)
  const first = wall - zoneOffsetMs(new Date(wall), timeZone)
  const second = wall - zoneOffsetMs(new Date(first), timeZone)
  return new Date(second)
}

function isoDate(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10)
}

/** `date` plus `days`, both `YYYY-MM-DD`. */
export function addDays(date: string, days: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number)
  return isoDate(year, month, day + days)
}

/** Which shift a local hour (0–23) falls in (COMM7). */
export function shiftOfHour(hour: number): ShiftName {
  if (hour >= SHIFT_START_HOURS.DAY && hour < SHIFT_START_HOURS.SWING) return 'DAY'
  if (hour >= SHIFT_START_HOURS.SWING && hour < SHIFT_START_HOURS.NIGHT) return 'SWING'
  return 'NIGHT'
}

/** The shift running at `instant` in `timeZone`; 00:00–06:00 is the previous date's NIGHT (COMM7). */
export function shiftAt(instant: Date, timeZone = 'UTC'): ShiftSlot {
  const p = localParts(instant, timeZone)
  const shift = shiftOfHour(p.hour)
  const today = isoDate(p.year, p.month, p.day)
  const shiftDate = shift === 'NIGHT' && p.hour < SHIFT_START_HOURS.DAY ? addDays(today, -1) : today
  return { shift, shiftDate }
}

/** When a shift starts and ends, as instants (COMM8). */
export function shiftWindow(shiftDate: string, shift: ShiftName, timeZone = 'UTC'): ShiftWindow {
  const startHour = SHIFT_START_HOURS[shift]
  const endHour = startHour + SHIFT_HOURS
  const start = localHourToInstant(shiftDate, startHour, timeZone)
  const end =
    endHour >= 24
      ? localHourToInstant(addDays(shiftDate, 1), endHour - 24, timeZone)
      : localHourToInstant(shiftDate, endHour, timeZone)
  return { shift, shiftDate, start, end }
}

/** The shift before `slot` (NIGHT → the same date's SWING, DAY → the day before's NIGHT). */
export function previousShift(slot: ShiftSlot): ShiftSlot {
  if (slot.shift === 'NIGHT') return { shift: 'SWING', shiftDate: slot.shiftDate }
  if (slot.shift === 'SWING') return { shift: 'DAY', shiftDate: slot.shiftDate }
  return { shift: 'NIGHT', shiftDate: addDays(slot.shiftDate, -1) }
}

/** Whether `timeZone` is an IANA zone this runtime knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone)
    return true
  } catch {
    return false
  }
}
