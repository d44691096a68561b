// Worked time of one entry (LAB1) and its split into local workdays (LAB2). Times are epoch
// milliseconds: integer arithmetic keeps 8 h and 40 h thresholds exact.
import { addDays } from '../comms/shifts.ts'
import type { WorkCalendar } from './work-calendar.ts'

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

/** Worked milliseconds of an entry (LAB1). */
export function workedMs(entry: EntrySpan, now: number): number {
  let total = 0
  for (const interval of workedIntervals(entry, now)) total += interval.end - interval.start
  return total
}

/** Worked minutes of an entry (LAB1), unrounded. */
export function workedMinutes(entry: EntrySpan, now: number = Date.now()): number {
  return workedMs(entry, now) / MINUTE_MS
}

/**
 * An entry's worked time per local workday (LAB2): split at each local midnight of the
 * calendar's zone, in time order, days with nothing worked left out.
 */
export function splitEntryByDay(entry: EntrySpan, calendar: WorkCalendar, now: number): DayPiece[] {
  const pieces: DayPiece[] = []
  for (const interval of workedIntervals(entry, now)) {
    let start = interval.start
    let date = calendar.dateOf(start)
    while (start < interval.end) {
      const next = calendar.startOf(addDays(date, 1))
      const stop = Math.min(next, interval.end)
      const last = pieces[pieces.length - 1]
      if (last && last.date === date) last.workedMs += stop - start
      else pieces.push({ date, start, workedMs: stop - start })
      start = stop
      date = addDays(date, 1)
    }
  }
  return pieces
}
