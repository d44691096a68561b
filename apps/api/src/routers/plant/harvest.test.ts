// plant.harvest (HARV5): weight logged, position freed or plant hung on a rack, one
// transaction, keyed replays, conflicts as clear codes, live events after commit.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import {
  createCultivationFixture,
  domainCodeOf,
  domainCodeOfError,
  nextTag,
  type CultivationFixture,
} from '../../test/cultivation-fixture.ts'
import {
  createRecordingPublisher,
  type RecordingPublisher,
} from '../../test/recording-publisher.ts'
import { callerFor, type Caller } from '../../test/tenancy.ts'

let db: TestDatabase
let f: CultivationFixture
let org: string
let live: RecordingPublisher
let grower: Caller
const HANGER = (level: number, hanger: number) => `MAIN.GROW1.DRY-A.RACK1.L${level}.H${hanger}.P1`

beforeAll(async () => {
  db = await createTestDatabase()
  f = await createCultivationFixture(db.prisma, 'harvest')
  org = f.tenant.organizationId
  live = createRecordingPublisher()
  grower = await callerFor(db.prisma, f.tenant.userIds.HEAD_GROWER, live)
})

afterAll(async () => {
  await db.drop()
})

beforeEach(() => live.clear())

async function placedPlant(row: number, column: number, batchId = f.batchId) {
  return f.tenant.as.OWNER.plant.create({
    organizationId: org,
    tagNumber: nextTag('HRV'),
    batchId,
    positionId: f.positionId(f.left(row, column)),
  })
}

const weightLogsOf = (plantId: string) => db.prisma.weightLog.findMany({ where: { plantId } })
const positionStatus = async (address: string) =>
  (await db.prisma.position.findUniqueOrThrow({ where: { id: f.positionId(address) } })).status

describe('plant.harvest', () => {
  it('[HARV5] marks the plant harvested, logs its wet weight in grams and frees its position', async () => {
    const plant = await placedPlant(1, 1)
    const before = await db.prisma.weightLog.aggregate({
      where: { batchId: f.batchId, kind: 'WET' },
      _sum: { grams: true },
    })
    const harvest = await grower.plant.harvest({
      organizationId: org,
      plantId: plant.id,
      wetWeight: { value: 2.5, unit: 'LB' },
      idempotencyKey: randomUUID(),
    })
    expect(harvest).toMatchObject({
      plant: { id: plant.id, status: 'HARVESTED', positionId: null, address: null },
      weight: { value: 2.5, unit: 'LB', grams: 1133.981 },
      freed: { positionId: f.positionId(f.left(1, 1)), roomId: f.vegRoomId },
      hanger: null,
      batchWetGrams: (before._sum.grams ?? 0) + 1133.981,
    })
    const stored = await db.prisma.plant.findUniqueOrThrow({ where: { id: plant.id } })
    expect(stored.status).toBe('HARVESTED')
    expect(stored.harvestedAt?.toISOString()).toBe(harvest.harvestedAt)
    expect(await positionStatus(f.left(1, 1))).toBe('EMPTY')
    expect(await weightLogsOf(plant.id)).toMatchObject([
      { kind: 'WET', value: 2.5, unit: 'LB', grams: 1133.981, batchId: f.batchId },
    ])
    const history = await db.prisma.plantLocationHistory.findMany({
      where: { plantId: plant.id },
      orderBy: { movedAt: 'asc' },
    })
    expect(history.at(-1)).toMatchObject({
      fromAddress: f.left(1, 1),
      toAddress: null,
      reason: 'HARVEST',
    })
    expect(live.published.map((event) => event.type)).toEqual([
      'plant.removed',
      'occupancy.changed',
      'harvest.recorded',
    ])
    expect(live.published[2]?.payload).toMatchObject({
      plantId: plant.id,
      batchId: f.batchId,
      grams: 1133.981,
      batchWetGrams: harvest.batchWetGrams,
      roomId: f.vegRoomId,
    })
  })

  it('[HARV2] a replayed key answers as the first call did and never logs a second weight', async () => {
    const plant = await placedPlant(1, 2)
    const input = {
      organizationId: org,
      plantId: plant.id,
      wetWeight: { value: 900, unit: 'G' as const },
      idempotencyKey: randomUUID(),
    }
    const first = await grower.plant.harvest(input)
    live.clear()
    const replays = await Promise.all([grower.plant.harvest(input), grower.plant.harvest(input)])
    expect(replays).toEqual([first, first])
    expect(await weightLogsOf(plant.id)).toHaveLength(1)
    expect(live.published).toEqual([])
  })

  it('[HARV5] a plant harvested before is PLANT.ALREADY_HARVESTED; a destroyed one PLANT.NOT_ACTIVE', async () => {
    const plant = await placedPlant(1, 3)
    const harvest = (plantId: string) =>
      grower.plant.harvest({
        organizationId: org,
        plantId,
        wetWeight: { value: 1, unit: 'KG' },
        idempotencyKey: randomUUID(),
      })
    await harvest(plant.id)
    expect(await domainCodeOf(harvest(plant.id))).toBe('PLANT.ALREADY_HARVESTED')
    expect(await weightLogsOf(plant.id)).toHaveLength(1)
    const destroyed = await placedPlant(1, 4)
    await grower.plant.updateStatus({
      organizationId: org,
      plantId: destroyed.id,
      status: 'DESTROYED',
    })
    expect(await domainCodeOf(harvest(destroyed.id))).toBe('PLANT.NOT_ACTIVE')
  })

  it('[HARV5] hangs the plant on an empty rack hanger: moved there, grow position freed, history HARVEST', async () => {
    const plant = await placedPlant(2, 1)
    const harvest = await grower.plant.harvest({
      organizationId: org,
      plantId: plant.id,
      wetWeight: { value: 40, unit: 'OZ' },
      hangerPositionId: f.positionId(HANGER(1, 1)),
      idempotencyKey: randomUUID(),
    })
    expect(harvest.plant).toMatchObject({
      status: 'HARVESTED',
      address: HANGER(1, 1),
      roomId: f.dryRoomId,
    })
    expect(harvest.hanger).toMatchObject({ address: HANGER(1, 1), roomId: f.dryRoomId })
    expect(await positionStatus(HANGER(1, 1))).toBe('OCCUPIED')
    expect(await positionStatus(f.left(2, 1))).toBe('EMPTY')
    const last = await db.prisma.plantLocationHistory.findFirstOrThrow({
      where: { plantId: plant.id },
      orderBy: { movedAt: 'desc' },
    })
    expect(last).toMatchObject({
      fromAddress: f.left(2, 1),
      toAddress: HANGER(1, 1),
      reason: 'HARVEST',
    })
    expect(live.published.map((event) => [event.type, event.roomId])).toEqual([
      ['plant.moved', f.dryRoomId],
      ['occupancy.changed', [f.vegRoomId, f.dryRoomId].sort()[0]],
      ['occupancy.changed', [f.vegRoomId, f.dryRoomId].sort()[1]],
      ['harvest.recorded', f.vegRoomId],
    ])
  })

  it('[HARV5] a taken hanger is POSITION.OCCUPIED and a table position POSITION.NOT_A_HANGER; nothing changes', async () => {
    const hung = await placedPlant(2, 2)
    await grower.plant.harvest({
      organizationId: org,
      plantId: hung.id,
      wetWeight: { value: 1, unit: 'KG' },
      hangerPositionId: f.positionId(HANGER(1, 2)),
      idempotencyKey: randomUUID(),
    })
    const plant = await placedPlant(2, 3)
    const attempt = (hangerPositionId: string) =>
      grower.plant.harvest({
        organizationId: org,
        plantId: plant.id,
        wetWeight: { value: 1, unit: 'KG' },
        hangerPositionId,
        idempotencyKey: randomUUID(),
      })
    expect(await domainCodeOf(attempt(f.positionId(HANGER(1, 2))))).toBe('POSITION.OCCUPIED')
    expect(await domainCodeOf(attempt(f.positionId(f.left(4, 5))))).toBe('POSITION.NOT_A_HANGER')
    const stored = await db.prisma.plant.findUniqueOrThrow({ where: { id: plant.id } })
    expect(stored).toMatchObject({ status: 'ACTIVE', harvestedAt: null, address: f.left(2, 3) })
    expect(await weightLogsOf(plant.id)).toEqual([])
  })

  it('[HARV5] two harvests racing for one hanger: exactly one hangs there', async () => {
    const plants = [await placedPlant(3, 1), await placedPlant(3, 2)]
    const results = await Promise.allSettled(
      plants.map((plant) =>
        grower.plant.harvest({
          organizationId: org,
          plantId: plant.id,
          wetWeight: { value: 1, unit: 'KG' },
          hangerPositionId: f.positionId(HANGER(2, 3)),
          idempotencyKey: randomUUID(),
        }),
      ),
    )
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1)
    const refused = results.find((result) => result.status === 'rejected')
    expect(refused && domainCodeOfError(refused.reason)).toBe('POSITION.OCCUPIED')
  })

  it('STAFF harvests plants of assigned batches only; ACCOUNTANT and COMPLIANCE_MANAGER may not', async () => {
    const assigned = await placedPlant(4, 1)
    const other = await placedPlant(4, 2, f.otherBatchId)
    const input = (plantId: string) => ({
      organizationId: org,
      plantId,
      wetWeight: { value: 500, unit: 'G' as const },
      idempotencyKey: randomUUID(),
    })
    await expect(f.tenant.as.STAFF.plant.harvest(input(assigned.id))).resolves.toMatchObject({
      plant: { status: 'HARVESTED' },
    })
    expect(await domainCodeOf(f.tenant.as.STAFF.plant.harvest(input(other.id)))).toBe(
      'AUTH.FORBIDDEN',
    )
    for (const role of ['ACCOUNTANT', 'COMPLIANCE_MANAGER'] as const) {
      expect(await domainCodeOf(f.tenant.as[role].plant.harvest(input(other.id)))).toBe(
        'AUTH.FORBIDDEN',
      )
    }
  })

  it('another organization cannot harvest (NOT_FOUND) and bad weights are refused', async () => {
    const plant = await placedPlant(4, 3)
    const b = await createCultivationFixture(db.prisma, 'harvest-b')
    const intruder = b.tenant.as.OWNER
    const input = {
      organizationId: b.tenant.organizationId,
      plantId: plant.id,
      wetWeight: { value: 1, unit: 'KG' as const },
      idempotencyKey: randomUUID(),
    }
    expect(await domainCodeOf(intruder.plant.harvest(input))).toBe('NOT_FOUND')
    expect(
      await domainCodeOf(
        intruder.plant.harvest({ ...input, organizationId: org, idempotencyKey: randomUUID() }),
      ),
    ).toBe('AUTH.FORBIDDEN')
    expect(
      await domainCodeOf(
        grower.plant.harvest({
          ...input,
          organizationId: org,
          wetWeight: { value: 0, unit: 'G' },
        }),
      ),
    ).toBe('VALIDATION.FAILED')
    expect((await db.prisma.plant.findUniqueOrThrow({ where: { id: plant.id } })).status).toBe(
      'ACTIVE',
    )
  })
})

describe('plant.move of a harvested plant', () => {
  const move = (plantId: string, address: string) =>
    grower.plant.move({
      organizationId: org,
      plantId,
      toPositionId: f.positionId(address),
      reason: 'REORGANIZE',
    })

  it('[HARV5] moves between dry-rack hangers: the old hanger freed, the new one taken, history written', async () => {
    const plant = await placedPlant(3, 3)
    await grower.plant.harvest({
      organizationId: org,
      plantId: plant.id,
      wetWeight: { value: 1, unit: 'KG' },
      hangerPositionId: f.positionId(HANGER(2, 1)),
      idempotencyKey: randomUUID(),
    })
    live.clear()
    const moved = await move(plant.id, HANGER(2, 2))
    expect(moved).toMatchObject({
      plant: { status: 'HARVESTED', address: HANGER(2, 2) },
      from: { address: HANGER(2, 1) },
      to: { address: HANGER(2, 2) },
    })
    expect(await positionStatus(HANGER(2, 1))).toBe('EMPTY')
    expect(await positionStatus(HANGER(2, 2))).toBe('OCCUPIED')
    const stored = await db.prisma.plant.findUniqueOrThrow({ where: { id: plant.id } })
    expect(stored).toMatchObject({ status: 'HARVESTED', address: HANGER(2, 2) })
    expect(stored.harvestedAt).not.toBeNull()
    const last = await db.prisma.plantLocationHistory.findFirstOrThrow({
      where: { plantId: plant.id },
      orderBy: { movedAt: 'desc' },
    })
    expect(last).toMatchObject({
      fromAddress: HANGER(2, 1),
      toAddress: HANGER(2, 2),
      reason: 'REORGANIZE',
    })
    expect(live.published.map((event) => event.type)).toEqual(['plant.moved', 'occupancy.changed'])
  })

  it('[HARV5] never back into a grow position: POSITION.NOT_A_HANGER, nothing changes', async () => {
    const plant = await placedPlant(3, 4)
    await grower.plant.harvest({
      organizationId: org,
      plantId: plant.id,
      wetWeight: { value: 1, unit: 'KG' },
      hangerPositionId: f.positionId(HANGER(1, 3)),
      idempotencyKey: randomUUID(),
    })
    expect(await domainCodeOf(move(plant.id, f.left(4, 5)))).toBe('POSITION.NOT_A_HANGER')
    expect(await positionStatus(f.left(4, 5))).toBe('EMPTY')
    expect(await positionStatus(HANGER(1, 3))).toBe('OCCUPIED')
    expect(await db.prisma.plant.findUniqueOrThrow({ where: { id: plant.id } })).toMatchObject({
      status: 'HARVESTED',
      address: HANGER(1, 3),
    })
  })

  it('[HARV5] a harvested plant that left its position can be hung later; a destroyed one cannot move', async () => {
    const plant = await placedPlant(3, 5)
    await grower.plant.updateStatus({ organizationId: org, plantId: plant.id, status: 'HARVESTED' })
    await expect(move(plant.id, HANGER(2, 1))).resolves.toMatchObject({
      from: null,
      to: { address: HANGER(2, 1) },
    })
    const destroyed = await placedPlant(4, 4)
    await grower.plant.updateStatus({
      organizationId: org,
      plantId: destroyed.id,
      status: 'DESTROYED',
    })
    expect(await domainCodeOf(move(destroyed.id, HANGER(2, 2)))).toBe('PLANT.NOT_ACTIVE')
  })
})
