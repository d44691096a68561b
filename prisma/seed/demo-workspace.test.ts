import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { seedDemoWorkspace } from './demo-workspace.ts'

let db: TestDatabase

beforeAll(async () => {
  db = await createTestDatabase()
})

afterAll(async () => {
  await db.drop()
})

async function operationsCounts() {
  const p = db.prisma
  const [tasks, templates, timeEntries, wageRates, documents, items, lots, zones, visits] =
    await Promise.all([
      p.task.count(),
      p.taskTemplate.count(),
      p.timeEntry.count(),
      p.wageRate.count(),
      p.complianceDocument.count(),
      p.inventoryItem.count(),
      p.inventoryLot.count(),
      p.accessZone.count(),
      p.visit.count(),
    ])
  return { tasks, templates, timeEntries, wageRates, documents, items, lots, zones, visits }
}

describe('demo workspace seed (what npm start shows)', () => {
  it('fills every operations area, and a second run adds nothing', async () => {
    await seedDemoWorkspace(db.prisma, { demoPasswords: false })
    const first = await operationsCounts()
    for (const [area, count] of Object.entries(first)) {
      expect(count, `${area} seeded`).toBeGreaterThan(0)
    }
    await seedDemoWorkspace(db.prisma, { demoPasswords: false })
    expect(await operationsCounts()).toEqual(first)
  })
})
