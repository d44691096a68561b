// Small pure helpers of the task screens: local date-time inputs, recurrence sentences, and
// adding an @mention to a comment.
import type { TaskRecurrence, Weekday } from '@growops/domain'

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

/** An ISO instant as a `datetime-local` input value in the browser's zone ('' for none). */
export function toLocalInput(iso: string | null): string {
  if (!iso) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ''
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}

/** A `datetime-local` value (browser's zone) as an ISO instant; null when empty or invalid. */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

/** The start (`end` false) or end of a local `YYYY-MM-DD` day as an ISO instant. */
export function localDayBound(day: string, end: boolean): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined
  const date = new Date(`${day}T${end ? '23:59:59.999' : '00:00:00.000'}`)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}

export interface RecurrenceSentence {
  key: `tasks.templates.recurrence.${TaskRecurrence['frequency']}`
  count: number
  time: string
  days: Weekday[]
  day: number
}

/** What the recurrence sentence needs; weekdays default to the weekday of `startsOn`. */
export function recurrenceSentence(recurrence: TaskRecurrence): RecurrenceSentence {
  const startsOn = recurrence.startsOn ?? ''
  const weekday = (['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] as const)[
    new Date(`${startsOn}T00:00:00Z`).getUTCDay()
  ]
  return {
    key: `tasks.templates.recurrence.${recurrence.frequency}`,
    count: recurrence.interval,
    time: recurrence.timeOfDay,
    days: recurrence.weekdays ?? (weekday ? [weekday] : []),
    day: Number(startsOn.slice(8, 10)) || 1,
  }
}

/** `body` with `@email` added where the cursor was (or at the end), spaced from its words. */
export function insertMention(body: string, email: string, at: number = body.length): string {
  const before = body.slice(0, at)
  const after = body.slice(at)
  const lead = before === '' || /\s$/.test(before) ? '' : ' '
  return `${before}${lead}@${email} ${after.replace(/^\s/, '')}`
}
