// The labor report (LAB9, LAB10): entries split into workdays, classified per person and week,
// costed at the rate in force, and summed by person, room, batch or period in one pass.
import type { Role } from '../rbac/access.schema.ts'
import { createOvertimeClassifier, type PayClasses, type PayStep } from './overtime.ts'
import { laborCostCents, type RateResolver } from './wage-rates.ts'
import { addDays } from '../comms/shifts.ts'
import {
  dateOfDayNumber,
  dayNumberOf,
  weekStartDayOf,
  weekStartOf,
  type WorkCalendar,
} from './work-calendar.ts'
import { forEachDayPiece, HOUR_MS, type EntrySpan } from './worked-time.ts'

export const LABOR_GROUP_BYS = ['person', 'room', 'batch', 'period'] as const
export type LaborGroupBy = (typeof LABOR_GROUP_BYS)[number]
export const LABOR_PERIODS = ['day', 'week', 'month'] as const
export type LaborPeriod = (typeof LABOR_PERIODS)[number]

/** One time entry as the report needs it: whose, where, and when. */
export interface LaborEntryRow extends EntrySpan {
  userId: string
  /** The entry's room, else its task's. */
  roomId: string | null
  /** The entry's batch, else its task's (LAB10). */
  batchId: string | null
}

export interface LaborReportOptions {
  groupBy: LaborGroupBy
  /** Bucket size when grouping by period. */
  period: LaborPeriod
  /** First and last local workday reported, `YYYY-MM-DD`, inclusive. */
  from: string
  to: string
  calendar: WorkCalendar
  /** Open entries count up to this instant (ms). */
  now: number
  resolveRate: RateResolver
  roleOf: (userId: string) => Role | null
  /** DRY grams per batch, for cost per gram (LAB10). */
  dryGramsByBatch?: ReadonlyMap<string, number>
}

export interface LaborReportRow {
  /** Person, room or batch id, or the period (`2026-05-04`, `2026-05`); null = none given. */
  key: string | null
  hours: number
  regularHours: number
  overtimeHours: number
  doubleTimeHours: number
  /** Whole cents of the hours that have a rate. */
  costCents: number
  /** Hours with no rate for the person or their role: not costed. */
  noRateHours: number
  people: number
  /** Any overtime or double time in the row. */
  overtime: boolean
  dryGrams: number | null
  /** Labor cents per dry gram, once the batch has DRY weight (LAB10). */
  costPerGramCents: number | null
}

/** A person's workweek with overtime in it. */
export interface OvertimeFlag {
  userId: string
  weekStart: string
  overtimeHours: number
  doubleTimeHours: number
  seventhDay: boolean
}

export interface LaborReport {
  rows: LaborReportRow[]
  totals: LaborReportRow
  overtimeFlags: OvertimeFlag[]
}

/**
 * The instants to load entries for: from the Monday of `from`'s week (weekly overtime and the
 * seventh day need the week's earlier days) to the end of `to`.
 */
export function laborReportWindow(
  from: string,
  to: string,
  calendar: WorkCalendar,
): { start: number; end: number } {
  return {
    start: calendar.startOf(weekStartOf(from)),
    end: calendar.startOf(addDays(to, 1)),
  }
}

/** The key a workday falls in for a period. */
export function periodKey(date: string, period: LaborPeriod): string {
  return periodKeyOfDay(dayNumberOf(date), period)
}

function periodKeyOfDay(day: number, period: LaborPeriod): string {
  if (period === 'day') return dateOfDayNumber(day)
  if (period === 'week') return dateOfDayNumber(weekStartDayOf(day))
  // The first of the month names the month; its slice is cached with the date string.
  const date = dateOfDayNumber(day)
  return dateOfDayNumber(day - Number(date.slice(8, 10)) + 1).slice(0, 7)
}

interface Accumulator extends PayClasses {
  key: string | null
  costCents: number
  noRateMs: number
  people: Set<string>
}

const hoursOf = (ms: number) => Math.round((ms / HOUR_MS) * 100) / 100

function newAccumulator(key: string | null): Accumulator {
  return {
    key,
    regularMs: 0,
    overtimeMs: 0,
    doubleTimeMs: 0,
    costCents: 0,
    noRateMs: 0,
    people: new Set(),
  }
}

function addTo(
  acc: Accumulator,
  time: PayClasses,
  cost: number,
  noRateMs: number,
  userId: string,
): void {
  acc.regularMs += time.regularMs
  acc.overtimeMs += time.overtimeMs
  acc.doubleTimeMs += time.doubleTimeMs
  acc.costCents += cost
  acc.noRateMs += noRateMs
  acc.people.add(userId)
}

function rowOf(acc: Accumulator, dryGrams: number | null): LaborReportRow {
  const overtimeMs = acc.overtimeMs + acc.doubleTimeMs
  return {
    key: acc.key,
    hours: hoursOf(acc.regularMs + overtimeMs),
    regularHours: hoursOf(acc.regularMs),
    overtimeHours: hoursOf(acc.overtimeMs),
    doubleTimeHours: hoursOf(acc.doubleTimeMs),
    costCents: Math.round(acc.costCents),
    noRateHours: hoursOf(acc.noRateMs),
    people: acc.people.size,
    overtime: overtimeMs > 0,
    dryGrams,
    costPerGramCents:
      dryGrams !== null && dryGrams > 0
        ? Math.round((acc.costCents / dryGrams) * 10_000) / 10_000
        : null,
  }
}

/** Entries by person, each person's in clock-in order (entries of a person do not overlap). */
function entriesByUser(entries: readonly LaborEntryRow[]): Map<string, LaborEntryRow[]> {
  const byUser = new Map<string, LaborEntryRow[]>()
  for (const entry of entries) {
    let list = byUser.get(entry.userId)
    if (!list) byUser.set(entry.userId, (list = []))
    list.push(entry)
  }
  for (const list of byUser.values()) list.sort((a, b) => a.clockInAt - b.clockInAt)
  return byUser
}

function keyOf(entry: LaborEntryRow, day: number, options: LaborReportOptions): string | null {
  switch (options.groupBy) {
    case 'person':
      return entry.userId
    case 'room':
      return entry.roomId
    case 'batch':
      return entry.batchId
    case 'period':
      return periodKeyOfDay(day, options.period)
  }
}

interface FlagAccumulator {
  userId: string
  weekStartDay: number
  otMs: number
  dtMs: number
  seventhDay: boolean
}

/** Adds overtime to the person's week (`weeks`: that person's flags by week). */
function addFlag(
  weeks: Map<number, FlagAccumulator>,
  all: FlagAccumulator[],
  userId: string,
  step: PayStep,
): void {
  let flag = weeks.get(step.weekStartDay)
  if (!flag) {
    flag = { userId, weekStartDay: step.weekStartDay, otMs: 0, dtMs: 0, seventhDay: false }
    weeks.set(step.weekStartDay, flag)
    all.push(flag)
  }
  flag.otMs += step.overtimeMs
  flag.dtMs += step.doubleTimeMs
  flag.seventhDay ||= step.seventhDay
}

function compareRows(groupBy: LaborGroupBy) {
  return (a: LaborReportRow, b: LaborReportRow) => {
    if (a.key === null || b.key === null) return a.key === null ? (b.key === null ? 0 : 1) : -1
    if (groupBy === 'period') return a.key < b.key ? -1 : a.key > b.key ? 1 : 0
    return b.hours - a.hours || (a.key < b.key ? -1 : 1)
  }
}

/**
 * The labor report (LAB9): hours, overtime and cost of the workdays `from`–`to`, grouped by
 * person, room, batch or period, with every person-week that has overtime. Overtime is
 * classified over each person's whole weeks, so pass the entries of `laborReportWindow`.
 */
export function buildLaborReport(
  entries: readonly LaborEntryRow[],
  options: LaborReportOptions,
): LaborReport {
  const groups = new Map<string | null, Accumulator>()
  const total = newAccumulator('total')
  const flags: FlagAccumulator[] = []
  const fromDay = dayNumberOf(options.from)
  const toDay = dayNumberOf(options.to)
  for (const [userId, list] of entriesByUser(entries)) {
    const role = options.roleOf(userId)
    const classifier = createOvertimeClassifier()
    const weeks = new Map<number, FlagAccumulator>()
    let entry: LaborEntryRow
    // One visitor per person: pieces stream from the entries straight into the sums.
    const visit = (day: number, start: number, workedMs: number): void => {
      const step = classifier.add(day, workedMs)
      if (day < fromDay || day > toDay) return
      const key = keyOf(entry, day, options)
      let acc = groups.get(key)
      if (!acc) groups.set(key, (acc = newAccumulator(key)))
      const rate = options.resolveRate(userId, role, start)
      const cost = rate ? laborCostCents(step, rate.hourlyCents) : 0
      const noRateMs = rate ? 0 : workedMs
      addTo(acc, step, cost, noRateMs, userId)
      addTo(total, step, cost, noRateMs, userId)
      if (step.overtimeMs + step.doubleTimeMs > 0) addFlag(weeks, flags, userId, step)
    }
    for (entry of list) forEachDayPiece(entry, options.calendar, options.now, visit)
  }
  const dry = options.dryGramsByBatch
  const rows = [...groups.values()].map((acc) =>
    rowOf(acc, options.groupBy === 'batch' && acc.key !== null ? (dry?.get(acc.key) ?? 0) : null),
  )
  rows.sort(compareRows(options.groupBy))
  const overtimeFlags = flags
    .map((flag): OvertimeFlag => ({
      userId: flag.userId,
      weekStart: dateOfDayNumber(flag.weekStartDay),
      overtimeHours: hoursOf(flag.otMs),
      doubleTimeHours: hoursOf(flag.dtMs),
      seventhDay: flag.seventhDay,
    }))
    .sort((a, b) =>
      a.weekStart === b.weekStart
        ? a.userId.localeCompare(b.userId)
        : a.weekStart.localeCompare(b.weekStart),
    )
  return { rows, totals: rowOf(total, null), overtimeFlags }
}
