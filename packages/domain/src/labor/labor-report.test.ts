import { describe, expect, it } from 'vitest'
import { addDays } from '../comms/shifts.ts'
import type { Role } from '../rbac/access.schema.ts'
import { LABOR_CSV_COLUMNS, laborReportCsv } from './labor-csv.ts'
import {
  buildLaborReport,
  laborReportWindow,
  type LaborEntryRow,
  type LaborReportOptions,
} from './labor-report.ts'
import { createRateResolver } from './wage-rates.ts'
import { createWorkCalendar } from './work-calendar.ts'
import { summarizeWorkWeek } from './work-week.ts'
import { HOUR_MS } from './worked-time.ts'

const MONDAY = '2026-05-04'
const calendar = createWorkCalendar('UTC')
const roles: Record<string, Role> = { sam: 'STAFF', kim: 'STAFF', hal: 'HEAD_GROWER' }

function work(
  userId: string,
  date: string,
  startHour: number,
  hours: number,
  where: { roomId?: string; batchId?: string } = {},
): LaborEntryRow {
  const clockInAt = Date.parse(`${date}T00:00:00Z`) + startHour * HOUR_MS
  return {
    userId,
    clockInAt,
    clockOutAt: clockInAt + hours * HOUR_MS,
    breaks: [],
    roomId: where.roomId ?? null,
    batchId: where.batchId ?? null,
  }
}

const resolveRate = createRateResolver([
  {
    id: 'staff',
    userId: null,
    role: 'STAFF',
    hourlyCents: 2000,
    effectiveFrom: Date.parse('2026-01-01T00:00:00Z'),
    createdAt: 0,
  },
  {
    id: 'kim',
    userId: 'kim',
    role: null,
    hourlyCents: 3000,
    effectiveFrom: Date.parse('2026-01-01T00:00:00Z'),
    createdAt: 0,
  },
])

function options(overrides: Partial<LaborReportOptions>): LaborReportOptions {
  return {
    groupBy: 'person',
    period: 'day',
    from: MONDAY,
    to: addDays(MONDAY, 6),
    calendar,
    now: Date.parse('2026-06-01T00:00:00Z'),
    resolveRate,
    roleOf: (userId) => roles[userId] ?? null,
    ...overrides,
  }
}

// Sam: 5 × 9 h in room A on batch B1 (40 + 5 OT); Kim: one 13 h day in room B on batch B2;
// Hal (no rate for head growers): 6 h in room A.
const entries: LaborEntryRow[] = [
  ...[0, 1, 2, 3, 4].map((day) =>
    work('sam', addDays(MONDAY, day), 7, 9, { roomId: 'A', batchId: 'B1' }),
  ),
  work('kim', MONDAY, 6, 13, { roomId: 'B', batchId: 'B2' }),
  work('hal', addDays(MONDAY, 2), 8, 6, { roomId: 'A' }),
]

describe('labor report', () => {
  it('[LAB9] by person: hours, overtime, cost at each rate, and "no rate" hours', () => {
    const report = buildLaborReport(entries, options({ groupBy: 'person' }))
    expect(
      report.rows.map((row) => [
        row.key,
        row.hours,
        row.regularHours,
        row.overtimeHours,
        row.doubleTimeHours,
        row.costCents,
        row.noRateHours,
        row.overtime,
      ]),
    ).toEqual([
      ['sam', 45, 40, 5, 0, 40 * 2000 + 5 * 3000, 0, true],
      ['kim', 13, 8, 4, 1, 8 * 3000 + 4 * 4500 + 1 * 6000, 0, true],
      ['hal', 6, 6, 0, 0, 0, 6, false],
    ])
    expect(report.totals).toMatchObject({ hours: 64, people: 3, noRateHours: 6 })
    expect(report.overtimeFlags).toEqual([
      { userId: 'kim', weekStart: MONDAY, overtimeHours: 4, doubleTimeHours: 1, seventhDay: false },
      { userId: 'sam', weekStart: MONDAY, overtimeHours: 5, doubleTimeHours: 0, seventhDay: false },
    ])
  })

  it('[LAB9] by room and by batch, entries without one grouped under null last', () => {
    const byRoom = buildLaborReport(entries, options({ groupBy: 'room' }))
    expect(byRoom.rows.map((row) => [row.key, row.hours, row.people])).toEqual([
      ['A', 51, 2],
      ['B', 13, 1],
    ])
    const byBatch = buildLaborReport(entries, options({ groupBy: 'batch' }))
    expect(byBatch.rows.map((row) => [row.key, row.hours])).toEqual([
      ['B1', 45],
      ['B2', 13],
      [null, 6],
    ])
  })

  it('[LAB9] by period: days, weeks (Mondays) and months, in order', () => {
    const byDay = buildLaborReport(entries, options({ groupBy: 'period', period: 'day' }))
    expect(byDay.rows.map((row) => [row.key, row.hours])).toEqual([
      ['2026-05-04', 22],
      ['2026-05-05', 9],
      ['2026-05-06', 15],
      ['2026-05-07', 9],
      ['2026-05-08', 9],
    ])
    const byWeek = buildLaborReport(entries, options({ groupBy: 'period', period: 'week' }))
    expect(byWeek.rows.map((row) => [row.key, row.hours])).toEqual([[MONDAY, 64]])
    const byMonth = buildLaborReport(entries, options({ groupBy: 'period', period: 'month' }))
    expect(byMonth.rows.map((row) => [row.key, row.hours])).toEqual([['2026-05', 64]])
  })

  it('[LAB9] a range starting mid-week still counts the earlier days toward 40 hours', () => {
    // Only Friday reported: Sam's Friday is 8 regular + 1 daily OT, since his week has 32 h before.
    const report = buildLaborReport(
      entries,
      options({ from: addDays(MONDAY, 4), to: addDays(MONDAY, 4) }),
    )
    expect(report.rows.map((row) => [row.key, row.regularHours, row.overtimeHours])).toEqual([
      ['sam', 8, 1],
    ])
    const window = laborReportWindow(addDays(MONDAY, 4), addDays(MONDAY, 4), calendar)
    expect(new Date(window.start).toISOString()).toBe(`${MONDAY}T00:00:00.000Z`)
    expect(new Date(window.end).toISOString()).toBe('2026-05-09T00:00:00.000Z')
  })

  it('[LAB10] cost per gram once a batch has DRY weight', () => {
    const report = buildLaborReport(
      entries,
      options({ groupBy: 'batch', dryGramsByBatch: new Map([['B1', 2500]]) }),
    )
    const b1 = report.rows.find((row) => row.key === 'B1')
    const b2 = report.rows.find((row) => row.key === 'B2')
    // $950.00 of labor over 2.5 kg dry: 38 cents a gram.
    expect(b1).toMatchObject({ costCents: 95_000, dryGrams: 2500, costPerGramCents: 38 })
    expect(b2).toMatchObject({ dryGrams: 0, costPerGramCents: null })
    expect(report.rows.find((row) => row.key === null)?.dryGrams).toBeNull()
  })

  it('[LAB15] the CSV has one line per group and the totals, money in dollars', () => {
    const report = buildLaborReport(entries, options({ groupBy: 'person' }))
    const csv = laborReportCsv(report, 'person', (key) => (key === 'sam' ? '=Sam' : key))
    const lines = csv.split('\r\n')
    expect(lines[0]).toBe(LABOR_CSV_COLUMNS.join(','))
    expect(lines[1]).toBe("person,sam,'=Sam,45.00,40.00,5.00,0.00,yes,950.00,0.00,1,,")
    expect(lines[4]).toBe('total,total,,64.00,54.00,9.00,1.00,yes,1430.00,6.00,3,,')
    expect(lines).toHaveLength(6)
  })
})

describe('work week', () => {
  it('[LAB3][LAB4] a person’s week day by day with overtime marked', () => {
    const sam = entries.filter((entry) => entry.userId === 'sam')
    const week = summarizeWorkWeek(sam, addDays(MONDAY, 3), calendar, 0)
    expect(week.weekStart).toBe(MONDAY)
    expect(week.days.map((day) => [day.date, day.hours, day.overtimeHours])).toEqual([
      ['2026-05-04', 9, 1],
      ['2026-05-05', 9, 1],
      ['2026-05-06', 9, 1],
      ['2026-05-07', 9, 1],
      ['2026-05-08', 9, 1],
      ['2026-05-09', 0, 0],
      ['2026-05-10', 0, 0],
    ])
    expect(week).toMatchObject({ hours: 45, regularHours: 40, overtimeHours: 5 })
  })
})
