// Recurring task templates (TASK1–TASK4): daily, weekly on chosen weekdays, or monthly on a
// day of the month, every `interval` periods from `startsOn`, at a local time of day.
import { z } from 'zod'
import {
  addLocalDays,
  daysBetween,
  isoWeekday,
  localDateOf,
  localTimeToInstant,
} from './local-time.ts'

export const WEEKDAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const
export const WeekdaySchema = z.enum(WEEKDAYS)
export type Weekday = z.infer<typeof WeekdaySchema>

export const TaskFrequencySchema = z.enum(['DAILY', 'WEEKLY', 'MONTHLY'])
export type TaskFrequency = z.infer<typeof TaskFrequencySchema>

/** Longest run of occurrences one call may produce: a guard against a huge `until`. */
export const MAX_OCCURRENCES = 1000

export const TaskRecurrenceSchema = z
  .object({
    frequency: TaskFrequencySchema,
    /** Every `interval` days, weeks or months. */
    interval: z
      .int('The interval is a whole number.')
      .min(1, 'Repeat at least every 1 period.')
      .max(52, 'Repeat at most every 52 periods.')
      .default(1),
    /** WEEKLY only; omitted = the weekday of `startsOn`. */
    weekdays: z
      .array(WeekdaySchema)
      .min(1, 'Choose at least one weekday.')
      .max(7)
      .refine((days) => new Set(days).size === days.length, 'A weekday is chosen twice.')
      .optional(),
    /** Local wall-clock time, `HH:MM` (24 h). */
    timeOfDay: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Give a time such as 07:30 (24-hour clock).'),
    /** First local date it may happen on, and what intervals count from. */
    startsOn: z.iso.date({ error: 'Give a date such as 2026-05-01.' }).optional(),
  })
  .superRefine((recurrence, ctx) => {
    if (recurrence.weekdays && recurrence.frequency !== 'WEEKLY') {
      ctx.addIssue({
        code: 'custom',
        path: ['weekdays'],
        message: 'Weekdays are for weekly repeats only.',
      })
    }
  })
export type TaskRecurrence = z.infer<typeof TaskRecurrenceSchema>
export type TaskRecurrenceInput = z.input<typeof TaskRecurrenceSchema>

function monthIndex(date: string): number {
  const [year = 1970, month = 1] = date.split('-').map(Number)
  return year * 12 + (month - 1)
}

function daysInMonth(date: string): number {
  const [year = 1970, month = 1] = date.split('-').map(Number)
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** The Monday on or before `date`. */
function weekStart(date: string): string {
  return addLocalDays(date, 1 - isoWeekday(date))
}

/** Whether a local date carries an occurrence (TASK2, TASK3). */
function occursOn(recurrence: TaskRecurrence, anchor: string, date: string): boolean {
  if (daysBetween(anchor, date) < 0) return false
  switch (recurrence.frequency) {
    case 'DAILY':
      return daysBetween(anchor, date) % recurrence.interval === 0
    case 'WEEKLY': {
      const weeks = daysBetween(weekStart(anchor), weekStart(date)) / 7
      const days = recurrence.weekdays ?? [WEEKDAYS[isoWeekday(anchor) - 1] ?? 'MON']
      return (
        weeks % recurrence.interval === 0 && days.includes(WEEKDAYS[isoWeekday(date) - 1] ?? 'MON')
      )
    }
    case 'MONTHLY': {
      const months = monthIndex(date) - monthIndex(anchor)
      // The 31st of a 30-day month falls on its last day (TASK3).
      const day = Math.min(Number(anchor.slice(8, 10)), daysInMonth(date))
      return months % recurrence.interval === 0 && Number(date.slice(8, 10)) === day
    }
  }
}

/**
 * The occurrences of `recurrence` strictly after `after` and at or before `until`, oldest first
 * (TASK1–TASK4). Dates and the time of day are local to `timeZone`; intervals count from
 * `startsOn` (or, when absent, from the local date of `after`). At most MAX_OCCURRENCES.
 */
export function nextOccurrences(
  recurrence: TaskRecurrence,
  after: Date,
  until: Date,
  timeZone = 'UTC',
): Date[] {
  const occurrences: Date[] = []
  if (until.getTime() <= after.getTime()) return occurrences
  const anchor = recurrence.startsOn ?? localDateOf(after, timeZone)
  const first = localDateOf(after, timeZone)
  let date = daysBetween(anchor, first) > 0 ? first : anchor
  // One day of slack either side: a local date's time can fall on the neighbouring UTC day.
  const last = addLocalDays(localDateOf(until, timeZone), 1)
  while (daysBetween(date, last) >= 0 && occurrences.length < MAX_OCCURRENCES) {
    if (occursOn(recurrence, anchor, date)) {
      const at = localTimeToInstant(date, recurrence.timeOfDay, timeZone)
      if (at.getTime() > after.getTime() && at.getTime() <= until.getTime()) occurrences.push(at)
    }
    date = addLocalDays(date, 1)
  }
  return occurrences
}
