import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import type { Actor } from '../../apps/api/src/services/access/actor.ts'
import { laborReport } from '../../apps/api/src/services/labor/labor-report.ts'
import { seedDemoFacility } from './demo-facility.ts'
import { DEMO_ROLE_RATES, seedDemoLabor } from './labor.ts'

let db: TestDatabase

beforeAll(async () => {
  db = await createTestDatabase()
})

afterAll(async () => {
  await db.drop()
})

describe('demo labor seed', () => {
  it('adds role rates, Sam’s own rate and two weeks of entries with overtime, idempotently', async () => {
    const demo = await seedDemoFacility(db.prisma, { demoPasswords: false })
    // Wednesday 2026-10-21: the demo weeks are Oct 5–9 and Oct 12–16.
    const input = { ...demo, now: new Date('2026-10-21T12:00:00Z'), timeZone: 'UTC' }
    expect(await seedDemoLabor(db.prisma, input)).toEqual({ entries: 25 })
    expect(await seedDemoLabor(db.prisma, input)).toEqual({ entries: 0 })
    expect(await db.prisma.timeEntry.count()).toBe(25)
    expect(await db.prisma.wageRate.count()).toBe(Object.keys(DEMO_ROLE_RATES).length + 1)

    const owner: Actor = {
      userId: demo.userIdByRole.OWNER,
      organizationId: demo.organizationId,
      role: 'OWNER',
      level: 'FULL',
    }
    const report = await laborReport(db.prisma, owner, {
      groupBy: 'person',
      period: 'week',
      from: '2026-10-05',
      to: '2026-10-16',
      timeZone: 'UTC',
    })
    const byName = new Map(report.rows.map((row) => [row.name, row]))
    // Sam: 42 h (a 10 h Wednesday: 2 h overtime) then 39 h (a 9 h Tuesday: 1 h overtime).
    expect(byName.get('Sam Staff')).toMatchObject({ hours: 81, overtimeHours: 3, noRateHours: 0 })
    // Hector: 45 h (5 OT), then 47 h (2 + 4 + 1 DT daily, then weekly): overtime flagged.
    expect(byName.get('Hector Grower')).toMatchObject({
      hours: 92,
      doubleTimeHours: 1,
      overtime: true,
    })
    // The owner has no rate: hours reported, not costed.
    expect(byName.get('Olivia Owner')).toMatchObject({ hours: 20, costCents: 0, noRateHours: 20 })
  })
})
