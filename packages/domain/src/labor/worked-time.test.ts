import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createWorkCalendar } from './work-calendar.ts'
import {
  HOUR_MS,
  MINUTE_MS,
  splitEntryByDay,
  workedMinutes,
  workedMs,
  type EntrySpan,
} from './worked-time.ts'

const at = (iso: string) => Date.parse(iso)

function entry(
  clockIn: string,
  clockOut: string | null,
  breaks: { start: string; end: string | null; paid?: boolean }[] = [],
): EntrySpan {
  return {
    clockInAt: at(clockIn),
    clockOutAt: clockOut === null ? null : at(clockOut),
    breaks: breaks.map((b) => ({
      startedAt: at(b.start),
      endedAt: b.end === null ? null : at(b.end),
      paid: b.paid ?? false,
    })),
  }
}

describe('worked time', () => {
  it.each([
    { label: 'no break', breaks: [], minutes: 510 },
    {
      label: 'a 30 min unpaid meal break',
      breaks: [{ start: '2026-05-04T12:00:00Z', end: '2026-05-04T12:30:00Z' }],
      minutes: 480,
    },
    {
      label: 'a 15 min paid rest break',
      breaks: [{ start: '2026-05-04T10:00:00Z', end: '2026-05-04T10:15:00Z', paid: true }],
      minutes: 510,
    },
    {
      label: 'overlapping unpaid breaks, counted once',
      breaks: [
        { start: '2026-05-04T12:00:00Z', end: '2026-05-04T12:30:00Z' },
        { start: '2026-05-04T12:15:00Z', end: '2026-05-04T12:45:00Z' },
      ],
      minutes: 465,
    },
    {
      label: 'a break reaching past clock-out, clipped',
      breaks: [{ start: '2026-05-04T16:00:00Z', end: '2026-05-04T18:00:00Z' }],
      minutes: 480,
    },
  ])('[LAB1] 08:00–16:30 with $label is $minutes min', ({ breaks, minutes }) => {
    expect(workedMinutes(entry('2026-05-04T08:00:00Z', '2026-05-04T16:30:00Z', breaks))).toBe(
      minutes,
    )
  })

  it('[LAB1] an open entry and an open unpaid break count up to now', () => {
    const now = at('2026-05-04T13:00:00Z')
    const open = entry('2026-05-04T08:00:00Z', null, [{ start: '2026-05-04T12:00:00Z', end: null }])
    expect(workedMinutes(open, now)).toBe(240)
  })

  it('[LAB1] worked time is the span less the merged unpaid breaks inside it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 16 * 60 }),
        fc.array(
          fc.record({
            start: fc.integer({ min: -60, max: 17 * 60 }),
            length: fc.integer({ min: 1, max: 120 }),
            paid: fc.boolean(),
          }),
          { maxLength: 6 },
        ),
        (spanMinutes, breaks) => {
          const clockInAt = at('2026-05-04T06:00:00Z')
          const span: EntrySpan = {
            clockInAt,
            clockOutAt: clockInAt + spanMinutes * MINUTE_MS,
            breaks: breaks.map((b) => ({
              startedAt: clockInAt + b.start * MINUTE_MS,
              endedAt: clockInAt + (b.start + b.length) * MINUTE_MS,
              paid: b.paid,
            })),
          }
          // Minute by minute: worked unless inside an unpaid break.
          let expected = 0
          for (let minute = 0; minute < spanMinutes; minute++) {
            const paused = breaks.some(
              (b) => !b.paid && minute >= b.start && minute < b.start + b.length,
            )
            if (!paused) expected++
          }
          expect(workedMinutes(span, 0)).toBe(expected)
        },
      ),
    )
  })
})

describe('workdays', () => {
  it('[LAB2] a night entry is split at midnight', () => {
    const pieces = splitEntryByDay(
      entry('2026-05-04T22:00:00Z', '2026-05-05T06:00:00Z'),
      createWorkCalendar('UTC'),
      0,
    )
    expect(pieces.map((p) => [p.date, p.workedMs / HOUR_MS])).toEqual([
      ['2026-05-04', 2],
      ['2026-05-05', 6],
    ])
    expect(pieces[1]?.start).toBe(at('2026-05-05T00:00:00Z'))
  })

  it('[LAB2] days are local to the zone given', () => {
    // 20:00–04:00 in Los Angeles (UTC-7 in May).
    const pieces = splitEntryByDay(
      entry('2026-05-05T03:00:00Z', '2026-05-05T11:00:00Z'),
      createWorkCalendar('America/Los_Angeles'),
      0,
    )
    expect(pieces.map((p) => [p.date, p.workedMs / HOUR_MS])).toEqual([
      ['2026-05-04', 4],
      ['2026-05-05', 4],
    ])
  })

  it('[LAB2] the night clocks spring forward has one hour less', () => {
    // 22:00 Mar 7 to 06:00 Mar 8 local in Los Angeles: 7 real hours.
    const pieces = splitEntryByDay(
      entry('2026-03-08T06:00:00Z', '2026-03-08T13:00:00Z'),
      createWorkCalendar('America/Los_Angeles'),
      0,
    )
    expect(pieces.map((p) => [p.date, p.workedMs / HOUR_MS])).toEqual([
      ['2026-03-07', 2],
      ['2026-03-08', 5],
    ])
  })

  it('[LAB2] an unpaid break across midnight is taken from both days', () => {
    const pieces = splitEntryByDay(
      entry('2026-05-04T20:00:00Z', '2026-05-05T04:00:00Z', [
        { start: '2026-05-04T23:30:00Z', end: '2026-05-05T00:30:00Z' },
      ]),
      createWorkCalendar('UTC'),
      0,
    )
    expect(pieces.map((p) => [p.date, p.workedMs / MINUTE_MS])).toEqual([
      ['2026-05-04', 210],
      ['2026-05-05', 210],
    ])
  })

  it('[LAB1][LAB2] the days of an entry add up to its worked time, in any zone', () => {
    const zones = ['UTC', 'America/Los_Angeles', 'Europe/Madrid', 'Asia/Kolkata', 'Pacific/Chatham']
    const calendars = zones.map((zone) => createWorkCalendar(zone))
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 * 24 * 4 }),
        fc.integer({ min: 1, max: 60 * 60 }),
        fc.integer({ min: 0, max: zones.length - 1 }),
        (quarterHours, minutes, zone) => {
          const clockInAt = at('2026-01-01T00:00:00Z') + quarterHours * 15 * MINUTE_MS
          const span = { clockInAt, clockOutAt: clockInAt + minutes * MINUTE_MS, breaks: [] }
          const calendar = calendars[zone] ?? createWorkCalendar('UTC')
          const pieces = splitEntryByDay(span, calendar, 0)
          expect(pieces.reduce((sum, p) => sum + p.workedMs, 0)).toBe(workedMs(span, 0))
          for (const p of pieces) {
            expect(calendar.dateOf(p.start)).toBe(p.date)
          }
        },
      ),
    )
  })
})
