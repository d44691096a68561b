import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { seedDemoFacility, type SeedResult } from '../../../../../prisma/seed/demo-facility.ts'
import { callerFor, type Caller } from '../../test/tenancy.ts'

let db: TestDatabase
let demo: SeedResult
let staff: Caller

beforeAll(async () => {
  db = await createTestDatabase()
  demo = await seedDemoFacility(db.prisma, { demoPasswords: false })
  staff = await callerFor(db.prisma, demo.userIdByRole.STAFF)
  // One damaged rack position, one live and one expired reservation in VEG-A.
  const dryRack = await db.prisma.position.findFirstOrThrow({
    where: { address: 'MAIN.DRY.DRY-A.RACK1.L1.H1.P1' },
  })
  await db.prisma.position.update({ where: { id: dryRack.id }, data: { status: 'DAMAGED' } })
  const free = await db.prisma.position.findMany({
    where: { address: { startsWith: 'MAIN.GROW1.VEG-A.RIGHT.R6.' } },
    orderBy: { address: 'asc' },
    take: 2,
  })
  const hour = 3_600_000
  for (const [index, position] of free.entries()) {
    await db.prisma.position.update({
      where: { id: position.id },
      data: {
        status: 'RESERVED',
        reservedUntil: new Date(Date.now() + (index === 0 ? hour : -hour)),
      },
    })
  }
})

afterAll(async () => {
  await db.drop()
})

describe('property.full', () => {
  it('returns the demo facility’s whole tree with per-room occupancy, to any member', async () => {
    const tree = await staff.property.full({
      organizationId: demo.organizationId,
      propertyId: demo.propertyId,
    })
    expect(tree.property).toEqual({
      id: demo.propertyId,
      code: 'MAIN',
      name: 'Main Campus',
      licenseNumber: 'CCL-DEMO-000001',
      address: '1 Demo Road, Humboldt County, CA',
    })
    const shape = tree.buildings.map((building) => ({
      code: building.code,
      type: building.type,
      rooms: building.rooms.map((room) => ({
        code: room.code,
        type: room.type,
        metrc: room.metrcLocationName,
        occupancy: room.occupancy,
        sections: room.sections.map((s) =>
          [
            s.code,
            s.type,
            s.form,
            s.rowCount,
            s.columnCount,
            s.slotsPerPosition,
            s.positionCount,
          ].join(' '),
        ),
      })),
    }))
    expect(shape).toEqual([
      {
        code: 'DRY',
        type: 'DRYING',
        rooms: [
          {
            code: 'DRY-A',
            type: 'DRY',
            metrc: 'DRY DRY-A',
            occupancy: { total: 160, occupied: 0, empty: 159, reserved: 0, damaged: 1 },
            sections: ['RACK1 RACK rack 4 20 1 80', 'RACK2 RACK rack 4 20 1 80'],
          },
        ],
      },
      {
        code: 'GROW1',
        type: 'CULTIVATION',
        rooms: [
          {
            code: 'CLONE-1',
            type: 'CLONE',
            metrc: 'GROW1 CLONE-1',
            occupancy: { total: 0, occupied: 0, empty: 0, reserved: 0, damaged: 0 },
            sections: [],
          },
          {
            code: 'FLOWER-A',
            type: 'FLOWER',
            metrc: 'GROW1 FLOWER-A',
            occupancy: { total: 480, occupied: 80, empty: 400, reserved: 0, damaged: 0 },
            sections: Array.from(
              { length: 12 },
              (_, i) => `T${i + 1} TABLE table 4 10 1 40`,
            ).sort(),
          },
          {
            code: 'VEG-A',
            type: 'VEG',
            metrc: 'GROW1 VEG-A',
            // The expired reservation counts as empty.
            occupancy: { total: 96, occupied: 60, empty: 35, reserved: 1, damaged: 0 },
            sections: ['LEFT TABLE table 6 8 1 48', 'RIGHT TABLE table 6 8 1 48'],
          },
        ],
      },
    ])
    const left = tree.buildings[1]?.rooms[2]?.sections[0]
    expect(left).toMatchObject({ name: 'Left table', spacingInches: 12 })
  })

  it('lists the same rooms with the same occupancy through room.list', async () => {
    const tree = await staff.property.full({
      organizationId: demo.organizationId,
      propertyId: demo.propertyId,
    })
    for (const building of tree.buildings) {
      const rooms = await staff.room.list({
        organizationId: demo.organizationId,
        buildingId: building.id,
      })
      expect(rooms).toEqual(building.rooms.map(({ sections: _sections, ...room }) => room))
    }
  })
})
