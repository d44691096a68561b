// layout.preview / layout.publish / layout.source / layout.occupancy against a real
// database (LAYR8): the hierarchy follows the snapshot in one transaction, positions keep
// their ids, planted positions are never removed, and nothing changes on refusal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { batchColour, type LayoutSnapshot } from '@growops/domain'
import { upsertProperty } from '../../../../../prisma/seed/facility.ts'
import { placeNewPlants, upsertBatch } from '../../../../../prisma/seed/plants.ts'
import { refusalOf } from '../../services/hierarchy/hierarchy-test-helpers.ts'
import { nextTag } from '../../test/cultivation-fixture.ts'
import { createTenant, type TenantFixture } from '../../test/tenancy.ts'
import { buildingOf, roomOf, snapshotOf, tableSection } from './layout-test-support.ts'

let db: TestDatabase
let a: TenantFixture
let b: TenantFixture

beforeAll(async () => {
  db = await createTestDatabase()
  a = await createTenant(db.prisma, 'lpub-a')
  b = await createTenant(db.prisma, 'lpub-b')
})

afterAll(async () => {
  await db.drop()
})

let serial = 0
async function newProperty(): Promise<string> {
  serial += 1
  const property = await upsertProperty(db.prisma, {
    organizationId: a.organizationId,
    code: `P${serial}`,
    name: `Property ${serial}`,
  })
  return property.id
}

/** GROW1 › VEG-A › LEFT 2×3 and RIGHT 1×2. */
function baseSnapshot(
  overrides: { room?: string; left?: string; right?: string; leftRows?: number } = {},
): LayoutSnapshot {
  return snapshotOf([
    buildingOf('b1', 'GROW1', [
      roomOf('r1', overrides.room ?? 'VEG-A', [
        tableSection(
          's1',
          overrides.left ?? 'LEFT',
          { x: 1, y: 1 },
          { rows: overrides.leftRows ?? 2 },
        ),
        tableSection('s2', overrides.right ?? 'RIGHT', { x: 20, y: 1 }, { rows: 1, columns: 2 }),
      ]),
    ]),
  ])
}

function publish(
  propertyId: string,
  snapshot: LayoutSnapshot,
  extra: { basedOnVersion?: number | null; idempotencyKey?: string } = {},
) {
  return a.as.HEAD_GROWER.layout.publish({
    organizationId: a.organizationId,
    propertyId,
    snapshot,
    ...extra,
  })
}

async function positionsOf(propertyId: string) {
  return db.prisma.position.findMany({
    where: { propertyId },
    select: { id: true, address: true, roomId: true, rowId: true },
    orderBy: { address: 'asc' },
  })
}

/** Everything a publish could change, to prove a refused one changed nothing. */
async function stateOf(propertyId: string) {
  const inProperty = { propertyId }
  return {
    buildings: await db.prisma.building.findMany({ where: inProperty, orderBy: { id: 'asc' } }),
    rooms: await db.prisma.room.findMany({
      where: { building: inProperty },
      orderBy: { id: 'asc' },
    }),
    sections: await db.prisma.section.findMany({
      where: { room: { building: inProperty } },
      orderBy: { id: 'asc' },
    }),
    rows: await db.prisma.row.count({ where: { section: { room: { building: inProperty } } } }),
    positions: await positionsOf(propertyId),
    plants: await db.prisma.plant.findMany({
      where: { organizationId: a.organizationId },
      orderBy: { id: 'asc' },
    }),
    versions: await db.prisma.layoutVersion.count({ where: inProperty }),
    audit: await db.prisma.auditLog.count({ where: { organizationId: a.organizationId } }),
  }
}

async function plantAt(propertyId: string, address: string): Promise<{ id: string; tag: string }> {
  const position = await db.prisma.position.findUniqueOrThrow({
    where: { propertyId_address: { propertyId, address } },
  })
  const batch = await upsertBatch(db.prisma, {
    organizationId: a.organizationId,
    propertyId,
    name: `Batch ${propertyId.slice(0, 8)}`,
    strain: 'Blue Dream',
    stage: 'VEGETATIVE',
  })
  const tag = nextTag('LAY')
  await placeNewPlants(db.prisma, {
    organizationId: a.organizationId,
    batchId: batch.id,
    positionIds: [position.id],
    tags: [tag],
    placedById: a.userIds.OWNER,
  })
  const plant = await db.prisma.plant.findFirstOrThrow({ where: { tagNumber: tag } })
  return { id: plant.id, tag }
}

describe('layout.publish', () => {
  it('[LAYR8] creates the hierarchy and its positions, version 1, with an audit entry', async () => {
    const propertyId = await newProperty()
    const answer = await publish(propertyId, baseSnapshot(), { basedOnVersion: null })
    expect(answer.version.number).toBe(1)
    expect(answer.diff.positions).toEqual({ create: 8, readdress: 0, remove: 0, unchanged: 0 })
    expect(answer.diff.created.sections).toEqual(['GROW1.VEG-A.LEFT', 'GROW1.VEG-A.RIGHT'])
    const positions = await positionsOf(propertyId)
    expect(positions.map((p) => p.address)).toContain(`P${serial}.GROW1.VEG-A.LEFT.R2.C3.P1`)
    expect(positions).toHaveLength(8)
    const room = await db.prisma.room.findFirstOrThrow({ where: { building: { propertyId } } })
    expect(room.metrcLocationName).toBe('GROW1 VEG-A')
    expect(room.layout).toEqual({ key: 'r1', x: 0, y: 0, width: 500, height: 500 })
    const audit = await db.prisma.auditLog.findFirstOrThrow({
      where: {
        organizationId: a.organizationId,
        action: 'layout.published',
        entityId: answer.version.id,
      },
    })
    expect(audit.after).toMatchObject({ number: 1, positions: { create: 8 } })
  })

  it('[LAYR5] publishing the same snapshot again changes nothing and stores no version', async () => {
    const propertyId = await newProperty()
    const first = await publish(propertyId, baseSnapshot())
    const before = await stateOf(propertyId)
    const again = await publish(propertyId, baseSnapshot(), { basedOnVersion: 1 })
    expect(again.diff.unchanged).toBe(true)
    expect(again.version).toEqual(first.version)
    expect(await stateOf(propertyId)).toEqual(before)
  })

  it('[LAYR8] preview answers the diff the publish then applies', async () => {
    const propertyId = await newProperty()
    await publish(propertyId, baseSnapshot())
    const next = baseSnapshot({ room: 'VEG-B', leftRows: 3 })
    const preview = await a.as.OWNER.layout.preview({
      organizationId: a.organizationId,
      propertyId,
      snapshot: next,
    })
    expect(preview.issues).toEqual([])
    expect(preview.latestVersion).toBe(1)
    const published = await publish(propertyId, next, { basedOnVersion: preview.latestVersion })
    expect(published.diff).toEqual(preview.diff)
    expect(published.diff.positions).toEqual({ create: 3, readdress: 8, remove: 0, unchanged: 0 })
  })

  it('[LAYR3] renaming a room re-addresses its positions, keeps their ids and writes plant history', async () => {
    const propertyId = await newProperty()
    await publish(propertyId, baseSnapshot())
    const code = `P${serial}`
    const plant = await plantAt(propertyId, `${code}.GROW1.VEG-A.LEFT.R1.C2.P1`)
    const before = await positionsOf(propertyId)
    await publish(propertyId, baseSnapshot({ room: 'VEG-B' }))
    const after = await positionsOf(propertyId)
    expect(after.map((p) => p.id).sort()).toEqual(before.map((p) => p.id).sort())
    expect(after.every((p) => p.address.includes('.VEG-B.'))).toBe(true)
    const moved = await db.prisma.plant.findUniqueOrThrow({ where: { id: plant.id } })
    expect(moved.address).toBe(`${code}.GROW1.VEG-B.LEFT.R1.C2.P1`)
    const history = await db.prisma.plantLocationHistory.findMany({
      where: { plantId: plant.id, reason: 'READDRESS' },
    })
    expect(history).toHaveLength(1)
    expect(history[0]).toMatchObject({
      fromAddress: `${code}.GROW1.VEG-A.LEFT.R1.C2.P1`,
      toAddress: `${code}.GROW1.VEG-B.LEFT.R1.C2.P1`,
      movedById: a.userIds.HEAD_GROWER,
    })
  })

  it('[LAYR4] shrinking a table under a plant is refused, naming the plant, and changes nothing', async () => {
    const propertyId = await newProperty()
    await publish(propertyId, baseSnapshot())
    const address = `P${serial}.GROW1.VEG-A.LEFT.R2.C3.P1`
    const plant = await plantAt(propertyId, address)
    const before = await stateOf(propertyId)
    const refusal = await refusalOf(publish(propertyId, baseSnapshot({ leftRows: 1 })))
    expect(refusal.code).toBe('CONFLICT')
    expect(refusal.domainCode).toBe('LAYOUT.REMOVAL_BLOCKED')
    expect(refusal.message).toContain(plant.tag)
    expect(refusal.message).toContain(address)
    expect(refusal.details.blocked).toEqual([{ address, plantId: plant.id, plantTag: plant.tag }])
    expect(await stateOf(propertyId)).toEqual(before)
    const preview = await a.as.OWNER.layout.preview({
      organizationId: a.organizationId,
      propertyId,
      snapshot: baseSnapshot({ leftRows: 1 }),
    })
    expect(preview.diff.blocked).toEqual([{ address, plantId: plant.id, plantTag: plant.tag }])
  })

  it('[LAYR3] swapping two section codes keeps every position and its id', async () => {
    const propertyId = await newProperty()
    await publish(propertyId, baseSnapshot())
    const before = await positionsOf(propertyId)
    const swapped = await publish(propertyId, baseSnapshot({ left: 'RIGHT', right: 'LEFT' }))
    expect(swapped.diff.positions.readdress).toBe(8)
    const after = await positionsOf(propertyId)
    expect(after.map((p) => p.id).sort()).toEqual(before.map((p) => p.id).sort())
    const leftBefore = before.find((p) => p.address.endsWith('.LEFT.R2.C3.P1'))
    expect(after.find((p) => p.id === leftBefore?.id)?.address).toMatch(/\.RIGHT\.R2\.C3\.P1$/)
    const sections = await db.prisma.section.findMany({
      where: { room: { building: { propertyId } } },
      orderBy: { code: 'asc' },
    })
    expect(sections.map((s) => s.code)).toEqual(['LEFT', 'RIGHT'])
  })

  it('[LAYR4] removing a room removes its sections, rows and positions', async () => {
    const propertyId = await newProperty()
    const two = snapshotOf([
      buildingOf('b1', 'GROW1', [
        roomOf('r1', 'VEG-A', [tableSection('s1', 'LEFT', { x: 1, y: 1 })]),
        roomOf('r2', 'DRY', [tableSection('s3', 'RACK1', { x: 1, y: 1 }, { type: 'RACK' })], {
          x: 600,
          y: 0,
          width: 100,
          height: 100,
        }),
      ]),
    ])
    await publish(propertyId, two)
    const one = snapshotOf([
      buildingOf('b1', 'GROW1', [
        roomOf('r1', 'VEG-A', [tableSection('s1', 'LEFT', { x: 1, y: 1 })]),
      ]),
    ])
    const answer = await publish(propertyId, one)
    expect(answer.diff.removed).toEqual({
      buildings: [],
      rooms: ['GROW1.DRY'],
      sections: ['GROW1.DRY.RACK1'],
    })
    expect(await db.prisma.room.count({ where: { building: { propertyId } } })).toBe(1)
    expect(
      await db.prisma.row.count({ where: { section: { room: { building: { propertyId } } } } }),
    ).toBe(2)
    expect(await db.prisma.position.count({ where: { propertyId } })).toBe(6)
  })

  it('[LAYR8] a stale basedOnVersion is refused and changes nothing', async () => {
    const propertyId = await newProperty()
    await publish(propertyId, baseSnapshot())
    await publish(propertyId, baseSnapshot({ room: 'VEG-B' }))
    const before = await stateOf(propertyId)
    const refusal = await refusalOf(
      publish(propertyId, baseSnapshot({ room: 'VEG-C' }), { basedOnVersion: 1 }),
    )
    expect(refusal).toMatchObject({ code: 'CONFLICT', domainCode: 'LAYOUT.VERSION_CONFLICT' })
    expect(refusal.details).toEqual({ basedOnVersion: 1, latestVersion: 2 })
    expect(await stateOf(propertyId)).toEqual(before)
  })

  it('[LAYR8] two concurrent first publishes: one wins, the other is told to review again', async () => {
    const propertyId = await newProperty()
    const results = await Promise.allSettled([
      publish(propertyId, baseSnapshot(), { basedOnVersion: null }),
      publish(propertyId, baseSnapshot({ room: 'VEG-B' }), { basedOnVersion: null }),
    ])
    const won = results.filter((r) => r.status === 'fulfilled')
    expect(won).toHaveLength(1)
    const lost = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')
    const reason: unknown = lost?.reason
    const refusal = await refusalOf(
      Promise.reject(reason instanceof Error ? reason : new Error('no refusal')),
    )
    expect(refusal).toMatchObject({ domainCode: 'LAYOUT.VERSION_CONFLICT' })
    expect(await db.prisma.layoutVersion.count({ where: { propertyId } })).toBe(1)
    expect(await db.prisma.position.count({ where: { propertyId } })).toBe(8)
  })

  it('[LAYR8] an invalid snapshot is refused with its issues', async () => {
    const propertyId = await newProperty()
    const duplicate = baseSnapshot({ right: 'LEFT' })
    const refusal = await refusalOf(publish(propertyId, duplicate))
    expect(refusal).toMatchObject({ code: 'BAD_REQUEST', domainCode: 'LAYOUT.INVALID' })
    expect(refusal.details.issues).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'DUPLICATE_CODE' })]),
    )
    expect(await db.prisma.section.count({ where: { room: { building: { propertyId } } } })).toBe(0)
  })

  it('[LAYR8] a repeated idempotency key answers the first publish again', async () => {
    const propertyId = await newProperty()
    const key = crypto.randomUUID()
    const first = await publish(propertyId, baseSnapshot(), { idempotencyKey: key })
    const replay = await publish(propertyId, baseSnapshot(), { idempotencyKey: key })
    expect(replay).toEqual(first)
    expect(await db.prisma.layoutVersion.count({ where: { propertyId } })).toBe(1)
  })

  it('only OWNER and HEAD_GROWER may preview or publish; other organizations see nothing', async () => {
    const propertyId = await newProperty()
    for (const role of ['STAFF', 'ACCOUNTANT', 'COMPLIANCE_MANAGER'] as const) {
      const input = { organizationId: a.organizationId, propertyId, snapshot: baseSnapshot() }
      expect((await refusalOf(a.as[role].layout.publish(input))).code).toBe('FORBIDDEN')
      expect((await refusalOf(a.as[role].layout.preview(input))).code).toBe('FORBIDDEN')
    }
    const theirs = { organizationId: b.organizationId, propertyId, snapshot: baseSnapshot() }
    expect((await refusalOf(b.as.OWNER.layout.publish(theirs))).code).toBe('NOT_FOUND')
    expect((await refusalOf(b.as.OWNER.layout.preview(theirs))).code).toBe('NOT_FOUND')
    expect(
      (await refusalOf(b.as.OWNER.layout.publish({ ...theirs, organizationId: a.organizationId })))
        .code,
    ).toBe('FORBIDDEN')
    expect(
      (
        await refusalOf(
          b.as.OWNER.layout.occupancy({ organizationId: b.organizationId, propertyId }),
        )
      ).code,
    ).toBe('NOT_FOUND')
    expect(
      (await refusalOf(b.as.OWNER.layout.source({ organizationId: b.organizationId, propertyId })))
        .code,
    ).toBe('NOT_FOUND')
    expect(await db.prisma.building.count({ where: { propertyId } })).toBe(0)
  })
})

describe('layout.versions, layout.source, layout.occupancy', () => {
  it('lists each publish with its counts and shows any version’s snapshot', async () => {
    const propertyId = await newProperty()
    await publish(propertyId, baseSnapshot())
    await publish(propertyId, baseSnapshot({ room: 'VEG-B' }))
    const input = { organizationId: a.organizationId, propertyId }
    const versions = await a.as.STAFF.layout.versions(input)
    expect(versions.map((v) => [v.number, v.counts?.readdress, v.publishedBy?.id])).toEqual([
      [2, 8, a.userIds.HEAD_GROWER],
      [1, 0, a.userIds.HEAD_GROWER],
    ])
    const first = await a.as.ACCOUNTANT.layout.version({ ...input, number: 1 })
    expect(first.snapshot).toEqual(baseSnapshot())
  })

  it('[LAYR7] the source snapshot, published, keeps every position', async () => {
    const propertyId = await newProperty()
    await publish(propertyId, baseSnapshot())
    const before = await positionsOf(propertyId)
    const source = await a.as.STAFF.layout.source({ organizationId: a.organizationId, propertyId })
    const answer = await publish(propertyId, source)
    expect(answer.diff.positions).toEqual({ create: 0, readdress: 0, remove: 0, unchanged: 8 })
    expect(await positionsOf(propertyId)).toEqual(before)
  })

  it('occupancy shows a placed plant with its batch colour, keyed by the canvas shape', async () => {
    const propertyId = await newProperty()
    await publish(propertyId, baseSnapshot())
    const plant = await plantAt(propertyId, `P${serial}.GROW1.VEG-A.LEFT.R1.C2.P1`)
    const stored = await db.prisma.plant.findUniqueOrThrow({ where: { id: plant.id } })
    const occupancy = await a.as.ACCOUNTANT.layout.occupancy({
      organizationId: a.organizationId,
      propertyId,
    })
    expect(occupancy.batches).toEqual([
      {
        id: stored.batchId,
        code: `Batch ${propertyId.slice(0, 8)}`,
        colour: batchColour(stored.batchId),
      },
    ])
    const left = occupancy.sections.find((s) => s.key === 's1')
    expect(left?.cells).toContainEqual([1, 2, 1, 'O', 0])
    expect(left?.cells).toContainEqual([1, 1, 1, 'E', -1])
    expect(occupancy.sections.map((s) => s.cells.length).sort()).toEqual([2, 6])
    // STAFF is not assigned to the batch: the cell is occupied, the batch not named.
    const staff = await a.as.STAFF.layout.occupancy({
      organizationId: a.organizationId,
      propertyId,
    })
    expect(staff.batches).toEqual([])
    expect(staff.sections.find((s) => s.key === 's1')?.cells).toContainEqual([1, 2, 1, 'O', -1])
  })
})
