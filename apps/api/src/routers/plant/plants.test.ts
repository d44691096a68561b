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
    await f.tenant.as.OWNER.plant.create({ organizationId: org, tagNumber: tag, batchId: f.batchId })
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
