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
const DAY = 86_400_000

beforeAll(async () => {
  db = await createTestDatabase()
  f = await createCultivationFixture(db.prisma, 'positions')
  org = f.tenant.organizationId
  // VEG-A: one plant of each batch, one damaged, one reserved (future), one reserved (expired).
  await f.tenant.as.OWNER.plant.create({
    organizationId: org,
    tagNumber: nextTag(),
    batchId: f.batchId,
    positionId: f.positionId(f.left(1, 1)),
  })
  await f.tenant.as.OWNER.plant.create({
    organizationId: org,
    tagNumber: nextTag(),
    batchId: f.otherBatchId,
    positionId: f.positionId(f.left(1, 2)),
  })
  await db.prisma.position.update({
    where: { id: f.positionId(f.left(1, 3)) },
    data: { status: 'DAMAGED' },
  })
  await db.prisma.position.update({
    where: { id: f.positionId(f.left(1, 4)) },
    data: {
      status: 'RESERVED',
      reservedForBatchId: f.otherBatchId,
      reservedUntil: new Date(Date.now() + DAY),
    },
  })
  await db.prisma.position.update({
    where: { id: f.positionId(f.left(1, 5)) },
    data: {
      status: 'RESERVED',
      reservedForBatchId: f.otherBatchId,
      reservedUntil: new Date(Date.now() - DAY),
    },
  })
})

afterAll(async () => {
  await db.drop()
})

describe('room.positions', () => {
  it('lists every position in grid order with effective status and plant', async () => {
    const result = await f.tenant.as.ACCOUNTANT.room.positions({
      organizationId: org,
      roomId: f.vegRoomId,
    })
    expect(result.room).toMatchObject({
      code: 'VEG-A',
      buildingCode: 'GROW1',
      propertyCode: 'MAIN',
    })
    expect(result.sections).toEqual([
      expect.objectContaining({ code: 'LEFT', form: 'table', rowCount: 4, columnCount: 5 }),
      expect.objectContaining({ code: 'RIGHT', form: 'table', rowCount: 2, columnCount: 3 }),
    ])
    expect(result.positions).toHaveLength(26)
    expect(result.positions.slice(0, 6).map((p) => [p.address, p.status])).toEqual([
      [f.left(1, 1), 'OCCUPIED'],
      [f.left(1, 2), 'OCCUPIED'],
      [f.left(1, 3), 'DAMAGED'],
      [f.left(1, 4), 'RESERVED'],
      [f.left(1, 5), 'EMPTY'],
      [f.left(2, 1), 'EMPTY'],
    ])
    expect(result.positions[0]?.plant).toMatchObject({
      batchId: f.batchId,
      batchName: 'B-1 Blue Dream',
      stage: 'VEGETATIVE',
      status: 'ACTIVE',
    })
    expect(result.positions[3]).toMatchObject({ reservedForBatchId: f.otherBatchId })
    // An expired reservation frees itself: it reads EMPTY with no reservation.
    expect(result.positions[4]).toMatchObject({ reservedForBatchId: null, reservedUntil: null })
  })

  it('shows STAFF the grid but hides plants of batches not assigned to them', async () => {
    const result = await f.tenant.as.STAFF.room.positions({
      organizationId: org,
      roomId: f.vegRoomId,
    })
    expect(result.positions[0]?.plant).not.toBeNull()
    expect(result.positions[1]).toMatchObject({ status: 'OCCUPIED', plant: null })
  })

  it('draws a rack in its L/H form', async () => {
    const result = await f.tenant.as.OWNER.room.positions({
      organizationId: org,
      roomId: f.dryRoomId,
    })
    expect(result.sections).toMatchObject([
      { code: 'RACK1', form: 'rack', rowCount: 2, columnCount: 3 },
    ])
    expect(result.positions[0]?.address).toBe('MAIN.GROW1.DRY-A.RACK1.L1.H1.P1')
  })
})

describe('occupancy', () => {
  it('room.occupancy counts an expired reservation as empty', async () => {
    await expect(
      f.tenant.as.STAFF.room.occupancy({ organizationId: org, roomId: f.vegRoomId }),
    ).resolves.toEqual({ total: 26, occupied: 2, empty: 22, reserved: 1, damaged: 1 })
  })

  it('property.occupancy gives every room of the property', async () => {
    await expect(
      f.tenant.as.COMPLIANCE_MANAGER.property.occupancy({
        organizationId: org,
        propertyId: f.propertyId,
      }),
    ).resolves.toEqual([
      {
        roomId: f.dryRoomId,
        roomCode: 'DRY-A',
        buildingCode: 'GROW1',
        total: 6,
        occupied: 0,
        empty: 6,
        reserved: 0,
        damaged: 0,
      },
      {
        roomId: f.vegRoomId,
        roomCode: 'VEG-A',
        buildingCode: 'GROW1',
        total: 26,
        occupied: 2,
        empty: 22,
        reserved: 1,
        damaged: 1,
      },
    ])
  })
})

describe('plant.byAddress on reserved positions', () => {
  it('reads a live reservation as RESERVED and an expired one as EMPTY', async () => {
    const at = (address: string) =>
      f.tenant.as.OWNER.plant.byAddress({ organizationId: org, address })
    await expect(at(f.left(1, 4))).resolves.toMatchObject({ position: { status: 'RESERVED' } })
    await expect(at(f.left(1, 5))).resolves.toMatchObject({ position: { status: 'EMPTY' } })
    const found = await at(f.left(1, 1))
    const byTag = await f.tenant.as.OWNER.plant.byTag({
      organizationId: org,
      tagNumber: found.plant?.tagNumber ?? '',
    })
    expect(found.plant).toEqual(byTag)
  })
})

describe('position.available', () => {
  it('finds a contiguous run first, counting expired reservations as free', async () => {
    const found = await f.tenant.as.HEAD_GROWER.position.available({
      organizationId: org,
      roomId: f.vegRoomId,
      sectionId: f.leftSectionId,
      count: 6,
    })
    expect(found.contiguous).toBe(true)
    expect(found.positions.map((p) => p.address)).toEqual([
      f.left(1, 5),
      f.left(2, 1),
      f.left(2, 2),
      f.left(2, 3),
      f.left(2, 4),
      f.left(2, 5),
    ])
  })

  it('counts positions reserved for the asking batch as free', async () => {
    const found = await f.tenant.as.OWNER.position.available({
      organizationId: org,
      roomId: f.vegRoomId,
      count: 1,
      batchId: f.otherBatchId,
    })
    expect(found.positions.map((p) => p.address)).toEqual([f.left(1, 4)])
  })

  it('falls back to separate runs, and refuses when too few are free', async () => {
    const found = await f.tenant.as.OWNER.position.available({
      organizationId: org,
      roomId: f.vegRoomId,
      count: 22,
    })
    expect(found).toMatchObject({ contiguous: false })
    expect(found.positions).toHaveLength(22)
    try {
      await f.tenant.as.OWNER.position.available({
        organizationId: org,
        roomId: f.vegRoomId,
        count: 23,
      })
      expect.unreachable()
    } catch (error) {
      expect((error as { cause?: unknown }).cause).toMatchObject({
        code: 'POSITION.NOT_ENOUGH_FREE',
        details: { requested: 23, available: 22 },
      })
    }
    expect(
      await domainCodeOf(
        f.tenant.as.OWNER.position.available({
          organizationId: org,
          roomId: f.vegRoomId,
          count: 0,
        }),
      ),
    ).toBe('VALIDATION.FAILED')
  })
})

describe('position.reserve', () => {
  it('reserves all or nothing, naming the positions refused', async () => {
    const until = new Date(Date.now() + 2 * DAY)
    const ids = [f.left(3, 1), f.left(3, 2), f.left(1, 2)].map(f.positionId)
    try {
      await f.tenant.as.HEAD_GROWER.position.reserve({
        organizationId: org,
        positionIds: ids,
        batchId: f.batchId,
        until,
      })
      expect.unreachable()
    } catch (error) {
      expect((error as { cause?: unknown }).cause).toMatchObject({
        code: 'POSITION.OCCUPIED',
        details: { count: 1, positions: [{ address: f.left(1, 2) }] },
      })
    }
    expect(await db.prisma.position.count({ where: { id: { in: ids }, status: 'RESERVED' } })).toBe(
      0,
    )
    const reserved = await f.tenant.as.HEAD_GROWER.position.reserve({
      organizationId: org,
      positionIds: ids.slice(0, 2),
      batchId: f.batchId,
      until: until.toISOString(),
    })
    expect(reserved).toEqual({ reserved: 2, batchId: f.batchId, until: until.toISOString() })
    expect(
      await db.prisma.auditLog.count({
        where: { entityId: f.batchId, action: 'position.reserve' },
      }),
    ).toBe(1)
    // Another batch cannot take them; the expired reservation can be re-reserved.
    expect(
      await domainCodeOf(
        f.tenant.as.OWNER.position.reserve({
          organizationId: org,
          positionIds: [ids[0] ?? ''],
          batchId: f.otherBatchId,
          until,
        }),
      ),
    ).toBe('POSITION.RESERVED')
    await expect(
      f.tenant.as.OWNER.position.reserve({
        organizationId: org,
        positionIds: [f.positionId(f.left(1, 5))],
        batchId: f.batchId,
        until,
      }),
    ).resolves.toMatchObject({ reserved: 1 })
  })

  it('refuses damaged positions, a past end, and STAFF reserving for another batch', async () => {
    const until = new Date(Date.now() + DAY)
    expect(
      await domainCodeOf(
        f.tenant.as.OWNER.position.reserve({
          organizationId: org,
          positionIds: [f.positionId(f.left(1, 3))],
          batchId: f.batchId,
          until,
        }),
      ),
    ).toBe('POSITION.UNAVAILABLE')
    expect(
      await domainCodeOf(
        f.tenant.as.OWNER.position.reserve({
          organizationId: org,
          positionIds: [f.positionId(f.left(4, 1))],
          batchId: f.batchId,
          until: new Date(Date.now() - 1000),
        }),
      ),
    ).toBe('VALIDATION.FAILED')
    expect(
      await domainCodeOf(
        f.tenant.as.STAFF.position.reserve({
          organizationId: org,
          positionIds: [f.positionId(f.left(4, 1))],
          batchId: f.otherBatchId,
          until,
        }),
      ),
    ).toBe('AUTH.FORBIDDEN')
    for (const role of ['COMPLIANCE_MANAGER', 'ACCOUNTANT'] as const) {
      expect(
        await domainCodeOf(
          f.tenant.as[role].position.reserve({
            organizationId: org,
            positionIds: [f.positionId(f.left(4, 1))],
            batchId: f.batchId,
            until,
          }),
        ),
      ).toBe('AUTH.FORBIDDEN')
    }
  })

  it('an expired reservation frees itself for placement', async () => {
    const id = f.positionId(f.left(4, 5))
    await db.prisma.position.update({
      where: { id },
      data: {
        status: 'RESERVED',
        reservedForBatchId: f.otherBatchId,
        reservedUntil: new Date(Date.now() - 1),
      },
    })
    await expect(
      f.tenant.as.OWNER.plant.create({
        organizationId: org,
        tagNumber: nextTag(),
        batchId: f.batchId,
        positionId: id,
      }),
    ).resolves.toMatchObject({ address: f.left(4, 5) })
  })
})

describe('position.locate', () => {
  it.each([
    ['main', 'property', ['propertyId']],
    ['MAIN.GROW1', 'building', ['propertyId', 'buildingId']],
    [' main . grow1 . veg-a ', 'room', ['propertyId', 'buildingId', 'roomId']],
    ['MAIN.GROW1.VEG-A.LEFT', 'section', ['propertyId', 'buildingId', 'roomId', 'sectionId']],
    [
      'MAIN.GROW1.VEG-A.LEFT.R2',
      'row',
      ['propertyId', 'buildingId', 'roomId', 'sectionId', 'rowId'],
    ],
    [
      'MAIN.GROW1.VEG-A.LEFT.R2.C3',
      'cell',
      ['propertyId', 'buildingId', 'roomId', 'sectionId', 'rowId', 'positionId'],
    ],
    [
      'main.grow1.dry-a.rack1.l2.h3.p1',
      'position',
      ['propertyId', 'buildingId', 'roomId', 'sectionId', 'rowId', 'positionId'],
    ],
  ])('resolves %s to a %s', async (address, level, keys) => {
    const found = await f.tenant.as.STAFF.position.locate({ organizationId: org, address })
    expect(found.level).toBe(level)
    expect(
      Object.keys(found)
        .filter((key) => key.endsWith('Id'))
        .sort(),
    ).toEqual([...keys].sort())
    expect(found.propertyId).toBe(f.propertyId)
  })

  it('finds the position the address names', async () => {
    const found = await f.tenant.as.OWNER.position.locate({
      organizationId: org,
      address: 'MAIN.GROW1.VEG-A.LEFT.R2.C3.P1',
    })
    expect(found).toMatchObject({ positionId: f.positionId(f.left(2, 3)), roomId: f.vegRoomId })
  })

  it.each([
    ['OTHER', 'NOT_FOUND'],
    ['MAIN.GROW9', 'NOT_FOUND'],
    ['MAIN.GROW1.VEG-A.LEFT.R9', 'NOT_FOUND'],
    ['MAIN.GROW1.VEG-A.LEFT.L1', 'NOT_FOUND'],
    ['MAIN.GROW1.VEG-A.LEFT.R1.C1.P2', 'NOT_FOUND'],
    ['MAIN..VEG-A', 'VALIDATION.FAILED'],
    ['', 'VALIDATION.FAILED'],
  ])('refuses %s with %s', async (address, code) => {
    expect(
      await domainCodeOf(f.tenant.as.OWNER.position.locate({ organizationId: org, address })),
    ).toBe(code)
  })
})
