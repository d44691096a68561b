import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { readdressPosition } from '@growops/domain'
import { placeNewPlants } from '../../../../../prisma/seed/plants.ts'
import {
  buildSmallFacility,
  type SmallFacility,
} from '../../services/hierarchy/hierarchy-fixture.ts'
import { auditActions, refusalOf } from '../../services/hierarchy/hierarchy-test-helpers.ts'
import { verifyAuditChain } from '../../services/audit/verify-audit-chain.ts'
import { createTenant, type TenantFixture } from '../../test/tenancy.ts'

let db: TestDatabase
let tenant: TenantFixture
let facility: SmallFacility

beforeAll(async () => {
  db = await createTestDatabase()
  tenant = await createTenant(db.prisma, 'readdress')
  facility = await buildSmallFacility(db.prisma, {
    organizationId: tenant.organizationId,
    code: 'AAA',
    plants: 4,
    placedById: tenant.userIds.OWNER,
  })
})

afterAll(async () => {
  await db.drop()
})

function addressesOf(where: { propertyId: string }) {
  return db.prisma.position.findMany({
    where,
    select: { id: true, address: true },
    orderBy: { id: 'asc' },
  })
}

function plantsOf(batchId: string | null) {
  return db.prisma.plant.findMany({
    where: { batchId: batchId ?? 'none' },
    select: { id: true, tagNumber: true, address: true, positionId: true },
    orderBy: { tagNumber: 'asc' },
  })
}

describe('renaming re-addresses everything beneath (HIER3)', () => {
  it.each([
    ['section', 'LEFT', 'MAIN-T'],
    ['room', 'VEG-A', 'VEG-B'],
    ['building', 'GROW1', 'GROW2'],
    ['property', 'AAA', 'AAB'],
  ] as const)(
    'renaming the %s %s to %s moves positions and plants and writes history',
    async (level, from, to) => {
      const org = tenant.organizationId
      const before = await addressesOf({ propertyId: facility.propertyId })
      const plantsBefore = await plantsOf(facility.batchId)
      const historyBefore = await db.prisma.plantLocationHistory.count({
        where: { reason: 'READDRESS' },
      })
      const caller =
        level === 'property' || level === 'room' ? tenant.as.OWNER : tenant.as.HEAD_GROWER
      const result =
        level === 'section'
          ? await caller.section.update({
              organizationId: org,
              sectionId: facility.tableId,
              code: to,
            })
          : level === 'room'
            ? await caller.room.update({ organizationId: org, roomId: facility.roomId, code: to })
            : level === 'building'
              ? await caller.building.update({
                  organizationId: org,
                  buildingId: facility.buildingId,
                  code: to,
                })
              : await caller.property.update({
                  organizationId: org,
                  propertyId: facility.propertyId,
                  code: to,
                })
      expect(result.code).toBe(to)

      // Every address is what the domain says, and only those beneath changed.
      const after = new Map(
        (await addressesOf({ propertyId: facility.propertyId })).map((p) => [p.id, p.address]),
      )
      const segment = { property: 0, building: 1, room: 2, section: 3 }[level]
      let changed = 0
      for (const position of before) {
        const beneath = position.address.split('.')[segment] === from
        const expected = beneath ? readdressPosition(position.address, level, to) : position.address
        expect(after.get(position.id)).toBe(expected)
        if (beneath) changed++
      }
      expect(result.readdressed).toEqual({ positions: changed, plants: 4 })

      // Plants follow their positions, each with one READDRESS row from → to.
      const plantsAfter = await plantsOf(facility.batchId)
      for (const [index, plant] of plantsAfter.entries()) {
        expect(plant.address).toBe(after.get(plant.positionId ?? ''))
        const history = await db.prisma.plantLocationHistory.findFirstOrThrow({
          where: { plantId: plant.id, reason: 'READDRESS', toAddress: plant.address },
        })
        expect(history).toMatchObject({
          fromAddress: plantsBefore[index]?.address,
          fromPositionId: plant.positionId,
          toPositionId: plant.positionId,
          movedById:
            level === 'property' || level === 'room'
              ? tenant.userIds.OWNER
              : tenant.userIds.HEAD_GROWER,
        })
      }
      expect(await db.prisma.plantLocationHistory.count({ where: { reason: 'READDRESS' } })).toBe(
        historyBefore + 4,
      )
    },
  )

  it('keeps the Metrc location name on a rename (HIER5) and resets it to the default when cleared', async () => {
    const org = tenant.organizationId
    const room = await db.prisma.room.findUniqueOrThrow({ where: { id: facility.roomId } })
    expect(room.metrcLocationName).toBe('GROW1 VEG-A')
    const cleared = await tenant.as.OWNER.room.update({
      organizationId: org,
      roomId: facility.roomId,
      metrcLocationName: '',
    })
    expect(cleared.metrcLocationName).toBe('GROW2 VEG-B')
    expect(cleared.readdressed).toEqual({ positions: 0, plants: 0 })
  })

  it('writes no history and changes no address when only the name changes', async () => {
    const org = tenant.organizationId
    const before = await addressesOf({ propertyId: facility.propertyId })
    const historyBefore = await db.prisma.plantLocationHistory.count()
    const result = await tenant.as.OWNER.section.update({
      organizationId: org,
      sectionId: facility.tableId,
      code: 'MAIN-T',
      name: 'Renamed table',
      spacingInches: 18,
    })
    expect(result).toMatchObject({
      name: 'Renamed table',
      spacingInches: 18,
      readdressed: { positions: 0, plants: 0 },
    })
    expect(await addressesOf({ propertyId: facility.propertyId })).toEqual(before)
    expect(await db.prisma.plantLocationHistory.count()).toBe(historyBefore)
  })

  it('refuses a sibling’s code with HIERARCHY.CODE_TAKEN and changes nothing', async () => {
    const org = tenant.organizationId
    const before = await addressesOf({ propertyId: facility.propertyId })
    const refusal = await refusalOf(
      tenant.as.OWNER.room.update({ organizationId: org, roomId: facility.roomId, code: 'EMPTY' }),
    )
    expect(refusal).toMatchObject({
      code: 'CONFLICT',
      domainCode: 'HIERARCHY.CODE_TAKEN',
      message: 'Room code "EMPTY" is already used in building AAB.GROW2; choose another code.',
    })
    expect(await addressesOf({ propertyId: facility.propertyId })).toEqual(before)
  })

  it('audits every rename in the same chain', async () => {
    const actions = await auditActions(db.prisma, tenant.organizationId)
    expect(actions).toEqual([
      'section.update',
      'room.update',
      'building.update',
      'property.update',
      'room.update',
      'section.update',
    ])
    const entry = await db.prisma.auditLog.findFirstOrThrow({
      where: { organizationId: tenant.organizationId, action: 'property.update' },
    })
    expect(entry).toMatchObject({
      actorId: tenant.userIds.OWNER,
      entityType: 'Property',
      entityId: facility.propertyId,
      before: { code: 'AAA' },
      after: { code: 'AAB', readdressed: { positions: 10, plants: 4 } },
    })
    expect((await verifyAuditChain(db.prisma, tenant.organizationId)).ok).toBe(true)
  })
})

describe('concurrent changes', () => {
  it('keeps every address consistent when a room is renamed while sections are added to it', async () => {
    const org = tenant.organizationId
    const owner = tenant.as.OWNER
    const grower = tenant.as.HEAD_GROWER
    await Promise.all([
      grower.section.create({
        organizationId: org,
        roomId: facility.roomId,
        code: 'C1',
        name: 'c',
        type: 'TABLE',
        rows: 5,
        columns: 5,
      }),
      owner.room.update({ organizationId: org, roomId: facility.roomId, code: 'VEG-C' }),
      grower.section.create({
        organizationId: org,
        roomId: facility.roomId,
        code: 'C2',
        name: 'c',
        type: 'RACK',
        rows: 5,
        columns: 5,
      }),
      grower.row.create({ organizationId: org, sectionId: facility.tableId, columns: 3 }),
    ])
    const positions = await db.prisma.position.findMany({
      where: { roomId: facility.roomId },
      select: { address: true },
    })
    expect(positions.length).toBeGreaterThan(50)
    for (const { address } of positions) expect(address.split('.')[2]).toBe('VEG-C')
    for (const plant of await plantsOf(facility.batchId)) {
      expect(plant.address?.split('.')[2]).toBe('VEG-C')
    }
    await owner.room.update({ organizationId: org, roomId: facility.roomId, code: 'VEG-B' })
    const sections = await owner.section.list({ organizationId: org, roomId: facility.roomId })
    for (const section of sections.filter((s) => s.code === 'C1' || s.code === 'C2')) {
      await owner.section.delete({ organizationId: org, sectionId: section.id })
    }
  })

  it('lets exactly one of many concurrent creates take a code', async () => {
    const org = tenant.organizationId
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () =>
        tenant.as.OWNER.room.create({
          organizationId: org,
          buildingId: facility.buildingId,
          code: 'RACE',
          name: 'r',
          type: 'VEG',
        }),
      ),
    )
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const refusals = await Promise.all(
      results.flatMap((r) =>
        r.status === 'rejected' ? [refusalOf(Promise.reject(r.reason as Error))] : [],
      ),
    )
    expect(refusals.map((r) => r.domainCode)).toEqual(Array(5).fill('HIERARCHY.CODE_TAKEN'))
  })
})

describe('deleting (HIER4)', () => {
  it.each(['property', 'building', 'room', 'section', 'row'] as const)(
    'refuses to delete a %s that holds plants, naming them, and changes nothing',
    async (level) => {
      const org = tenant.organizationId
      const auditBefore = await db.prisma.auditLog.count()
      const positionsBefore = await db.prisma.position.count()
      const caller = tenant.as.HEAD_GROWER
      const call = {
        property: () =>
          caller.property.delete({ organizationId: org, propertyId: facility.propertyId }),
        building: () =>
          caller.building.delete({ organizationId: org, buildingId: facility.buildingId }),
        room: () => caller.room.delete({ organizationId: org, roomId: facility.roomId }),
        section: () => caller.section.delete({ organizationId: org, sectionId: facility.tableId }),
        row: () => caller.row.delete({ organizationId: org, rowId: facility.rowId }),
      }[level]
      const refusal = await refusalOf(call())
      // Row 1 of the table holds the first three plants; the branches above hold all four.
      const count = level === 'row' ? 3 : 4
      const tags = facility.tags.slice(0, count)
      expect(refusal).toMatchObject({
        code: 'CONFLICT',
        domainCode: 'HIERARCHY.HOLDS_PLANTS',
        details: { plantCount: count, tags, moreCount: 0 },
      })
      expect(refusal.message).toContain(`holds ${count} plants (${tags.join(', ')})`)
      expect(await db.prisma.auditLog.count()).toBe(auditBefore)
      expect(await db.prisma.position.count()).toBe(positionsBefore)
    },
  )

  it('names ten plants and "N more" for a larger branch', async () => {
    const org = tenant.organizationId
    const section = await tenant.as.OWNER.section.create({
      organizationId: org,
      roomId: facility.emptyRoomId,
      code: 'BIG',
      name: 'Big',
      type: 'TABLE',
      rows: 3,
      columns: 5,
    })
    const positions = await db.prisma.position.findMany({
      where: { sectionId: section.id },
      orderBy: { address: 'asc' },
    })
    const tags = positions.map((_, i) => `1A4BIG${String(i + 1).padStart(18, '0')}`)
    await placeNewPlants(db.prisma, {
      organizationId: org,
      batchId: facility.batchId ?? '',
      positionIds: positions.map((p) => p.id),
      tags,
      placedById: null,
    })
    const refusal = await refusalOf(
      tenant.as.OWNER.room.delete({ organizationId: org, roomId: facility.emptyRoomId }),
    )
    expect(refusal.domainCode).toBe('HIERARCHY.HOLDS_PLANTS')
    expect(refusal.message).toBe(
      `Room AAB.GROW2.EMPTY holds 15 plants (${tags.slice(0, 10).join(', ')} and 5 more); move, harvest or destroy them before deleting.`,
    )
    expect(refusal.details).toMatchObject({ plantCount: 15, moreCount: 5 })
  })

  it('deletes an empty branch with everything beneath it in one go, audited', async () => {
    const org = tenant.organizationId
    const result = await tenant.as.OWNER.section.delete({
      organizationId: org,
      sectionId: facility.rackId,
    })
    expect(result).toEqual({
      id: facility.rackId,
      removed: { buildings: 0, rooms: 0, sections: 1, rows: 2, positions: 4 },
    })
    expect(await db.prisma.section.findUnique({ where: { id: facility.rackId } })).toBeNull()
    expect(await db.prisma.position.count({ where: { sectionId: facility.rackId } })).toBe(0)
    expect(await auditActions(db.prisma, org, facility.rackId)).toEqual(['section.delete'])
  })

  it('deletes a row that held plants once they are gone', async () => {
    const org = tenant.organizationId
    await db.prisma.plant.updateMany({
      where: { tagNumber: { in: facility.tags.slice(0, 3) } },
      data: { positionId: null, status: 'HARVESTED' },
    })
    const result = await tenant.as.HEAD_GROWER.row.delete({
      organizationId: org,
      rowId: facility.rowId,
    })
    expect(result.removed).toEqual({ buildings: 0, rooms: 0, sections: 0, rows: 1, positions: 3 })
    expect(await auditActions(db.prisma, org, facility.rowId)).toEqual(['row.delete'])
  })
})
