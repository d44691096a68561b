// Renaming a room of 10,000 positions (1,000 of them holding plants) re-addresses all of
// them in one transaction with set-based statements; the time is printed, not asserted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { readdressPosition } from '@growops/domain'
import { upsertBatch } from '../../../../../prisma/seed/plants.ts'
import { createTenant, type TenantFixture } from '../../test/tenancy.ts'

let db: TestDatabase
let tenant: TenantFixture
let roomId: string

beforeAll(async () => {
  db = await createTestDatabase()
  tenant = await createTenant(db.prisma, 'scale')
  const org = tenant.organizationId
  const owner = tenant.as.OWNER
  const property = await owner.property.create({ organizationId: org, code: 'BIG', name: 'Big' })
  const building = await owner.building.create({
    organizationId: org,
    propertyId: property.id,
    code: 'GROW1',
    name: 'Grow',
    type: 'CULTIVATION',
  })
  const room = await owner.room.create({
    organizationId: org,
    buildingId: building.id,
    code: 'FLOWER-A',
    name: 'Flower',
    type: 'FLOWER',
  })
  roomId = room.id
  const started = performance.now()
  for (const code of ['T1', 'T2']) {
    await owner.section.create({
      organizationId: org,
      roomId,
      code,
      name: code,
      type: 'TABLE',
      rows: 100,
      columns: 50,
    })
  }
  console.log(
    `section.create: 2 × 5,000 positions in ${(performance.now() - started).toFixed(0)} ms`,
  )
  const batch = await upsertBatch(db.prisma, {
    organizationId: org,
    propertyId: property.id,
    name: 'B-SCALE',
    strain: 'Blue Dream',
    stage: 'FLOWERING',
  })
  // 1,000 plants in one statement: every tenth position.
  await db.prisma.$executeRaw`
    INSERT INTO "Plant" (id, "organizationId", "tagNumber", "batchId", "positionId", address, status, "createdAt", "updatedAt")
    SELECT gen_random_uuid()::text, ${org}, '1A4SCALE' || lpad(n::text, 16, '0'), ${batch.id}, id, address, 'ACTIVE', now(), now()
    FROM (SELECT id, address, row_number() OVER (ORDER BY address) AS n FROM "Position" WHERE "roomId" = ${roomId}) p
    WHERE n % 10 = 0`
  await db.prisma
    .$executeRaw`UPDATE "Position" SET status = 'OCCUPIED' WHERE id IN (SELECT "positionId" FROM "Plant" WHERE "organizationId" = ${org})`
})

afterAll(async () => {
  await db.drop()
})

describe('re-addressing at scale', () => {
  it('renames a room of 10,000 positions and 1,000 plants in one transaction', async () => {
    const started = performance.now()
    const result = await tenant.as.OWNER.room.update({
      organizationId: tenant.organizationId,
      roomId,
      code: 'FLOWER-B',
    })
    const ms = performance.now() - started
    console.log(`room.update re-addressing 10,000 positions + 1,000 plants: ${ms.toFixed(0)} ms`)
    expect(result.readdressed).toEqual({ positions: 10_000, plants: 1_000 })
    expect(
      await db.prisma.position.count({
        where: { roomId, address: { startsWith: 'BIG.GROW1.FLOWER-B.' } },
      }),
    ).toBe(10_000)
    expect(
      await db.prisma.plant.count({
        where: {
          organizationId: tenant.organizationId,
          address: { startsWith: 'BIG.GROW1.FLOWER-B.' },
        },
      }),
    ).toBe(1_000)
    expect(await db.prisma.plantLocationHistory.count({ where: { reason: 'READDRESS' } })).toBe(
      1_000,
    )
    const property = await db.prisma.property.findFirstOrThrow({ where: { code: 'BIG' } })
    const treeStarted = performance.now()
    const tree = await tenant.as.STAFF.property.full({
      organizationId: tenant.organizationId,
      propertyId: property.id,
    })
    console.log(
      `property.full over 10,000 positions: ${(performance.now() - treeStarted).toFixed(0)} ms`,
    )
    expect(tree.buildings[0]?.rooms[0]?.occupancy).toEqual({
      total: 10_000,
      occupied: 1_000,
      empty: 9_000,
      reserved: 0,
      damaged: 0,
    })
    const history = await db.prisma.plantLocationHistory.findMany({
      where: { reason: 'READDRESS' },
      select: { fromAddress: true, toAddress: true, movedById: true },
    })
    for (const row of history) {
      expect(row.toAddress?.startsWith('BIG.GROW1.FLOWER-B.')).toBe(true)
      expect(readdressPosition(row.toAddress ?? '', 'room', 'FLOWER-A')).toBe(row.fromAddress)
      expect(row.movedById).toBe(tenant.userIds.OWNER)
    }
  })
})
