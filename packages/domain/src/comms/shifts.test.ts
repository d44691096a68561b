import { describe, expect, it } from 'vitest'
import {
  addDays,
  isKnownTimeZone,
  previousShift,
  shiftAt,
  shiftOfHour,
  shiftWindow,
} from './shifts.ts'

describe('shift boundaries', () => {
  it.each([
    [0, 'NIGHT'],
    [5, 'NIGHT'],
    [6, 'DAY'],
    [13, 'DAY'],
    [14, 'SWING'],
    [21, 'SWING'],
    [22, 'NIGHT'],
    [23, 'NIGHT'],
  ] as const)('[COMM7] hour %i is %s', (hour, shift) => {
    expect(shiftOfHour(hour)).toBe(shift)
  })

  it.each([
    ['2026-05-01T06:00:00Z', 'UTC', 'DAY', '2026-05-01'],
    ['2026-05-01T13:59:59Z', 'UTC', 'DAY', '2026-05-01'],
    ['2026-05-01T22:00:00Z', 'UTC', 'NIGHT', '2026-05-01'],
    ['2026-05-02T05:59:59Z', 'UTC', 'NIGHT', '2026-05-01'],
    // 01:00 UTC is 18:00 the day before in Los Angeles (UTC-7 in May)
    ['2026-05-02T01:00:00Z', 'America/Los_Angeles', 'SWING', '2026-05-01'],
    // 23:30 UTC on Dec 31 is 00:30 on Jan 1 in Madrid: the night of Dec 31
    ['2026-12-31T23:30:00Z', 'Europe/Madrid', 'NIGHT', '2026-12-31'],
  ] as const)('[COMM7] %s in %s is %s of %s', (instant, zone, shift, shiftDate) => {
    expect(shiftAt(new Date(instant), zone)).toEqual({ shift, shiftDate })
  })

  it.each([
    ['2026-05-01', 'DAY', 'UTC', '2026-05-01T06:00:00.000Z', '2026-05-01T14:00:00.000Z'],
    ['2026-05-01', 'NIGHT', 'UTC', '2026-05-01T22:00:00.000Z', '2026-05-02T06:00:00.000Z'],
    [
      '2026-05-01',
      'SWING',
      'America/Los_Angeles',
      '2026-05-01T21:00:00.000Z',
      '2026-05-02T05:00:00.000Z',
    ],
    // The night DST ends in Los Angeles (Nov 1, 2026) lasts 9 hours.
    [
      '2026-10-31',
      'NIGHT',
      'America/Los_Angeles',
      '2026-11-01T05:00:00.000Z',
      '2026-11-01T14:00:00.000Z',
    ],
  ] as const)('[COMM8] %s %s in %s runs %s–%s', (date, shift, zone, start, end) => {
    const window = shiftWindow(date, shift, zone)
    expect(window.start.toISOString()).toBe(start)
    expect(window.end.toISOString()).toBe(end)
  })

  it('[COMM8] every instant lies in the window of its own shift', () => {
    for (const zone of ['UTC', 'America/New_York', 'Asia/Kolkata']) {
      for (let t = Date.UTC(2026, 2, 7); t < Date.UTC(2026, 2, 10); t += 17 * 60_000) {
        const instant = new Date(t)
        const slot = shiftAt(instant, zone)
        const window = shiftWindow(slot.shiftDate, slot.shift, zone)
        expect(window.start.getTime()).toBeLessThanOrEqual(t)
        expect(window.end.getTime()).toBeGreaterThan(t)
      }
    }
  })

  it('[COMM8] the previous shift ends where the next begins', () => {
    for (const slot of [
      { shift: 'DAY', shiftDate: '2026-03-01' },
      { shift: 'SWING', shiftDate: '2026-03-01' },
      { shift: 'NIGHT', shiftDate: '2026-03-01' },
    ] as const) {
      const before = previousShift(slot)
      expect(shiftWindow(before.shiftDate, before.shift).end).toEqual(
        shiftWindow(slot.shiftDate, slot.shift).start,
      )
    }
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01')
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31')
  })

  it('[COMM8] recognises known time zones', () => {
    expect(isKnownTimeZone('Europe/Madrid')).toBe(true)
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false)
  })
})
