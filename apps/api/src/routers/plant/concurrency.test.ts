// A position never holds two plants, retries never apply twice, and bulk placement is all or
// nothing — under real concurrency against PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { placeNewPlants } from '../../../../../prisma/seed/plants.ts'
import { upsertSectionWithGrid } from '../../../../../prisma/seed/facility.ts'
import { verifyAuditChain } from '../../services/audit/verify-audit-chain.ts'
import {
  createCultivationFixture,
  domainCodeOf,
  domainCodeOfError,
  nextTag,
  type CultivationFixture,
} from '../../test/cultivation-fixture.ts'

let db: TestDatabase
let f: CultivationFixture
let org: string

beforeAll(async () => {
  db = await createTestDatabase()
  f = await createCultivationFixture(db.prisma, 'race')
  org = f.tenant.organizationId
})

afterAll(async () => {
  await db.drop()
})

/** A room section of `count` positions in one row, for placing many plants. */
async function longSection(code: string, count: number) {
  const property = await db.prisma.property.findUniqueOrThrow({ where: { id: f.propertyId } })
  const room = await db.prisma.room.findUniqueOrThrow({ where: { id: f.vegRoomId } })
  const section = await upsertSectionWithGrid(db.prisma, {
    property,
    building: { code: 'GROW1' },
    room,
    code,
    name: code,
    type: 'TABLE',
    rows: 1,
    columns: count,
  })
  const positions = await db.prisma.position.findMany({
    where: { sectionId: section.id },
    orderBy: { column: 'asc' },
    select: { id: true, address: true },
  })
  return positions
}

describe('concurrent moves into one position', () => {
  it('of 50 moves exactly one wins, 49 get POSITION.OCCUPIED, history stays consistent', async () => {
    const sources = await longSection('RACE', 51)
    const target = sources.pop()
    if (!target) throw new Error('no target')
    const tags = sources.map(() => nextTag('RACE'))
    await placeNewPlants(db.prisma, {
      organizationId: org,
      batchId: f.batchId,
      positionIds: sources.map((position) => position.id),
      tags,
      placedById: null,
    })
    const plants = await db.prisma.plant.findMany({
      where: { tagNumber: { in: tags } },
      select: { id: true },
    })
    expect(plants).toHaveLength(50)

    const results = await Promise.allSettled(
      plants.map((plant) =>
        f.tenant.as.HEAD_GROWER.plant.move({
          organizationId: org,
          plantId: plant.id,
          toPositionId: target.id,
          reason: 'REORGANIZE',
        }),
      ),
    )
    const winners = results.filter((result) => result.status === 'fulfilled')
    const losers = results.flatMap((result) => (result.status === 'rejected' ? [result] : []))
    expect(winners).toHaveLength(1)
    expect(losers).toHaveLength(49)
    const codes = losers.map((loser) => domainCodeOfError(loser.reason))
    expect(new Set(codes)).toEqual(new Set(['POSITION.OCCUPIED']))

    const there = await db.prisma.plant.findMany({ where: { positionId: target.id } })
    expect(there).toHaveLength(1)
    const winner = there[0]
    expect(winner?.address).toBe(target.address)
    expect((await db.prisma.position.findUniqueOrThrow({ where: { id: target.id } })).status).toBe(
      'OCCUPIED',
    )
    const moves = await db.prisma.plantLocationHistory.findMany({
      where: { toPositionId: target.id },
    })
    expect(moves).toHaveLength(1)
    expect(moves[0]).toMatchObject({ plantId: winner?.id, reason: 'REORGANIZE' })
    // The winner's old position is free; every other plant stayed where it was.
    const statuses = await db.prisma.position.groupBy({
      by: ['status'],
      where: { id: { in: sources.map((position) => position.id) } },
      _count: { _all: true },
    })
    expect(Object.fromEntries(statuses.map((s) => [s.status, s._count._all]))).toEqual({
      OCCUPIED: 49,
      EMPTY: 1,
    })
    const placed = await db.prisma.plant.count({
      where: { tagNumber: { in: tags }, positionId: { not: null } },
    })
    expect(placed).toBe(50)
    expect(await verifyAuditChain(db.prisma, org)).toMatchObject({ ok: true })
  })
})

describe('idempotent retries', () => {
  it('the same key twice applies once and answers the same', async () => {
    const plant = await f.tenant.as.OWNER.plant.create({
      organizationId: org,
      tagNumber: nextTag(),
      batchId: f.batchId,
      positionId: f.positionId(f.left(2, 1)),
    })
    const request = {
      organizationId: org,
      plantId: plant.id,
      toPositionId: f.positionId(f.left(2, 2)),
      reason: 'TRANSPLANT' as const,
      idempotencyKey: 'scan-0001-aaaa',
    }
    const first = await f.tenant.as.STAFF.plant.move(request)
    const second = await f.tenant.as.STAFF.plant.move(request)
    expect(second).toEqual(first)
    expect(await db.prisma.plantLocationHistory.count({ where: { plantId: plant.id } })).toBe(2)
    expect(
      await db.prisma.auditLog.count({ where: { entityId: plant.id, action: 'plant.move' } }),
    ).toBe(1)
  })

  it('the same key sent concurrently applies once', async () => {
    const plant = await f.tenant.as.OWNER.plant.create({
      organizationId: org,
      tagNumber: nextTag(),
      batchId: f.batchId,
      positionId: f.positionId(f.left(2, 3)),
    })
    const request = {
      organizationId: org,
      plantId: plant.id,
      toPositionId: f.positionId(f.left(2, 4)),
      reason: 'REORGANIZE' as const,
      idempotencyKey: 'scan-0002-bbbb',
    }
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => f.tenant.as.HEAD_GROWER.plant.move(request)),
    )
    for (const answer of answers) expect(answer).toEqual(answers[0])
    expect(await db.prisma.plantLocationHistory.count({ where: { plantId: plant.id } })).toBe(2)
  })

  it('a create retried with its key makes one plant', async () => {
    const request = {
      organizationId: org,
      tagNumber: nextTag(),
      batchId: f.batchId,
      positionId: f.positionId(f.left(3, 1)),
      idempotencyKey: 'create-0003-cccc',
    }
    const answers = await Promise.all([
      f.tenant.as.OWNER.plant.create(request),
      f.tenant.as.OWNER.plant.create(request),
      f.tenant.as.OWNER.plant.create(request),
    ])
    expect(new Set(answers.map((answer) => answer.id)).size).toBe(1)
    expect(await db.prisma.plant.count({ where: { tagNumber: request.tagNumber } })).toBe(1)
  })

  it('the same key with other input is IDEMPOTENCY.KEY_REUSED and changes nothing', async () => {
    const plant = await f.tenant.as.OWNER.plant.create({
      organizationId: org,
      tagNumber: nextTag(),
      batchId: f.batchId,
    })
    await f.tenant.as.OWNER.plant.updateStatus({
      organizationId: org,
      plantId: plant.id,
      status: 'DESTROYED',
      idempotencyKey: 'status-0004-dddd',
    })
    expect(
      await domainCodeOf(
        f.tenant.as.OWNER.plant.updateStatus({
          organizationId: org,
          plantId: plant.id,
          status: 'HARVESTED',
          idempotencyKey: 'status-0004-dddd',
        }),
      ),
    ).toBe('IDEMPOTENCY.KEY_REUSED')
    expect((await db.prisma.plant.findUniqueOrThrow({ where: { id: plant.id } })).status).toBe(
      'DESTROYED',
    )
  })
})

describe('plant.bulkPlace', () => {
  it('places a batch into many positions at once, idempotently', async () => {
    const positions = await longSection('BULK', 40)
    const request = {
      organizationId: org,
      batchId: f.batchId,
      positionIds: positions.map((position) => position.id),
      tagNumbers: positions.map(() => nextTag('BULK')),
      idempotencyKey: 'bulk-0005-eeee',
    }
    const first = await f.tenant.as.HEAD_GROWER.plant.bulkPlace(request)
    const again = await f.tenant.as.HEAD_GROWER.plant.bulkPlace(request)
    expect(first).toMatchObject({ batchId: f.batchId, placed: 40 })
    expect(again).toEqual(first)
    const plants = await db.prisma.plant.findMany({
      where: { tagNumber: { in: request.tagNumbers } },
      select: { tagNumber: true, address: true, positionId: true, status: true },
    })
    expect(plants).toHaveLength(40)
    const byTag = new Map(plants.map((plant) => [plant.tagNumber, plant]))
    request.tagNumbers.forEach((tag, index) => {
      expect(byTag.get(tag)).toMatchObject({
        positionId: positions[index]?.id,
        address: positions[index]?.address,
        status: 'ACTIVE',
      })
    })
    expect(
      await db.prisma.position.count({
        where: { id: { in: request.positionIds }, status: 'OCCUPIED' },
      }),
    ).toBe(40)
    expect(
      await db.prisma.plantLocationHistory.count({
        where: { toPositionId: { in: request.positionIds }, reason: 'PLACEMENT' },
      }),
    ).toBe(40)
    expect(
      await db.prisma.auditLog.count({ where: { entityId: f.batchId, action: 'plant.bulkPlace' } }),
    ).toBe(1)
  })

  it('one occupied target places nothing (all or nothing), naming the position', async () => {
    const positions = await longSection('ALLORNONE', 10)
    const blocker = positions[6]
    if (!blocker) throw new Error('no blocker')
    await f.tenant.as.OWNER.plant.create({
      organizationId: org,
      tagNumber: nextTag(),
      batchId: f.otherBatchId,
      positionId: blocker.id,
    })
    const plantsBefore = await db.prisma.plant.count()
    const tags = positions.map(() => nextTag('AON'))
    try {
      await f.tenant.as.OWNER.plant.bulkPlace({
        organizationId: org,
        batchId: f.batchId,
        positionIds: positions.map((position) => position.id),
        tagNumbers: tags,
      })
      expect.unreachable()
    } catch (error) {
      const cause = (error as { cause?: { code?: string; details?: unknown; message?: string } })
        .cause
      expect(cause?.code).toBe('POSITION.OCCUPIED')
      expect(cause?.message).toContain(blocker.address)
      expect(cause?.details).toMatchObject({ count: 1, positions: [{ address: blocker.address }] })
    }
    expect(await db.prisma.plant.count()).toBe(plantsBefore)
    expect(
      await db.prisma.position.count({
        where: { id: { in: positions.map((p) => p.id) }, status: 'OCCUPIED' },
      }),
    ).toBe(1)
  })

  it('a tag already used places nothing (PLANT.TAG_TAKEN)', async () => {
    const positions = await longSection('TAGS', 3)
    const used = await f.tenant.as.OWNER.plant.create({
      organizationId: org,
      tagNumber: nextTag(),
      batchId: f.batchId,
    })
    const before = await db.prisma.plant.count()
    expect(
      await domainCodeOf(
        f.tenant.as.OWNER.plant.bulkPlace({
          organizationId: org,
          batchId: f.batchId,
          positionIds: positions.map((position) => position.id),
          tagNumbers: [nextTag(), used.tagNumber, nextTag()],
        }),
      ),
    ).toBe('PLANT.TAG_TAKEN')
    expect(await db.prisma.plant.count()).toBe(before)
  })

  it('refuses mismatched tags and positions before touching the database', async () => {
    expect(
      await domainCodeOf(
        f.tenant.as.OWNER.plant.bulkPlace({
          organizationId: org,
          batchId: f.batchId,
          positionIds: [f.positionId(f.left(4, 1))],
          tagNumbers: [nextTag(), nextTag()],
        }),
      ),
    ).toBe('VALIDATION.FAILED')
  })
})
