import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from '../comms/shifts.ts'
import { classifyOvertime, sumPayClasses, type WorkPiece } from './overtime.ts'
import { HOUR_MS } from './worked-time.ts'

// 2026-05-04 is a Monday.
const MONDAY = '2026-05-04'

function piece(date: string, hours: number, startHour = 6): WorkPiece & { tag?: string } {
  return {
    date,
    start: Date.parse(`${date}T00:00:00Z`) + startHour * HOUR_MS,
    workedMs: hours * HOUR_MS,
  }
}

/** One piece per day from Monday, `hours[i]` on day i (0 = day off). */
function week(hours: readonly number[], monday = MONDAY): WorkPiece[] {
  return hours.flatMap((h, index) => (h > 0 ? [piece(addDays(monday, index), h)] : []))
}

function totalsInHours(pieces: readonly WorkPiece[]) {
  const total = sumPayClasses(classifyOvertime(pieces))
  return {
    regular: total.regularMs / HOUR_MS,
    overtime: total.overtimeMs / HOUR_MS,
    doubleTime: total.doubleTimeMs / HOUR_MS,
  }
}

describe('daily overtime', () => {
  it.each([
    { hours: 8, regular: 8, overtime: 0, doubleTime: 0 },
    { hours: 10, regular: 8, overtime: 2, doubleTime: 0 },
    { hours: 12, regular: 8, overtime: 4, doubleTime: 0 },
    { hours: 13, regular: 8, overtime: 4, doubleTime: 1 },
    { hours: 16.5, regular: 8, overtime: 4, doubleTime: 4.5 },
  ])('[LAB3] a $hours h day is $regular regular + $overtime OT + $doubleTime DT', (example) => {
    expect(totalsInHours([piece(MONDAY, example.hours)])).toEqual({
      regular: example.regular,
      overtime: example.overtime,
      doubleTime: example.doubleTime,
    })
  })

  it('[LAB3] two entries on one day add up before the 8 h threshold applies', () => {
    expect(totalsInHours([piece(MONDAY, 5, 6), piece(MONDAY, 5, 13)])).toEqual({
      regular: 8,
      overtime: 2,
      doubleTime: 0,
    })
  })
})

describe('weekly overtime', () => {
  it('[LAB4] 5 × 9 h is 40 regular and 5 OT, not double counted', () => {
    expect(totalsInHours(week([9, 9, 9, 9, 9]))).toEqual({
      regular: 40,
      overtime: 5,
      doubleTime: 0,
    })
  })

  it('[LAB4] 6 × 8 h: the sixth day is beyond 40 regular hours, so all OT', () => {
    const classified = classifyOvertime(week([8, 8, 8, 8, 8, 8]))
    expect(classified.map((c) => c.overtimeMs / HOUR_MS)).toEqual([0, 0, 0, 0, 0, 8])
    expect(totalsInHours(week([8, 8, 8, 8, 8, 8]))).toEqual({
      regular: 40,
      overtime: 8,
      doubleTime: 0,
    })
  })

  it('[LAB4] 5 × 10 h and a 6 h Saturday: 40 regular, 10 daily + 6 weekly OT', () => {
    expect(totalsInHours(week([10, 10, 10, 10, 10, 6]))).toEqual({
      regular: 40,
      overtime: 16,
      doubleTime: 0,
    })
  })

  it('[LAB4] long days: 4 × 12 h + 10 h is 40 regular, 18 OT', () => {
    expect(totalsInHours(week([12, 12, 12, 12, 10]))).toEqual({
      regular: 40,
      overtime: 18,
      doubleTime: 0,
    })
  })

  it('[LAB4] weeks run Monday to Sunday: two half weeks never reach 40', () => {
    // Thursday to Wednesday, 8 h a day: 32 h in one week, 24 h in the next.
    const pieces = week([0, 0, 0, 8, 8, 8, 0]).concat(
      week([8, 8, 8, 0, 0, 0, 0], addDays(MONDAY, 7)),
    )
    expect(totalsInHours(pieces)).toEqual({ regular: 48, overtime: 0, doubleTime: 0 })
  })
})

describe('seventh consecutive day', () => {
  it('[LAB5] 7 × 8 h: Saturday is weekly OT, Sunday (the 7th day) is all OT', () => {
    const classified = classifyOvertime(week([8, 8, 8, 8, 8, 8, 8]))
    expect(classified.map((c) => c.seventhDay)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      true,
    ])
    expect(totalsInHours(week([8, 8, 8, 8, 8, 8, 8]))).toEqual({
      regular: 40,
      overtime: 16,
      doubleTime: 0,
    })
  })

  it('[LAB5] a 10 h seventh day after 6 × 6 h: first 8 h at 1.5×, the rest at 2×', () => {
    expect(totalsInHours(week([6, 6, 6, 6, 6, 6, 10]))).toEqual({
      regular: 36,
      overtime: 8,
      doubleTime: 2,
    })
  })

  it('[LAB5] six days with a day off is no seventh day', () => {
    const classified = classifyOvertime(week([0, 5, 5, 5, 5, 5, 10]))
    expect(classified.some((c) => c.seventhDay)).toBe(false)
    expect(totalsInHours(week([0, 5, 5, 5, 5, 5, 10]))).toEqual({
      regular: 33,
      overtime: 2,
      doubleTime: 0,
    })
  })
})

describe('time order', () => {
  it('[LAB6] the overtime of a day split over two rooms falls on the later work', () => {
    const first = { ...piece(MONDAY, 6, 6), tag: 'room A' }
    const second = { ...piece(MONDAY, 4, 12), tag: 'room B' }
    const classified = classifyOvertime([second, first])
    expect(
      classified.map((c) => [c.piece.tag, c.regularMs / HOUR_MS, c.overtimeMs / HOUR_MS]),
    ).toEqual([
      ['room A', 6, 0],
      ['room B', 2, 2],
    ])
  })

  it('[LAB3][LAB4][LAB5] every hour is classified exactly once, however a week is cut', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 16 * 4 }), { minLength: 7, maxLength: 7 }),
        fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 7, maxLength: 7 }),
        (quarters, cuts) => {
          const whole = quarters.flatMap((q, index) =>
            q > 0 ? [piece(addDays(MONDAY, index), q / 4)] : [],
          )
          // The same days cut into `cuts[i]` consecutive pieces.
          const cutUp = quarters.flatMap((q, index) => {
            const parts = cuts[index] ?? 1
            const start = Date.parse(`${addDays(MONDAY, index)}T01:00:00Z`)
            const ms = (q / 4) * HOUR_MS
            return q === 0
              ? []
              : Array.from({ length: parts }, (_, p) => ({
                  date: addDays(MONDAY, index),
                  start: start + (p * ms) / parts,
                  workedMs: ms / parts,
                }))
          })
          const a = sumPayClasses(classifyOvertime(whole))
          const b = sumPayClasses(classifyOvertime(cutUp))
          const worked = quarters.reduce((sum, q) => sum + (q / 4) * HOUR_MS, 0)
          expect(a.regularMs + a.overtimeMs + a.doubleTimeMs).toBeCloseTo(worked, 3)
          expect(b.regularMs).toBeCloseTo(a.regularMs, 3)
          expect(b.overtimeMs).toBeCloseTo(a.overtimeMs, 3)
          expect(b.doubleTimeMs).toBeCloseTo(a.doubleTimeMs, 3)
          expect(a.regularMs).toBeLessThanOrEqual(40 * HOUR_MS)
          for (const day of classifyOvertime(whole)) {
            expect(day.regularMs).toBeLessThanOrEqual(8 * HOUR_MS)
            const over12 = Math.max(0, day.piece.workedMs - 12 * HOUR_MS)
            if (!day.seventhDay) expect(day.doubleTimeMs).toBe(over12)
          }
        },
      ),
    )
  })
})
