import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { verifyAuditChain } from '../../services/audit/verify-audit-chain.ts'
import {
  createCultivationFixture,
  domainCodeOf,
  nextTag,
  type CultivationFixture,
} from '../../test/cultivation-fixture.ts'

let db: TestDatabase
let f: CultivationFixture
let org: string

beforeAll(async () => {
  db = await createTestDatabase()
  f = await createCultivationFixture(db.prisma, 'plants')
  org = f.tenant.organizationId
})

afterAll(async () => {
  await db.drop()
})

async function auditActionsFor(entityId: string) {
  const rows = await db.prisma.auditLog.findMany({
    where: { organizationId: org, entityId },
    orderBy: { seq: 'asc' },
    select: { action: true, actorId: true },
  })
  return rows.map((row) => row.action)
}

describe('plant.create', () => {
  it('creates a placed plant: position occupied, address set, history and audit written', async () => {
    const tag = nextTag()
    const plant = await f.tenant.as.HEAD_GROWER.plant.create({
      organizationId: org,
      tagNumber: ` ${tag.toLowerCase()} `,
      batchId: f.batchId,
      positionId: f.positionId(f.left(1, 1)),
    })
    expect(plant).toMatchObject({
      tagNumber: tag,
      status: 'ACTIVE',
      batchId: f.batchId,
      batchName: 'B-1 Blue Dream',
      address: f.left(1, 1),
      roomId: f.vegRoomId,
    })
    const position = await db.prisma.position.findUniqueOrThrow({
      where: { id: f.positionId(f.left(1, 1)) },
    })
    expect(position.status).toBe('OCCUPIED')
    const history = await db.prisma.plantLocationHistory.findMany({ where: { plantId: plant.id } })
    expect(history).toMatchObject([
      { toAddress: f.left(1, 1), reason: 'PLACEMENT', movedById: f.tenant.userIds.HEAD_GROWER },
    ])
    expect(await auditActionsFor(plant.id)).toEqual(['plant.create'])
  })

  it('creates an unplaced plant', async () => {
    const plant = await f.tenant.as.OWNER.plant.create({
      organizationId: org,
      tagNumber: nextTag(),
      batchId: f.otherBatchId,
    })
    expect(plant).toMatchObject({ positionId: null, address: null, roomId: null })
  })

  it('refuses a tag already used (PLANT.TAG_TAKEN) and a tag of the wrong shape', async () => {
    const tag = nextTag()
    await f.tenant.as.OWNER.plant.create({
      organizationId: org,
      tagNumber: tag,
      batchId: f.batchId,
    })
    expect(
      await domainCodeOf(
        f.tenant.as.OWNER.plant.create({ organizationId: org, tagNumber: tag, batchId: f.batchId }),
      ),
    ).toBe('PLANT.TAG_TAKEN')
    expect(
      await domainCodeOf(
        f.tenant.as.OWNER.plant.create({
          organizationId: org,
          tagNumber: 'SHORT',
          batchId: f.batchId,
        }),
      ),
    ).toBe('VALIDATION.FAILED')
  })

  it('refuses an occupied position and changes nothing', async () => {
    const before = await db.prisma.plant.count()
    expect(
      await domainCodeOf(
        f.tenant.as.OWNER.plant.create({
          organizationId: org,
          tagNumber: nextTag(),
          batchId: f.batchId,
          positionId: f.positionId(f.left(1, 1)),
        }),
      ),
    ).toBe('POSITION.OCCUPIED')
    expect(await db.prisma.plant.count()).toBe(before)
  })
})

async function placed(address: string, batchId = f.batchId) {
  return f.tenant.as.OWNER.plant.create({
    organizationId: org,
    tagNumber: nextTag(),
    batchId,
    positionId: f.positionId(address),
  })
}

describe('plant.move', () => {
  it('moves a plant: old position freed, new one occupied, history and audit written', async () => {
    const plant = await placed(f.left(1, 2))
    const moved = await f.tenant.as.HEAD_GROWER.plant.move({
      organizationId: org,
      plantId: plant.id,
      toPositionId: f.positionId(f.left(1, 3)),
      reason: 'TRANSPLANT',
    })
    expect(moved).toMatchObject({
      plant: { id: plant.id, address: f.left(1, 3) },
      from: { address: f.left(1, 2) },
      to: { address: f.left(1, 3) },
      reason: 'TRANSPLANT',
    })
    const [from, to] = await Promise.all(
      [f.left(1, 2), f.left(1, 3)].map((address) =>
        db.prisma.position.findUniqueOrThrow({ where: { id: f.positionId(address) } }),
      ),
    )
    expect([from?.status, to?.status]).toEqual(['EMPTY', 'OCCUPIED'])
    const history = await f.tenant.as.ACCOUNTANT.plant.history({
      organizationId: org,
      plantId: plant.id,
    })
    expect(history.entries).toMatchObject([
      { fromAddress: null, toAddress: f.left(1, 2), reason: 'PLACEMENT' },
      {
        fromAddress: f.left(1, 2),
        toAddress: f.left(1, 3),
        reason: 'TRANSPLANT',
        movedByName: 'HEAD_GROWER of plants',
      },
    ])
    expect(await auditActionsFor(plant.id)).toEqual(['plant.create', 'plant.move'])
    expect(await verifyAuditChain(db.prisma, org)).toMatchObject({ ok: true })
  })

  it('refuses a position reserved for another batch, takes one reserved for its own or expired', async () => {
    const plant = await placed(f.left(1, 4))
    const future = new Date(Date.now() + 86_400_000)
    await db.prisma.position.update({
      where: { id: f.positionId(f.left(1, 5)) },
      data: { status: 'RESERVED', reservedForBatchId: f.otherBatchId, reservedUntil: future },
    })
    const move = (address: string) =>
      f.tenant.as.OWNER.plant.move({
        organizationId: org,
        plantId: plant.id,
        toPositionId: f.positionId(address),
        reason: 'REORGANIZE',
      })
    expect(await domainCodeOf(move(f.left(1, 5)))).toBe('POSITION.RESERVED')
    await db.prisma.position.update({
      where: { id: f.positionId(f.left(1, 5)) },
      data: { reservedUntil: new Date(Date.now() - 1000) },
    })
    await expect(move(f.left(1, 5))).resolves.toMatchObject({ to: { address: f.left(1, 5) } })
    await db.prisma.position.update({
      where: { id: f.positionId(f.left(3, 5)) },
      data: { status: 'RESERVED', reservedForBatchId: f.batchId, reservedUntil: future },
    })
    await expect(move(f.left(3, 5))).resolves.toMatchObject({ to: { address: f.left(3, 5) } })
    const taken = await db.prisma.position.findUniqueOrThrow({
      where: { id: f.positionId(f.left(3, 5)) },
    })
    expect(taken).toMatchObject({ status: 'OCCUPIED', reservedForBatchId: null })
  })

  it('refuses a damaged position, the same position, and a plant that is not active', async () => {
    const plant = await placed(f.left(3, 1))
    await db.prisma.position.update({
      where: { id: f.positionId(f.left(3, 2)) },
      data: { status: 'DAMAGED' },
    })
    const move = (address: string) =>
      f.tenant.as.OWNER.plant.move({
        organizationId: org,
        plantId: plant.id,
        toPositionId: f.positionId(address),
        reason: 'REORGANIZE',
      })
    expect(await domainCodeOf(move(f.left(3, 2)))).toBe('POSITION.UNAVAILABLE')
    expect(await domainCodeOf(move(f.left(3, 1)))).toBe('PLANT.ALREADY_THERE')
    await f.tenant.as.OWNER.plant.updateStatus({
      organizationId: org,
      plantId: plant.id,
      status: 'DESTROYED',
    })
    expect(await domainCodeOf(move(f.left(3, 3)))).toBe('PLANT.NOT_ACTIVE')
  })

  it('the unique position index has the last word: POSITION.OCCUPIED even when the status lies', async () => {
    const holder = await placed(f.left(4, 1))
    const mover = await placed(f.left(4, 2))
    // A status out of step with the plants (e.g. edited by hand) must not let a second plant in.
    await db.prisma.position.update({
      where: { id: f.positionId(f.left(4, 1)) },
      data: { status: 'EMPTY' },
    })
    expect(
      await domainCodeOf(
        f.tenant.as.OWNER.plant.move({
          organizationId: org,
          plantId: mover.id,
          toPositionId: f.positionId(f.left(4, 1)),
          reason: 'REORGANIZE',
        }),
      ),
    ).toBe('POSITION.OCCUPIED')
    const there = await db.prisma.plant.findMany({
      where: { positionId: f.positionId(f.left(4, 1)) },
    })
    expect(there.map((plant) => plant.id)).toEqual([holder.id])
    await db.prisma.position.update({
      where: { id: f.positionId(f.left(4, 1)) },
      data: { status: 'OCCUPIED' },
    })
  })
})

describe('plant lookups', () => {
  it('byAddress finds the plant at a typed address, and says when a position is empty', async () => {
    const plant = await placed('MAIN.GROW1.VEG-A.RIGHT.R1.C1.P1')
    const found = await f.tenant.as.COMPLIANCE_MANAGER.plant.byAddress({
      organizationId: org,
      address: ' main.grow1.veg-a.right.r1.c1.p1 ',
    })
    expect(found).toMatchObject({
      position: { address: 'MAIN.GROW1.VEG-A.RIGHT.R1.C1.P1', status: 'OCCUPIED' },
      plant: { id: plant.id, tagNumber: plant.tagNumber },
      plantHidden: false,
    })
    const empty = await f.tenant.as.OWNER.plant.byAddress({
      organizationId: org,
      address: 'MAIN.GROW1.VEG-A.RIGHT.R2.C3.P1',
    })
    expect(empty).toMatchObject({ plant: null, position: { status: 'EMPTY' } })
    expect(
      await domainCodeOf(
        f.tenant.as.OWNER.plant.byAddress({
          organizationId: org,
          address: 'MAIN.GROW1.VEG-A.RIGHT.R9.C9.P1',
        }),
      ),
    ).toBe('NOT_FOUND')
    expect(
      await domainCodeOf(
        f.tenant.as.OWNER.plant.byAddress({ organizationId: org, address: 'MAIN.GROW1' }),
      ),
    ).toBe('VALIDATION.FAILED')
  })

  it('byTag finds a plant by its typed tag; an unknown tag is NOT_FOUND', async () => {
    const plant = await placed('MAIN.GROW1.VEG-A.RIGHT.R1.C2.P1')
    await expect(
      f.tenant.as.ACCOUNTANT.plant.byTag({
        organizationId: org,
        tagNumber: plant.tagNumber.toLowerCase(),
      }),
    ).resolves.toMatchObject({ id: plant.id, address: 'MAIN.GROW1.VEG-A.RIGHT.R1.C2.P1' })
    expect(
      await domainCodeOf(
        f.tenant.as.OWNER.plant.byTag({ organizationId: org, tagNumber: 'Z'.repeat(24) }),
      ),
    ).toBe('NOT_FOUND')
  })
})

describe('plant.updateStatus', () => {
  it('ends a plant, frees its position, writes history; a second change is PLANT.NOT_ACTIVE', async () => {
    const plant = await placed('MAIN.GROW1.VEG-A.RIGHT.R1.C3.P1')
    const changed = await f.tenant.as.HEAD_GROWER.plant.updateStatus({
      organizationId: org,
      plantId: plant.id,
      status: 'HARVESTED',
    })
    expect(changed).toMatchObject({
      plant: { status: 'HARVESTED', positionId: null, address: null },
      freed: { address: 'MAIN.GROW1.VEG-A.RIGHT.R1.C3.P1' },
    })
    const position = await db.prisma.position.findUniqueOrThrow({
      where: { id: f.positionId('MAIN.GROW1.VEG-A.RIGHT.R1.C3.P1') },
    })
    expect(position.status).toBe('EMPTY')
    const history = await f.tenant.as.OWNER.plant.history({
      organizationId: org,
      plantId: plant.id,
    })
    expect(history.entries.at(-1)).toMatchObject({
      fromAddress: 'MAIN.GROW1.VEG-A.RIGHT.R1.C3.P1',
      toAddress: null,
      reason: 'HARVEST',
    })
    expect(
      await domainCodeOf(
        f.tenant.as.OWNER.plant.updateStatus({
          organizationId: org,
          plantId: plant.id,
          status: 'DESTROYED',
        }),
      ),
    ).toBe('PLANT.NOT_ACTIVE')
    expect(
      await domainCodeOf(
        f.tenant.as.OWNER.plant.updateStatus({
          organizationId: org,
          plantId: plant.id,
          // @ts-expect-error ACTIVE is not a status a plant can be given
          status: 'ACTIVE',
        }),
      ),
    ).toBe('VALIDATION.FAILED')
    expect(await auditActionsFor(plant.id)).toEqual(['plant.create', 'plant.updateStatus'])
  })

  it('[HARV5] HARVESTED by status is stamped with harvestedAt as plant.harvest does; other ends are not', async () => {
    const harvested = await placed('MAIN.GROW1.VEG-A.RIGHT.R2.C3.P1')
    const before = Date.now()
    const changed = await f.tenant.as.HEAD_GROWER.plant.updateStatus({
      organizationId: org,
      plantId: harvested.id,
      status: 'HARVESTED',
    })
    const stored = await db.prisma.plant.findUniqueOrThrow({ where: { id: harvested.id } })
    expect(stored.harvestedAt).not.toBeNull()
    expect(stored.harvestedAt?.toISOString()).toBe(changed.harvestedAt)
    expect(stored.harvestedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000)
    const destroyed = await f.tenant.as.OWNER.plant.create({
      organizationId: org,
      tagNumber: nextTag(),
      batchId: f.batchId,
    })
    const ended = await f.tenant.as.OWNER.plant.updateStatus({
      organizationId: org,
      plantId: destroyed.id,
      status: 'DESTROYED',
    })
    expect(ended.harvestedAt).toBeNull()
    expect(
      (await db.prisma.plant.findUniqueOrThrow({ where: { id: destroyed.id } })).harvestedAt,
    ).toBeNull()
  })
})

describe('plant.list', () => {
  it('filters by batch, room and status and pages with a cursor', async () => {
    const all = await f.tenant.as.OWNER.plant.list({ organizationId: org, batchId: f.batchId })
    expect(all.items.length).toBeGreaterThan(3)
    expect(all.items.every((plant) => plant.batchId === f.batchId)).toBe(true)
    const pages: string[] = []
    let cursor: string | undefined
    do {
      const page = await f.tenant.as.OWNER.plant.list({
        organizationId: org,
        batchId: f.batchId,
        limit: 2,
        ...(cursor ? { cursor } : {}),
      })
      pages.push(...page.items.map((plant) => plant.id))
      cursor = page.nextCursor ?? undefined
    } while (cursor)
    expect(pages).toEqual(all.items.map((plant) => plant.id))
    const ended = await f.tenant.as.OWNER.plant.list({ organizationId: org, status: 'HARVESTED' })
    expect(ended.items.every((plant) => plant.status === 'HARVESTED')).toBe(true)
    const inRoom = await f.tenant.as.OWNER.plant.list({ organizationId: org, roomId: f.vegRoomId })
    expect(inRoom.items.every((plant) => plant.roomId === f.vegRoomId)).toBe(true)
    expect(inRoom.items.length).toBeGreaterThan(0)
  })
})

describe('roles', () => {
  it('COMPLIANCE_MANAGER and ACCOUNTANT read but may not change plants', async () => {
    const plant = await placed(f.left(2, 5))
    for (const role of ['COMPLIANCE_MANAGER', 'ACCOUNTANT'] as const) {
      const as = f.tenant.as[role]
      await expect(
        as.plant.byTag({ organizationId: org, tagNumber: plant.tagNumber }),
      ).resolves.toBeTruthy()
      const refusals = await Promise.all([
        domainCodeOf(
          as.plant.create({ organizationId: org, tagNumber: nextTag(), batchId: f.batchId }),
        ),
        domainCodeOf(
          as.plant.move({
            organizationId: org,
            plantId: plant.id,
            toPositionId: f.positionId(f.left(3, 4)),
            reason: 'REORGANIZE',
          }),
        ),
        domainCodeOf(
          as.plant.bulkPlace({
            organizationId: org,
            batchId: f.batchId,
            positionIds: [f.positionId(f.left(3, 4))],
            tagNumbers: [nextTag()],
          }),
        ),
        domainCodeOf(
          as.plant.updateStatus({ organizationId: org, plantId: plant.id, status: 'DESTROYED' }),
        ),
      ])
      expect(refusals).toEqual(Array(4).fill('AUTH.FORBIDDEN'))
    }
    expect((await db.prisma.plant.findUniqueOrThrow({ where: { id: plant.id } })).status).toBe(
      'ACTIVE',
    )
  })

  it('STAFF acts only on plants of batches assigned to them', async () => {
    const mine = await placed('MAIN.GROW1.VEG-A.RIGHT.R2.C1.P1', f.batchId)
    const theirs = await placed('MAIN.GROW1.VEG-A.RIGHT.R2.C2.P1', f.otherBatchId)
    const staff = f.tenant.as.STAFF
    await expect(
      staff.plant.move({
        organizationId: org,
        plantId: mine.id,
        toPositionId: f.positionId(f.left(3, 4)),
        reason: 'TRANSPLANT',
      }),
    ).resolves.toMatchObject({ to: { address: f.left(3, 4) } })
    const refusals = await Promise.all([
      domainCodeOf(
        staff.plant.move({
          organizationId: org,
          plantId: theirs.id,
          toPositionId: f.positionId(f.left(3, 3)),
          reason: 'TRANSPLANT',
        }),
      ),
      domainCodeOf(
        staff.plant.create({ organizationId: org, tagNumber: nextTag(), batchId: f.otherBatchId }),
      ),
      domainCodeOf(
        staff.plant.updateStatus({ organizationId: org, plantId: theirs.id, status: 'DESTROYED' }),
      ),
      domainCodeOf(staff.plant.byTag({ organizationId: org, tagNumber: theirs.tagNumber })),
      domainCodeOf(staff.plant.history({ organizationId: org, plantId: theirs.id })),
    ])
    expect(refusals).toEqual(Array(5).fill('AUTH.FORBIDDEN'))
    const hidden = await staff.plant.byAddress({
      organizationId: org,
      address: 'MAIN.GROW1.VEG-A.RIGHT.R2.C2.P1',
    })
    expect(hidden).toMatchObject({
      plant: null,
      plantHidden: true,
      position: { status: 'OCCUPIED' },
    })
    const listed = await staff.plant.list({ organizationId: org })
    expect(listed.items.every((plant) => plant.batchId === f.batchId)).toBe(true)
    expect(listed.items.map((plant) => plant.id)).toContain(mine.id)
    await expect(
      staff.plant.create({ organizationId: org, tagNumber: nextTag(), batchId: f.batchId }),
    ).resolves.toMatchObject({ batchId: f.batchId })
  })

  it('a batch that is no longer growing takes no new plants', async () => {
    const batch = await f.tenant.as.OWNER.batch.create({
      organizationId: org,
      propertyId: f.propertyId,
      name: 'B-harvested',
      strain: 'X',
      stage: 'FLOWERING',
    })
    await f.tenant.as.OWNER.batch.changeStage({
      organizationId: org,
      batchId: batch.id,
      stage: 'HARVESTED',
    })
    expect(
      await domainCodeOf(
        f.tenant.as.OWNER.plant.create({
          organizationId: org,
          tagNumber: nextTag(),
          batchId: batch.id,
        }),
      ),
    ).toBe('CONFLICT')
  })
})
