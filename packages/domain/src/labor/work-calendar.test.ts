import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from '../comms/shifts.ts'
import { createWorkCalendar, daysBetween, weekStartOf } from './work-calendar.ts'

describe('work calendar', () => {
  it.each([
    ['UTC', '2026-05-04', '2026-05-04T00:00:00.000Z'],
    ['America/Los_Angeles', '2026-05-04', '2026-05-04T07:00:00.000Z'],
    ['America/Los_Angeles', '2026-03-08', '2026-03-08T08:00:00.000Z'],
    ['America/Los_Angeles', '2026-03-09', '2026-03-09T07:00:00.000Z'],
    ['Asia/Kolkata', '2026-05-04', '2026-05-03T18:30:00.000Z'],
    // Santiago springs forward at midnight: Sep 6, 2026 begins at 01:00 local (04:00 UTC).
    ['America/Santiago', '2026-09-06', '2026-09-06T04:00:00.000Z'],
  ])('[LAB2] in %s, %s begins at %s', (zone, date, instant) => {
    expect(new Date(createWorkCalendar(zone).startOf(date)).toISOString()).toBe(instant)
  })

  it('[LAB2] every instant falls on the day whose span holds it', () => {
    const zones = ['UTC', 'America/Los_Angeles', 'America/Santiago', 'Australia/Lord_Howe']
    const calendars = zones.map((zone) => createWorkCalendar(zone))
    fc.assert(
      fc.property(
        fc.integer({
          min: Date.parse('2026-01-01T00:00:00Z'),
          max: Date.parse('2027-12-31T00:00:00Z'),
        }),
        fc.integer({ min: 0, max: zones.length - 1 }),
        (instant, zone) => {
          const calendar = calendars[zone] ?? createWorkCalendar('UTC')
          const date = calendar.dateOf(instant)
          expect(calendar.startOf(date)).toBeLessThanOrEqual(instant)
          expect(calendar.startOf(addDays(date, 1))).toBeGreaterThan(instant)
        },
      ),
    )
  })

  it.each([
    ['2026-05-04', '2026-05-04'],
    ['2026-05-06', '2026-05-04'],
    ['2026-05-10', '2026-05-04'],
    ['2026-05-11', '2026-05-11'],
    ['2027-01-01', '2026-12-28'],
  ])('[LAB4] the workweek of %s starts on Monday %s', (date, monday) => {
    expect(weekStartOf(date)).toBe(monday)
  })

  it('counts days between dates', () => {
    expect(daysBetween('2026-02-27', '2026-03-02')).toBe(3)
    expect(daysBetween('2026-03-02', '2026-02-27')).toBe(-3)
  })
})
