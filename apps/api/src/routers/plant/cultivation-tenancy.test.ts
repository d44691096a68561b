// Organization B can read or change nothing of organization A, through every position, plant
// and batch procedure: asking in A's name is refused (not a member), and A's ids used in B's
// name are NOT_FOUND (never revealed) or simply absent from lists.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import type { Caller } from '../../test/tenancy.ts'
import {
  createCultivationFixture,
  domainCodeOf,
  nextTag,
  type CultivationFixture,
} from '../../test/cultivation-fixture.ts'

let db: TestDatabase
let a: CultivationFixture
let b: CultivationFixture
let aPlant: { id: string; tagNumber: string }
let bPlant: { id: string }
let intruder: Caller
const until = new Date(Date.now() + 86_400_000)

beforeAll(async () => {
  db = await createTestDatabase()
  a = await createCultivationFixture(db.prisma, 'tenant-a')
  b = await createCultivationFixture(db.prisma, 'tenant-b')
  aPlant = await a.tenant.as.OWNER.plant.create({
    organizationId: a.tenant.organizationId,
    tagNumber: nextTag('AAA'),
    batchId: a.batchId,
    positionId: a.positionId(a.left(1, 1)),
  })
  bPlant = await b.tenant.as.OWNER.plant.create({
    organizationId: b.tenant.organizationId,
    tagNumber: nextTag('BBB'),
    batchId: b.batchId,
    positionId: b.positionId(b.left(1, 1)),
  })
  intruder = b.tenant.as.OWNER
})

afterAll(async () => {
  await db.drop()
})

/** Every procedure, called with `org` and A's ids. */
function callsWith(org: string): Record<string, () => Promise<unknown>> {
  const aPosition = a.positionId(a.left(2, 2))
  return {
    'room.positions': () => intruder.room.positions({ organizationId: org, roomId: a.vegRoomId }),
    'room.occupancy': () => intruder.room.occupancy({ organizationId: org, roomId: a.vegRoomId }),
    'property.occupancy': () =>
      intruder.property.occupancy({ organizationId: org, propertyId: a.propertyId }),
    'position.available': () =>
      intruder.position.available({ organizationId: org, roomId: a.vegRoomId, count: 1 }),
    'position.reserve': () =>
      intruder.position.reserve({
        organizationId: org,
        positionIds: [aPosition],
        batchId: a.batchId,
        until,
      }),
    'plant.create': () =>
      intruder.plant.create({ organizationId: org, tagNumber: nextTag(), batchId: a.batchId }),
    'plant.move': () =>
      intruder.plant.move({
        organizationId: org,
        plantId: aPlant.id,
        toPositionId: aPosition,
        reason: 'REORGANIZE',
      }),
    'plant.bulkPlace': () =>
      intruder.plant.bulkPlace({
        organizationId: org,
        batchId: a.batchId,
        positionIds: [aPosition],
        tagNumbers: [nextTag()],
      }),
    'plant.byTag': () => intruder.plant.byTag({ organizationId: org, tagNumber: aPlant.tagNumber }),
    'plant.history': () => intruder.plant.history({ organizationId: org, plantId: aPlant.id }),
    'plant.updateStatus': () =>
      intruder.plant.updateStatus({ organizationId: org, plantId: aPlant.id, status: 'DESTROYED' }),
    'batch.create': () =>
      intruder.batch.create({
        organizationId: org,
        propertyId: a.propertyId,
        name: 'Intruder batch',
        strain: 'X',
      }),
    'batch.get': () => intruder.batch.get({ organizationId: org, batchId: a.batchId }),
    'batch.changeStage': () =>
      intruder.batch.changeStage({ organizationId: org, batchId: a.batchId, stage: 'FLOWERING' }),
    'batch.assign': () =>
      intruder.batch.assign({
        organizationId: org,
        batchId: a.batchId,
        userId: b.tenant.userIds.STAFF,
      }),
    'batch.unassign': () =>
      intruder.batch.unassign({
        organizationId: org,
        batchId: a.batchId,
        userId: a.tenant.userIds.STAFF,
      }),
  }
}

const EVERY_PROCEDURE = [
  'room.positions',
  'room.occupancy',
  'property.occupancy',
  'position.available',
  'position.reserve',
  'plant.create',
  'plant.move',
  'plant.bulkPlace',
  'plant.byTag',
  'plant.history',
  'plant.updateStatus',
  'batch.create',
  'batch.get',
  'batch.changeStage',
  'batch.assign',
  'batch.unassign',
]

async function snapshotOfA() {
  const org = a.tenant.organizationId
  return {
    audit: await db.prisma.auditLog.count({ where: { organizationId: org } }),
    plants: await db.prisma.plant.findMany({
      where: { organizationId: org },
      orderBy: { id: 'asc' },
    }),
    positions: await db.prisma.position.findMany({
      where: { propertyId: a.propertyId },
      select: { id: true, status: true, reservedForBatchId: true },
      orderBy: { id: 'asc' },
    }),
    batches: await db.prisma.batch.findMany({
      where: { organizationId: org },
      orderBy: { id: 'asc' },
    }),
    assignments: await db.prisma.batchAssignment.count({
      where: { batch: { organizationId: org } },
    }),
  }
}

describe('tenancy: organization B and organization A', () => {
  it.each([...EVERY_PROCEDURE, 'plant.byAddress', 'plant.list', 'batch.list', 'position.locate'])(
    '%s in A’s name is refused to a member of B only',
    async (name) => {
      const org = a.tenant.organizationId
      const calls: Record<string, () => Promise<unknown>> = {
        ...callsWith(org),
        'plant.byAddress': () =>
          intruder.plant.byAddress({ organizationId: org, address: a.left(1, 1) }),
        'plant.list': () => intruder.plant.list({ organizationId: org }),
        'batch.list': () => intruder.batch.list({ organizationId: org }),
        'position.locate': () => intruder.position.locate({ organizationId: org, address: 'MAIN' }),
      }
      const call = calls[name]
      if (!call) throw new Error(name)
      expect(await domainCodeOf(call())).toBe('AUTH.FORBIDDEN')
    },
  )

  it.each(EVERY_PROCEDURE)('%s with A’s ids in B’s name is NOT_FOUND', async (name) => {
    const call = callsWith(b.tenant.organizationId)[name]
    if (!call) throw new Error(name)
    expect(await domainCodeOf(call())).toBe('NOT_FOUND')
  })

  it('B’s own things cannot be put into A’s positions, nor A’s members onto B’s batches', async () => {
    const org = b.tenant.organizationId
    const aPosition = a.positionId(a.left(3, 3))
    const refusals = await Promise.all([
      domainCodeOf(
        intruder.plant.move({
          organizationId: org,
          plantId: bPlant.id,
          toPositionId: aPosition,
          reason: 'REORGANIZE',
        }),
      ),
      domainCodeOf(
        intruder.plant.create({
          organizationId: org,
          tagNumber: nextTag(),
          batchId: b.batchId,
          positionId: aPosition,
        }),
      ),
      domainCodeOf(
        intruder.plant.bulkPlace({
          organizationId: org,
          batchId: b.batchId,
          positionIds: [aPosition],
          tagNumbers: [nextTag()],
        }),
      ),
      domainCodeOf(
        intruder.position.reserve({
          organizationId: org,
          positionIds: [aPosition],
          batchId: b.batchId,
          until,
        }),
      ),
      domainCodeOf(
        intruder.batch.assign({
          organizationId: org,
          batchId: b.batchId,
          userId: a.tenant.userIds.STAFF,
        }),
      ),
      domainCodeOf(
        intruder.position.available({
          organizationId: org,
          roomId: b.vegRoomId,
          count: 1,
          batchId: a.batchId,
        }),
      ),
      domainCodeOf(
        intruder.position.available({
          organizationId: org,
          roomId: b.vegRoomId,
          sectionId: a.leftSectionId,
          count: 1,
        }),
      ),
    ])
    expect(refusals).toEqual(Array(7).fill('NOT_FOUND'))
  })

  it('lists and lookups in B’s name never show A’s things', async () => {
    const org = b.tenant.organizationId
    const plants = await intruder.plant.list({ organizationId: org, batchId: a.batchId })
    expect(plants.items).toEqual([])
    const all = await intruder.plant.list({ organizationId: org })
    expect(all.items.map((plant) => plant.id)).not.toContain(aPlant.id)
    expect(await intruder.batch.list({ organizationId: org, propertyId: a.propertyId })).toEqual([])
    const batches = await intruder.batch.list({ organizationId: org })
    expect(batches.map((batch) => batch.id)).not.toContain(a.batchId)
    // Both have a MAIN property: B's lookups resolve to B's own places, never A's.
    const located = await intruder.position.locate({ organizationId: org, address: a.left(1, 1) })
    expect(located.positionId).toBe(b.positionId(b.left(1, 1)))
    const atAddress = await intruder.plant.byAddress({ organizationId: org, address: a.left(1, 1) })
    expect(atAddress.plant?.id).toBe(bPlant.id)
  })

  it('left A exactly as it was', async () => {
    const before = await snapshotOfA()
    for (const call of Object.values(callsWith(b.tenant.organizationId)))
      await call().catch(() => null)
    for (const call of Object.values(callsWith(a.tenant.organizationId)))
      await call().catch(() => null)
    expect(await snapshotOfA()).toEqual(before)
  })
})
