// The demo facility (built through the hierarchy procedures' seed, not the canvas, with
// plants placed) imported onto a canvas and published: nothing moves, nothing is lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { seedDemoFacility, type SeedResult } from '../../../../../prisma/seed/demo-facility.ts'
import { callerFor, type Caller } from '../../test/tenancy.ts'

let db: TestDatabase
let seed: SeedResult
let owner: Caller

beforeAll(async () => {
  db = await createTestDatabase()
  seed = await seedDemoFacility(db.prisma, { demoPasswords: false })
  owner = await callerFor(db.prisma, seed.userIdByRole.OWNER)
})

afterAll(async () => {
  await db.drop()
})

function positions() {
  return db.prisma.position.findMany({
    where: { propertyId: seed.propertyId },
    select: { id: true, address: true, status: true, roomId: true, rowId: true },
    orderBy: { id: 'asc' },
  })
}

describe('publishing the imported demo facility', () => {
  it('[LAYR7] keeps every position, plant and address; a second publish stores nothing', async () => {
    const input = { organizationId: seed.organizationId, propertyId: seed.propertyId }
    const before = await positions()
    const plantsBefore = await db.prisma.plant.findMany({ orderBy: { id: 'asc' } })
    expect(plantsBefore.length).toBeGreaterThan(0)

    const snapshot = await owner.layout.source(input)
    const preview = await owner.layout.preview({ ...input, snapshot })
    expect(preview.issues).toEqual([])
    expect(preview.diff.blocked).toEqual([])
    const first = await owner.layout.publish({ ...input, snapshot, basedOnVersion: null })
    expect(first.diff.positions).toEqual({
      create: 0,
      readdress: 0,
      remove: 0,
      unchanged: before.length,
    })
    expect(await positions()).toEqual(before)
    expect(await db.prisma.plant.findMany({ orderBy: { id: 'asc' } })).toEqual(plantsBefore)

    const again = await owner.layout.publish({ ...input, snapshot, basedOnVersion: 1 })
    expect(again.diff.unchanged).toBe(true)
    expect(again.version.number).toBe(1)
  })

  it('[LAYR3] renaming the building on the canvas re-addresses every plant with history', async () => {
    const input = { organizationId: seed.organizationId, propertyId: seed.propertyId }
    const snapshot = await owner.layout.source(input)
    const renamed = {
      ...snapshot,
      buildings: snapshot.buildings.map((b) => (b.code === 'GROW1' ? { ...b, code: 'GROW9' } : b)),
    }
    const planted = await db.prisma.plant.count({
      where: { organizationId: seed.organizationId, address: { startsWith: 'MAIN.GROW1.' } },
    })
    expect(planted).toBeGreaterThan(0)
    const answer = await owner.layout.publish({ ...input, snapshot: renamed })
    expect(answer.diff.renamed).toEqual([{ from: 'GROW1', to: 'GROW9' }])
    expect(await db.prisma.plant.count({ where: { address: { startsWith: 'MAIN.GROW1.' } } })).toBe(
      0,
    )
    expect(
      await db.prisma.plantLocationHistory.count({
        where: { reason: 'READDRESS', toAddress: { startsWith: 'MAIN.GROW9.' } },
      }),
    ).toBe(planted)
  })
})
