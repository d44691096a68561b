// Worked time of one entry (LAB1) and its split into local workdays (LAB2). Times are epoch
// milliseconds: integer arithmetic keeps 8 h and 40 h thresholds exact.
import { dateOfDayNumber, type WorkCalendar } from './work-calendar.ts'

export const MINUTE_MS = 60_000
export const HOUR_MS = 3_600_000

export interface BreakSpan {
  startedAt: number
  /** null = still on this break. */
  endedAt: number | null
  paid: boolean
}

export interface EntrySpan {
  clockInAt: number
  /** null = still clocked in. */
  clockOutAt: number | null
  breaks: readonly BreakSpan[]
}

/** A stretch of paid time: [start, end). */
export interface WorkInterval {
  start: number
  end: number
}

/** One workday's share of an entry. */
export interface DayPiece {
  /** The local date, `YYYY-MM-DD`. */
  date: string
  /** The same day as a day number (days since 1970-01-01). */
  day: number
  /** When the first worked moment of this piece is (rates resolve at this instant). */
  start: number
  workedMs: number
}

/**
 * The paid intervals of an entry (LAB1): clock-in to clock-out (or `now` while open), minus
 * its unpaid breaks, clipped to the entry and merged where they overlap. Paid breaks count.
 */
export function workedIntervals(entry: EntrySpan, now: number): WorkInterval[] {
  const end = entry.clockOutAt ?? Math.max(now, entry.clockInAt)
  if (end <= entry.clockInAt) return []
  const unpaid: WorkInterval[] = []
  for (const pause of entry.breaks) {
    if (pause.paid) continue
    const start = Math.max(pause.startedAt, entry.clockInAt)
    const stop = Math.min(pause.endedAt ?? end, end)
    if (stop > start) unpaid.push({ start, end: stop })
  }
  if (unpaid.length === 0) return [{ start: entry.clockInAt, end }]
  unpaid.sort((a, b) => a.start - b.start)
  const worked: WorkInterval[] = []
  let cursor = entry.clockInAt
  for (const pause of unpaid) {
    if (pause.start > cursor) worked.push({ start: cursor, end: pause.start })
    cursor = Math.max(cursor, pause.end)
  }
  if (end > cursor) worked.push({ start: cursor, end })
  return worked
}

/**
 * Calls `visit` with each paid interval of an entry, in order (LAB1): {@link workedIntervals}
 * without building arrays for the usual entry of none or one break.
 */
export function forEachWorkedInterval(
  entry: EntrySpan,
  now: number,
  visit: (start: number, end: number) => void,
): void {
  const end = entry.clockOutAt ?? Math.max(now, entry.clockInAt)
  if (end <= entry.clockInAt) return
  let unpaid: BreakSpan | undefined
  let unpaidCount = 0
  for (const pause of entry.breaks) {
    if (pause.paid) continue
    unpaid = pause
    unpaidCount += 1
  }
  if (unpaidCount > 1) {
    for (const interval of workedIntervals(entry, now)) visit(interval.start, interval.end)
    return
  }
  const pauseStart = unpaid ? Math.max(unpaid.startedAt, entry.clockInAt) : end
  const pauseEnd = unpaid ? Math.min(unpaid.endedAt ?? end, end) : end
  if (pauseEnd <= pauseStart) return visit(entry.clockInAt, end)
  if (pauseStart > entry.clockInAt) visit(entry.clockInAt, pauseStart)
  if (end > pauseEnd) visit(pauseEnd, end)
}

/** Worked milliseconds of an entry (LAB1). */
export function workedMs(entry: EntrySpan, now: number): number {
  let total = 0
  forEachWorkedInterval(entry, now, (start, end) => {
    total += end - start
  })
  return total
}

/** Worked minutes of an entry (LAB1), unrounded. */
export function workedMinutes(entry: EntrySpan, now: number = Date.now()): number {
  return workedMs(entry, now) / MINUTE_MS
}

/**
 * Calls `visit(day, start, workedMs)` for each local workday an entry's worked time falls on,
 * in time order (LAB2); a day can come twice when a break splits it.
 */
export function forEachDayPiece(
  entry: EntrySpan,
  calendar: WorkCalendar,
  now: number,
  visit: (day: number, start: number, workedMs: number) => void,
): void {
  forEachWorkedInterval(entry, now, (intervalStart, intervalEnd) => {
    let start = intervalStart
    let day = calendar.dayOf(start)
    while (start < intervalEnd) {
      const stop = Math.min(calendar.startOfDay(day + 1), intervalEnd)
      visit(day, start, stop - start)
      start = stop
      day += 1
    }
  })
}

/**
 * An entry's worked time per local workday (LAB2): split at each local midnight of the
 * calendar's zone, in time order, days with nothing worked left out.
 */
export function splitEntryByDay(entry: EntrySpan, calendar: WorkCalendar, now: number): DayPiece[] {
  const pieces: DayPiece[] = []
  forEachDayPiece(entry, calendar, now, (day, start, workedMs) => {
    const last = pieces[pieces.length - 1]
    if (last && last.day === day) last.workedMs += workedMs
    else pieces.push({ date: dateOfDayNumber(day), day, start, workedMs })
  })
  return pieces
}
