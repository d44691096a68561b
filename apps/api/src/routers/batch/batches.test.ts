import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
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
  f = await createCultivationFixture(db.prisma, 'batches')
  org = f.tenant.organizationId
})

afterAll(async () => {
  await db.drop()
})

describe('batch.create', () => {
  it('starts a batch in PROPAGATION by default, audited', async () => {
    const batch = await f.tenant.as.HEAD_GROWER.batch.create({
      organizationId: org,
      propertyId: f.propertyId,
      name: '  B-3 Gelato ',
      strain: 'Gelato',
    })
    expect(batch).toMatchObject({
      name: 'B-3 Gelato',
      stage: 'PROPAGATION',
      propertyId: f.propertyId,
    })
    expect(
      await db.prisma.auditLog.count({ where: { entityId: batch.id, action: 'batch.create' } }),
    ).toBe(1)
  })

  it('refuses a name taken, a stage past growing, and roles without FULL access', async () => {
    const input = {
      organizationId: org,
      propertyId: f.propertyId,
      name: 'B-1 Blue Dream',
      strain: 'X',
    }
    expect(await domainCodeOf(f.tenant.as.OWNER.batch.create(input))).toBe('BATCH.NAME_TAKEN')
    expect(
      await domainCodeOf(
        f.tenant.as.OWNER.batch.create({
          ...input,
          name: 'B-new',
          // @ts-expect-error a batch is not created harvested
          stage: 'HARVESTED',
        }),
      ),
    ).toBe('VALIDATION.FAILED')
    for (const role of ['STAFF', 'COMPLIANCE_MANAGER', 'ACCOUNTANT'] as const) {
      expect(
        await domainCodeOf(f.tenant.as[role].batch.create({ ...input, name: `B-${role}` })),
      ).toBe('AUTH.FORBIDDEN')
    }
  })
})

describe('batch.list and batch.get', () => {
  it('lists batches with plant counts, filtered by property and stage', async () => {
    const plant = await f.tenant.as.OWNER.plant.create({
      organizationId: org,
      tagNumber: nextTag(),
      batchId: f.batchId,
      positionId: f.positionId(f.left(1, 1)),
    })
    await f.tenant.as.OWNER.plant.create({
      organizationId: org,
      tagNumber: nextTag(),
      batchId: f.batchId,
    })
    await f.tenant.as.OWNER.plant.updateStatus({
      organizationId: org,
      plantId: plant.id,
      status: 'DESTROYED',
    })
    const all = await f.tenant.as.ACCOUNTANT.batch.list({ organizationId: org })
    expect(all.find((batch) => batch.id === f.batchId)).toMatchObject({
      activePlants: 1,
      totalPlants: 2,
    })
    const vegetative = await f.tenant.as.OWNER.batch.list({
      organizationId: org,
      propertyId: f.propertyId,
      stage: 'VEGETATIVE',
    })
    expect(vegetative.map((batch) => batch.id).sort()).toEqual([f.batchId, f.otherBatchId].sort())
  })

  it('get gives next stages and assignees', async () => {
    const batch = await f.tenant.as.COMPLIANCE_MANAGER.batch.get({
      organizationId: org,
      batchId: f.batchId,
    })
    expect(batch).toMatchObject({
      id: f.batchId,
      stage: 'VEGETATIVE',
      nextStages: ['FLOWERING', 'DESTROYED'],
      assignees: [{ userId: f.tenant.userIds.STAFF }],
    })
  })

  it('STAFF sees only assigned batches', async () => {
    const listed = await f.tenant.as.STAFF.batch.list({ organizationId: org })
    expect(listed.map((batch) => batch.id)).toEqual([f.batchId])
    await expect(
      f.tenant.as.STAFF.batch.get({ organizationId: org, batchId: f.batchId }),
    ).resolves.toMatchObject({ id: f.batchId })
    expect(
      await domainCodeOf(
        f.tenant.as.STAFF.batch.get({ organizationId: org, batchId: f.otherBatchId }),
      ),
    ).toBe('AUTH.FORBIDDEN')
  })
})

describe('batch.changeStage', () => {
  it('walks the lifecycle one step at a time and refuses skips, naming from and to', async () => {
    const batch = await f.tenant.as.OWNER.batch.create({
      organizationId: org,
      propertyId: f.propertyId,
      name: 'B-lifecycle',
      strain: 'X',
    })
    const change = (stage: 'VEGETATIVE' | 'FLOWERING' | 'HARVESTED' | 'PROPAGATION') =>
      f.tenant.as.HEAD_GROWER.batch.changeStage({ organizationId: org, batchId: batch.id, stage })
    await expect(change('VEGETATIVE')).resolves.toMatchObject({ stage: 'VEGETATIVE' })
    try {
      await change('HARVESTED')
      expect.unreachable()
    } catch (error) {
      expect((error as { cause?: unknown }).cause).toMatchObject({
        code: 'BATCH.INVALID_STAGE_CHANGE',
        details: { from: 'VEGETATIVE', to: 'HARVESTED' },
      })
    }
    expect(await domainCodeOf(change('PROPAGATION'))).toBe('BATCH.INVALID_STAGE_CHANGE')
    await expect(change('FLOWERING')).resolves.toMatchObject({ stage: 'FLOWERING' })
    const audit = await db.prisma.auditLog.findMany({
      where: { entityId: batch.id, action: 'batch.changeStage' },
      orderBy: { seq: 'asc' },
      select: { before: true, after: true },
    })
    expect(audit).toMatchObject([
      { before: { stage: 'PROPAGATION' }, after: { stage: 'VEGETATIVE' } },
      { before: { stage: 'VEGETATIVE' }, after: { stage: 'FLOWERING' } },
    ])
  })

  it('concurrent changes from one stage: exactly one applies', async () => {
    const batch = await f.tenant.as.OWNER.batch.create({
      organizationId: org,
      propertyId: f.propertyId,
      name: 'B-concurrent',
      strain: 'X',
    })
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () =>
        f.tenant.as.OWNER.batch.changeStage({
          organizationId: org,
          batchId: batch.id,
          stage: 'VEGETATIVE',
        }),
      ),
    )
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1)
  })

  it('destroying a batch releases its reservations', async () => {
    const batch = await f.tenant.as.OWNER.batch.create({
      organizationId: org,
      propertyId: f.propertyId,
      name: 'B-doomed',
      strain: 'X',
    })
    await f.tenant.as.OWNER.position.reserve({
      organizationId: org,
      batchId: batch.id,
      positionIds: [f.positionId(f.left(4, 4))],
      until: new Date(Date.now() + 86_400_000),
    })
    await f.tenant.as.OWNER.batch.changeStage({
      organizationId: org,
      batchId: batch.id,
      stage: 'DESTROYED',
    })
    const position = await db.prisma.position.findUniqueOrThrow({
      where: { id: f.positionId(f.left(4, 4)) },
    })
    expect(position).toMatchObject({ status: 'EMPTY', reservedForBatchId: null })
    expect(
      await domainCodeOf(
        f.tenant.as.OWNER.batch.changeStage({
          organizationId: org,
          batchId: batch.id,
          stage: 'DESTROYED',
        }),
      ),
    ).toBe('BATCH.INVALID_STAGE_CHANGE')
  })

  it('STAFF changes only assigned batches; read roles change none', async () => {
    expect(
      await domainCodeOf(
        f.tenant.as.STAFF.batch.changeStage({
          organizationId: org,
          batchId: f.otherBatchId,
          stage: 'FLOWERING',
        }),
      ),
    ).toBe('AUTH.FORBIDDEN')
    for (const role of ['COMPLIANCE_MANAGER', 'ACCOUNTANT'] as const) {
      expect(
        await domainCodeOf(
          f.tenant.as[role].batch.changeStage({
            organizationId: org,
            batchId: f.batchId,
            stage: 'FLOWERING',
          }),
        ),
      ).toBe('AUTH.FORBIDDEN')
    }
  })
})

describe('batch.assign and batch.unassign', () => {
  it('gives and takes STAFF access, harmlessly repeated and audited once each', async () => {
    const staff = f.tenant.userIds.STAFF
    const input = { organizationId: org, batchId: f.otherBatchId, userId: staff }
    await expect(f.tenant.as.HEAD_GROWER.batch.assign(input)).resolves.toMatchObject({
      changed: true,
    })
    await expect(f.tenant.as.HEAD_GROWER.batch.assign(input)).resolves.toMatchObject({
      changed: false,
    })
    await expect(
      f.tenant.as.STAFF.batch.get({ organizationId: org, batchId: f.otherBatchId }),
    ).resolves.toMatchObject({ id: f.otherBatchId })
    await expect(f.tenant.as.OWNER.batch.unassign(input)).resolves.toMatchObject({
      assigned: false,
      changed: true,
    })
    await expect(f.tenant.as.OWNER.batch.unassign(input)).resolves.toMatchObject({ changed: false })
    expect(
      await domainCodeOf(
        f.tenant.as.STAFF.batch.get({ organizationId: org, batchId: f.otherBatchId }),
      ),
    ).toBe('AUTH.FORBIDDEN')
    const actions = await db.prisma.auditLog.findMany({
      where: { entityId: f.otherBatchId, action: { in: ['batch.assign', 'batch.unassign'] } },
      select: { action: true },
      orderBy: { seq: 'asc' },
    })
    expect(actions.map((row) => row.action)).toEqual(['batch.assign', 'batch.unassign'])
  })

  it('refuses non-members, and anyone without FULL access (STAFF cannot assign themselves)', async () => {
    const stranger = await db.prisma.user.create({
      data: { email: 'stranger@nowhere.test', name: 'Stranger' },
    })
    expect(
      await domainCodeOf(
        f.tenant.as.OWNER.batch.assign({
          organizationId: org,
          batchId: f.batchId,
          userId: stranger.id,
        }),
      ),
    ).toBe('NOT_FOUND')
    for (const role of ['STAFF', 'COMPLIANCE_MANAGER', 'ACCOUNTANT'] as const) {
      const input = { organizationId: org, batchId: f.otherBatchId, userId: f.tenant.userIds.STAFF }
      expect(await domainCodeOf(f.tenant.as[role].batch.assign(input))).toBe('AUTH.FORBIDDEN')
      expect(await domainCodeOf(f.tenant.as[role].batch.unassign(input))).toBe('AUTH.FORBIDDEN')
    }
  })
})
