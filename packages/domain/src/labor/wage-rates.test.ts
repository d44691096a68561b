import { describe, expect, it } from 'vitest'
import { HOUR_MS } from './worked-time.ts'
import { createRateResolver, laborCostCents, type WageRateRow } from './wage-rates.ts'

const at = (iso: string) => Date.parse(iso)
let serial = 0
function rate(
  owner: { userId: string } | { role: 'STAFF' | 'HEAD_GROWER' },
  hourlyCents: number,
  from: string,
  createdAt = from,
): WageRateRow {
  serial += 1
  return {
    id: `rate-${serial}`,
    userId: 'userId' in owner ? owner.userId : null,
    role: 'role' in owner ? owner.role : null,
    hourlyCents,
    effectiveFrom: at(from),
    createdAt: at(createdAt),
  }
}

describe('wage rate resolution', () => {
  const rows = [
    rate({ role: 'STAFF' }, 1800, '2026-01-01T00:00:00Z'),
    rate({ role: 'STAFF' }, 1900, '2026-06-01T00:00:00Z'),
    rate({ userId: 'sam' }, 2200, '2026-03-01T00:00:00Z'),
    rate({ userId: 'sam' }, 2500, '2026-09-01T00:00:00Z'),
    // Entered later for the same moment: the correction wins.
    rate({ userId: 'sam' }, 2600, '2026-09-01T00:00:00Z', '2026-09-02T00:00:00Z'),
  ]
  const resolve = createRateResolver(rows)

  it.each([
    ['sam', 'STAFF', '2026-02-01T00:00:00Z', 1800, 'ROLE'],
    ['sam', 'STAFF', '2026-03-01T00:00:00Z', 2200, 'PERSON'],
    ['sam', 'STAFF', '2026-07-01T00:00:00Z', 2200, 'PERSON'],
    ['sam', 'STAFF', '2026-10-01T00:00:00Z', 2600, 'PERSON'],
    ['kim', 'STAFF', '2026-05-31T23:59:59Z', 1800, 'ROLE'],
    ['kim', 'STAFF', '2026-06-01T00:00:00Z', 1900, 'ROLE'],
  ] as const)('[LAB7] %s (%s) at %s earns %i (%s)', (userId, role, instant, cents, source) => {
    expect(resolve(userId, role, at(instant))).toMatchObject({ hourlyCents: cents, source })
  })

  it('[LAB7] before any rate, or with a role that has none, there is no rate', () => {
    expect(resolve('kim', 'STAFF', at('2025-12-31T00:00:00Z'))).toBeNull()
    expect(resolve('kim', 'HEAD_GROWER', at('2026-07-01T00:00:00Z'))).toBeNull()
    expect(resolve('kim', null, at('2026-07-01T00:00:00Z'))).toBeNull()
  })
})

describe('labor cost', () => {
  it('[LAB8] hours × rate × multiplier: a 13 h day at $20 is 8×20 + 4×30 + 1×40', () => {
    const time = { regularMs: 8 * HOUR_MS, overtimeMs: 4 * HOUR_MS, doubleTimeMs: HOUR_MS }
    expect(laborCostCents(time, 2000)).toBe(32_000)
  })

  it('[LAB8] a quarter hour at $18.50 is 462.5 cents, rounded only in totals', () => {
    expect(laborCostCents({ regularMs: HOUR_MS / 4, overtimeMs: 0, doubleTimeMs: 0 }, 1850)).toBe(
      462.5,
    )
  })
})
