// California overtime (LAB3–LAB6) for one person's worked time, classified piece by piece in
// time order so that the overtime of a day split over rooms or batches lands on the later work.
import { HOUR_MS } from './worked-time.ts'
import { dateOfDayNumber, dayNumberOf, weekStartDayOf } from './work-calendar.ts'

/** Pay multipliers of each kind of hour. */
export const PAY_MULTIPLIER = { regular: 1, overtime: 1.5, doubleTime: 2 } as const

export const DAILY_REGULAR_MS = 8 * HOUR_MS
export const DAILY_DOUBLE_TIME_AFTER_MS = 12 * HOUR_MS
export const WEEKLY_REGULAR_MS = 40 * HOUR_MS

/** Some worked time on one local workday. */
export interface WorkPiece {
  /** Local workday, `YYYY-MM-DD`. */
  date: string
  /** The same day as a day number, when known (saves parsing `date`). */
  day?: number
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

/** What {@link OvertimeClassifier.add} answers (one object, reused: copy what you keep). */
export interface PayStep extends PayClasses {
  weekStartDay: number
  seventhDay: boolean
}

/**
 * One person's overtime, fed piece by piece in time order (LAB3–LAB6). No lookahead is
 * needed: the seventh day of a week is its Sunday, reached after its six other days.
 */
export interface OvertimeClassifier {
  /** Classifies `workedMs` worked on day number `day`, after everything added before. */
  add(day: number, workedMs: number): PayStep
}

export function createOvertimeClassifier(): OvertimeClassifier {
  const step: PayStep = {
    regularMs: 0,
    overtimeMs: 0,
    doubleTimeMs: 0,
    weekStartDay: Number.NaN,
    seventhDay: false,
  }
  let weekStartDay = Number.NaN
  let workedDays = 0 // bit i: day i of the week has work
  let currentDay = Number.NaN
  let dayMs = 0
  let weekRegularMs = 0
  return {
    add(day, workedMs) {
      const weekStart = weekStartDayOf(day)
      if (weekStart !== weekStartDay) {
        weekStartDay = weekStart
        workedDays = 0
        weekRegularMs = 0
      }
      if (day !== currentDay) {
        currentDay = day
        dayMs = 0
      }
      const weekday = day - weekStart
      // LAB5: Sunday is the seventh consecutive day when Monday to Saturday were all worked.
      const seventhDay = weekday === 6 && workedMs > 0 && (workedDays & 0b111111) === 0b111111
      if (workedMs > 0) workedDays |= 1 << weekday
      if (seventhDay) {
        step.regularMs = 0
        step.overtimeMs = slice(dayMs, workedMs, 0, DAILY_REGULAR_MS)
        step.doubleTimeMs = slice(dayMs, workedMs, DAILY_REGULAR_MS, Infinity)
      } else {
        step.regularMs = slice(dayMs, workedMs, 0, DAILY_REGULAR_MS)
        step.overtimeMs = slice(dayMs, workedMs, DAILY_REGULAR_MS, DAILY_DOUBLE_TIME_AFTER_MS)
        step.doubleTimeMs = slice(dayMs, workedMs, DAILY_DOUBLE_TIME_AFTER_MS, Infinity)
      }
      // LAB4: only regular hours count toward 40, so no hour is overtime twice.
      const allowed = Math.max(0, WEEKLY_REGULAR_MS - weekRegularMs)
      if (step.regularMs > allowed) {
        step.overtimeMs += step.regularMs - allowed
        step.regularMs = allowed
      }
      weekRegularMs += step.regularMs
      dayMs += workedMs
      step.weekStartDay = weekStart
      step.seventhDay = seventhDay
      return step
    },
  }
}

/**
 * Classifies one person's worked pieces into regular, overtime (1.5×) and double time (2×)
 * hours (LAB3–LAB6). Pieces may come in any order; the answer is in time order. Weeks need
 * all their earlier days present for weekly overtime and the seventh-day rule to apply.
 */
export function classifyOvertime<T extends WorkPiece>(pieces: readonly T[]): ClassifiedPiece<T>[] {
  const classifier = createOvertimeClassifier()
  return [...pieces]
    .sort((a, b) => a.start - b.start)
    .map((piece) => {
      const step = classifier.add(piece.day ?? dayNumberOf(piece.date), piece.workedMs)
      return {
        piece,
        weekStart: dateOfDayNumber(step.weekStartDay),
        seventhDay: step.seventhDay,
        regularMs: step.regularMs,
        overtimeMs: step.overtimeMs,
        doubleTimeMs: step.doubleTimeMs,
      }
    })
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
