// weight.record, weight.list and batch.yield (HARV1–HARV4) against a real database.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { upsertBatch } from '../../../../../prisma/seed/plants.ts'
import {
  createCultivationFixture,
  domainCodeOf,
  nextTag,
  type CultivationFixture,
} from '../../test/cultivation-fixture.ts'
import { createRecordingPublisher } from '../../test/recording-publisher.ts'
import { callerFor, type Caller } from '../../test/tenancy.ts'

let db: TestDatabase
let f: CultivationFixture
let org: string
let grower: Caller
let yieldBatchId: string
const live = createRecordingPublisher()

beforeAll(async () => {
  db = await createTestDatabase()
  f = await createCultivationFixture(db.prisma, 'weights')
  org = f.tenant.organizationId
  grower = await callerFor(db.prisma, f.tenant.userIds.HEAD_GROWER, live)
  const batch = await upsertBatch(db.prisma, {
    organizationId: org,
    propertyId: f.propertyId,
    name: 'B-9 Yield',
    strain: 'Gelato',
    stage: 'FLOWERING',
  })
  yieldBatchId = batch.id
})

afterAll(async () => {
  await db.drop()
})

describe('batch.yield', () => {
  it('[HARV3] [HARV4] totals mixed units in grams, counts plants, ratio and per-plant averages', async () => {
    const plants = []
    for (let i = 1; i <= 3; i += 1) {
      plants.push(
        await grower.plant.create({
          organizationId: org,
          tagNumber: nextTag('YLD'),
          batchId: yieldBatchId,
          positionId: f.positionId(f.left(1, i)),
        }),
      )
    }
    const [first, second] = plants
    if (!first || !second) throw new Error('plants missing')
    await grower.plant.harvest({
      organizationId: org,
      plantId: first.id,
      wetWeight: { value: 1, unit: 'KG' },
      idempotencyKey: randomUUID(),
    })
    await grower.plant.harvest({
      organizationId: org,
      plantId: second.id,
      wetWeight: { value: 2, unit: 'LB' },
      idempotencyKey: randomUUID(),
    })
    const record = (kind: 'WET' | 'DRY' | 'WASTE', value: number, unit: 'G' | 'KG' | 'OZ' | 'LB') =>
      grower.weight.record({ organizationId: org, batchId: yieldBatchId, kind, value, unit })
    await record('WET', 500, 'G')
    await record('DRY', 12, 'OZ')
    const waste = await record('WASTE', 0.2, 'KG')
    expect(waste.batchTotals).toEqual({ wetGrams: 2407.185, dryGrams: 340.194, wasteGrams: 200 })
    const summary = await f.tenant.as.ACCOUNTANT.batch.yield({
      organizationId: org,
      batchId: yieldBatchId,
    })
    expect(summary).toEqual({
      batchId: yieldBatchId,
      batchName: 'B-9 Yield',
      strain: 'Gelato',
      wetGrams: 2407.185,
      dryGrams: 340.194,
      wasteGrams: 200,
      plantCount: 3,
      harvestedCount: 2,
      dryToWetRatio: 0.1413,
      wetGramsPerPlant: 1203.593,
      dryGramsPerPlant: 170.097,
      logCount: 5,
    })
  })
})

describe('weight.record and weight.list', () => {
  it('records a plant weighing with a note; lists newest first with who recorded it', async () => {
    const plant = await grower.plant.create({
      organizationId: org,
      tagNumber: nextTag('WGT'),
      batchId: f.batchId,
    })
    live.clear()
    const recorded = await grower.weight.record({
      organizationId: org,
      batchId: f.batchId,
      plantId: plant.id,
      kind: 'DRY',
      value: 3.5,
      unit: 'OZ',
      note: ' trimmed ',
    })
    expect(recorded.log).toMatchObject({
      plantId: plant.id,
      plantTag: plant.tagNumber,
      kind: 'DRY',
      grams: 99.223,
      note: 'trimmed',
    })
    expect(live.published).toMatchObject([
      { type: 'weight.recorded', payload: { weightLogId: recorded.log.id, kind: 'DRY' } },
    ])
    await grower.weight.record({
      organizationId: org,
      batchId: f.batchId,
      kind: 'WASTE',
      value: 1,
      unit: 'G',
    })
    const list = await f.tenant.as.STAFF.weight.list({ organizationId: org, batchId: f.batchId })
    expect(list.map((log) => [log.kind, log.plantTag])).toEqual([
      ['WASTE', null],
      ['DRY', plant.tagNumber],
    ])
    expect(list[0]?.recordedByName).toBe('HEAD_GROWER of weights')
  })

  it('a keyed weighing replayed is stored once', async () => {
    const input = {
      organizationId: org,
      batchId: f.otherBatchId,
      kind: 'WET' as const,
      value: 1.5,
      unit: 'KG' as const,
      idempotencyKey: randomUUID(),
    }
    const first = await grower.weight.record(input)
    expect(await grower.weight.record(input)).toEqual(first)
    expect(await db.prisma.weightLog.count({ where: { batchId: f.otherBatchId } })).toBe(1)
  })

  it('refuses a plant of another batch, STAFF on unassigned batches, and other organizations', async () => {
    const plant = await grower.plant.create({
      organizationId: org,
      tagNumber: nextTag('WGT'),
      batchId: f.otherBatchId,
    })
    const input = {
      organizationId: org,
      batchId: f.batchId,
      plantId: plant.id,
      kind: 'WET' as const,
      value: 1,
      unit: 'G' as const,
    }
    expect(await domainCodeOf(grower.weight.record(input))).toBe('WEIGHT.PLANT_NOT_IN_BATCH')
    expect(
      await domainCodeOf(f.tenant.as.STAFF.weight.record({ ...input, batchId: f.otherBatchId })),
    ).toBe('AUTH.FORBIDDEN')
    expect(
      await domainCodeOf(
        f.tenant.as.STAFF.batch.yield({ organizationId: org, batchId: f.otherBatchId }),
      ),
    ).toBe('AUTH.FORBIDDEN')
    expect(
      await domainCodeOf(f.tenant.as.ACCOUNTANT.weight.record({ ...input, plantId: undefined })),
    ).toBe('AUTH.FORBIDDEN')
    const b = await createCultivationFixture(db.prisma, 'weights-b')
    const theirs = { organizationId: b.tenant.organizationId, batchId: f.batchId }
    expect(await domainCodeOf(b.tenant.as.OWNER.batch.yield(theirs))).toBe('NOT_FOUND')
    expect(await domainCodeOf(b.tenant.as.OWNER.weight.list(theirs))).toBe('NOT_FOUND')
    expect(
      await domainCodeOf(
        b.tenant.as.OWNER.weight.record({ ...theirs, kind: 'DRY', value: 1, unit: 'G' }),
      ),
    ).toBe('NOT_FOUND')
    expect(
      await domainCodeOf(grower.weight.record({ ...input, plantId: undefined, value: -1 })),
    ).toBe('VALIDATION.FAILED')
  })
})

describe('weights by role, audit and an empty batch', () => {
  it('STAFF records on an assigned batch; COMPLIANCE_MANAGER may not; each weighing is audited', async () => {
    const plant = await grower.plant.create({
      organizationId: org,
      tagNumber: nextTag('WGT'),
      batchId: f.batchId,
    })
    const recorded = await f.tenant.as.STAFF.weight.record({
      organizationId: org,
      batchId: f.batchId,
      plantId: plant.id,
      kind: 'WASTE',
      value: 40,
      unit: 'G',
    })
    expect(recorded.log).toMatchObject({ plantTag: plant.tagNumber, kind: 'WASTE', grams: 40 })
    const audit = await db.prisma.auditLog.findMany({
      where: { organizationId: org, entityId: recorded.log.id },
      select: { action: true, actorId: true, after: true },
    })
    expect(audit).toMatchObject([
      {
        action: 'weight.record',
        actorId: f.tenant.userIds.STAFF,
        after: { batchId: f.batchId, plantId: plant.id, kind: 'WASTE', value: 40, grams: 40 },
      },
    ])
    expect(
      await domainCodeOf(
        f.tenant.as.COMPLIANCE_MANAGER.weight.record({
          organizationId: org,
          batchId: f.batchId,
          kind: 'DRY',
          value: 1,
          unit: 'G',
        }),
      ),
    ).toBe('AUTH.FORBIDDEN')
    expect(
      await domainCodeOf(
        f.tenant.as.STAFF.weight.list({ organizationId: org, batchId: f.otherBatchId }),
      ),
    ).toBe('AUTH.FORBIDDEN')
    await expect(
      f.tenant.as.COMPLIANCE_MANAGER.weight.list({ organizationId: org, batchId: f.batchId }),
    ).resolves.toContainEqual(expect.objectContaining({ id: recorded.log.id }))
  })

  it('a note over 500 characters and a plant of another organization are refused', async () => {
    const b = await createCultivationFixture(db.prisma, 'weights-c')
    const theirs = await b.tenant.as.OWNER.plant.create({
      organizationId: b.tenant.organizationId,
      tagNumber: nextTag('WGT'),
      batchId: b.batchId,
    })
    const input = {
      organizationId: org,
      batchId: f.batchId,
      kind: 'DRY' as const,
      value: 1,
      unit: 'G' as const,
    }
    expect(await domainCodeOf(grower.weight.record({ ...input, note: 'x'.repeat(501) }))).toBe(
      'VALIDATION.FAILED',
    )
    expect(await domainCodeOf(grower.weight.record({ ...input, plantId: theirs.id }))).toBe(
      'NOT_FOUND',
    )
  })

  it('[HARV4] a batch with nothing weighed yet: zero totals, no ratio or averages', async () => {
    const empty = await upsertBatch(db.prisma, {
      organizationId: org,
      propertyId: f.propertyId,
      name: 'B-10 Empty',
      strain: 'Gelato',
      stage: 'VEGETATIVE',
    })
    expect(await grower.batch.yield({ organizationId: org, batchId: empty.id })).toMatchObject({
      wetGrams: 0,
      dryGrams: 0,
      wasteGrams: 0,
      plantCount: 0,
      harvestedCount: 0,
      dryToWetRatio: null,
      wetGramsPerPlant: null,
      dryGramsPerPlant: null,
      logCount: 0,
    })
    expect(await grower.weight.list({ organizationId: org, batchId: empty.id })).toEqual([])
  })
})
