// One person's workweek day by day, with overtime marked (LAB3–LAB5): what `/time` shows.
import { classifyOvertime } from './overtime.ts'
import { addDays } from '../comms/shifts.ts'
import { weekStartOf, type WorkCalendar } from './work-calendar.ts'
import { HOUR_MS, splitEntryByDay, type EntrySpan } from './worked-time.ts'

export interface WorkDaySummary {
  date: string
  hours: number
  regularHours: number
  overtimeHours: number
  doubleTimeHours: number
  seventhDay: boolean
}

export interface WorkWeekSummary {
  weekStart: string
  days: WorkDaySummary[]
  hours: number
  regularHours: number
  overtimeHours: number
  doubleTimeHours: number
}

const hoursOf = (ms: number) => Math.round((ms / HOUR_MS) * 100) / 100

/** The seven days (Monday first) of the week holding `date`, from one person's entries. */
export function summarizeWorkWeek(
  entries: readonly EntrySpan[],
  date: string,
  calendar: WorkCalendar,
  now: number,
): WorkWeekSummary {
  const weekStart = weekStartOf(date)
  const dates = Array.from({ length: 7 }, (_, index) => addDays(weekStart, index))
  const totals = new Map(
    dates.map((day) => [day, { worked: 0, regular: 0, overtime: 0, double: 0, seventh: false }]),
  )
  const pieces = entries.flatMap((entry) => splitEntryByDay(entry, calendar, now))
  for (const classified of classifyOvertime(pieces)) {
    const day = totals.get(classified.piece.date)
    if (!day) continue
    day.worked += classified.piece.workedMs
    day.regular += classified.regularMs
    day.overtime += classified.overtimeMs
    day.double += classified.doubleTimeMs
    day.seventh ||= classified.seventhDay
  }
  const days = dates.map((day): WorkDaySummary => {
    const total = totals.get(day)
    return {
      date: day,
      hours: hoursOf(total?.worked ?? 0),
      regularHours: hoursOf(total?.regular ?? 0),
      overtimeHours: hoursOf(total?.overtime ?? 0),
      doubleTimeHours: hoursOf(total?.double ?? 0),
      seventhDay: total?.seventh ?? false,
    }
  })
  const sum = (pick: (day: WorkDaySummary) => number) =>
    Math.round(days.reduce((acc, day) => acc + pick(day), 0) * 100) / 100
  return {
    weekStart,
    days,
    hours: sum((day) => day.hours),
    regularHours: sum((day) => day.regularHours),
    overtimeHours: sum((day) => day.overtimeHours),
    doubleTimeHours: sum((day) => day.doubleTimeHours),
  }
}
