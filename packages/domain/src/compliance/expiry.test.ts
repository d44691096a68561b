import { describe, expect, it } from 'vitest'
import { dueExpiryReminder, expiryStatus } from './expiry.ts'

const NOW = new Date('2026-05-01T12:00:00Z')
const DAY = 86_400_000
const inDays = (days: number) => new Date(NOW.getTime() + days * DAY)

describe('expiry status', () => {
  it.each([
    [null, 'NO_EXPIRY', null],
    [inDays(200), 'VALID', 200],
    [inDays(90.5), 'VALID', 91],
    [inDays(90), 'EXPIRING_90', 90],
    [inDays(31), 'EXPIRING_90', 31],
    [inDays(30), 'EXPIRING_30', 30],
    [inDays(20), 'EXPIRING_30', 20],
    [inDays(7), 'EXPIRING_7', 7],
    [inDays(0.01), 'EXPIRING_7', 1],
    [NOW, 'EXPIRED', 0],
    [inDays(-3), 'EXPIRED', -3],
  ] as const)('[CDOC9] expiring %s → %s (%s days left)', (expiresAt, state, daysLeft) => {
    expect(expiryStatus(expiresAt, NOW)).toEqual({ state, daysLeft })
  })
})

describe('expiry reminders', () => {
  it.each([
    [inDays(120), [], null, []],
    [inDays(90), [], 90, [90]],
    [inDays(45), [90], null, []],
    [inDays(30), [90], 30, [30]],
    [inDays(20), [90, 30], null, []],
    [inDays(7), [90, 30], 7, [7]],
    [NOW, [90, 30, 7], 0, [0]],
    [inDays(-10), [90, 30, 7, 0], null, []],
  ] as const)(
    '[CDOC10] expiring %s, sent %j → send %s, record %j',
    (expiresAt, sent, send, record) => {
      expect(dueExpiryReminder(expiresAt, NOW, sent)).toEqual({ send, record })
    },
  )

  it('[CDOC10] several thresholds reached at once send only the tightest and record all', () => {
    expect(dueExpiryReminder(inDays(5), NOW, [])).toEqual({ send: 7, record: [90, 30, 7] })
    expect(dueExpiryReminder(inDays(-1), NOW, [90])).toEqual({ send: 0, record: [30, 7, 0] })
    expect(dueExpiryReminder(null, NOW, [])).toEqual({ send: null, record: [] })
  })

  it('[CDOC10] walking day by day sends each threshold exactly once', () => {
    const expiresAt = inDays(100)
    const sent: number[] = []
    const sends: number[] = []
    for (let day = 0; day <= 110; day += 0.25) {
      const due = dueExpiryReminder(expiresAt, inDays(day), sent)
      if (due.send !== null) sends.push(due.send)
      sent.push(...due.record)
    }
    expect(sends).toEqual([90, 30, 7, 0])
    expect(sent).toEqual([90, 30, 7, 0])
  })
})
