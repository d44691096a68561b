// California overtime (LAB3–LAB6) for one person's worked time, classified piece by piece in
// time order so that the overtime of a day split over rooms or batches lands on the later work.
import { HOUR_MS } from './worked-time.ts'
import { daysBetween, weekStartOf } from './work-calendar.ts'

/** Pay multipliers of each kind of hour. */
export const PAY_MULTIPLIER = { regular: 1, overtime: 1.5, doubleTime: 2 } as const

export const DAILY_REGULAR_MS = 8 * HOUR_MS
export const DAILY_DOUBLE_TIME_AFTER_MS = 12 * HOUR_MS
export const WEEKLY_REGULAR_MS = 40 * HOUR_MS

/** Some worked time on one local workday. */
export interface WorkPiece {
  /** Local workday, `YYYY-MM-DD`. */
  date: string
  /** Start instant (ms); orders pieces within a day. */
  start: number
  workedMs: number
}

export interface PayClasses {
  regularMs: number
  overtimeMs: number
  doubleTimeMs: number
}

export interface ClassifiedPiece<T extends WorkPiece> extends PayClasses {
  piece: T
  /** The workweek's Monday. */
  weekStart: string
  /** The 7th consecutive workday of the week (LAB5). */
  seventhDay: boolean
}

/** Splits `length` ms that start `offset` ms into a day at the given thresholds. */
function slice(offset: number, length: number, from: number, to: number): number {
  return Math.max(0, Math.min(offset + length, to) - Math.max(offset, from))
}

function classifyWeek<T extends WorkPiece>(
  weekStart: string,
  pieces: readonly T[],
  into: ClassifiedPiece<T>[],
): void {
  const workedDays = new Set<string>()
  for (const piece of pieces) if (piece.workedMs > 0) workedDays.add(piece.date)
  // LAB5: all seven days of the workweek worked makes its last day the seventh.
  const seventh = workedDays.size === 7
  let day = ''
  let dayMs = 0
  let weekRegularMs = 0
  for (const piece of pieces) {
    if (piece.date !== day) {
      day = piece.date
      dayMs = 0
    }
    const seventhDay = seventh && daysBetween(weekStart, piece.date) === 6
    const length = piece.workedMs
    let regularMs: number
    let overtimeMs: number
    let doubleTimeMs: number
    if (seventhDay) {
      regularMs = 0
      overtimeMs = slice(dayMs, length, 0, DAILY_REGULAR_MS)
      doubleTimeMs = slice(dayMs, length, DAILY_REGULAR_MS, Infinity)
    } else {
      regularMs = slice(dayMs, length, 0, DAILY_REGULAR_MS)
      overtimeMs = slice(dayMs, length, DAILY_REGULAR_MS, DAILY_DOUBLE_TIME_AFTER_MS)
      doubleTimeMs = slice(dayMs, length, DAILY_DOUBLE_TIME_AFTER_MS, Infinity)
    }
    // LAB4: only regular hours count toward 40, so no hour is overtime twice.
    const allowed = Math.max(0, WEEKLY_REGULAR_MS - weekRegularMs)
    if (regularMs > allowed) {
      overtimeMs += regularMs - allowed
      regularMs = allowed
    }
    weekRegularMs += regularMs
    dayMs += length
    into.push({ piece, weekStart, seventhDay, regularMs, overtimeMs, doubleTimeMs })
  }
}

/**
 * Classifies one person's worked pieces into regular, overtime (1.5×) and double time (2×)
 * hours (LAB3–LAB6). Pieces may come in any order; the answer is in time order. Weeks need
 * all their earlier days present for weekly overtime and the seventh-day rule to apply.
 */
export function classifyOvertime<T extends WorkPiece>(pieces: readonly T[]): ClassifiedPiece<T>[] {
  const sorted = [...pieces].sort((a, b) => a.start - b.start)
  const classified: ClassifiedPiece<T>[] = []
  let week = ''
  let batch: T[] = []
  for (const piece of sorted) {
    const start = weekStartOf(piece.date)
    if (start !== week) {
      if (batch.length > 0) classifyWeek(week, batch, classified)
      week = start
      batch = []
    }
    batch.push(piece)
  }
  if (batch.length > 0) classifyWeek(week, batch, classified)
  return classified
}

/** Totals of classified pieces. */
export function sumPayClasses(pieces: readonly PayClasses[]): PayClasses {
  const total: PayClasses = { regularMs: 0, overtimeMs: 0, doubleTimeMs: 0 }
  for (const piece of pieces) {
    total.regularMs += piece.regularMs
    total.overtimeMs += piece.overtimeMs
    total.doubleTimeMs += piece.doubleTimeMs
  }
  return total
}
