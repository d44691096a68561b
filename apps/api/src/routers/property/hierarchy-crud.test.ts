import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { upsertBatch } from '../../../../../prisma/seed/plants.ts'
import { auditActions, refusalOf } from '../../services/hierarchy/hierarchy-test-helpers.ts'
import { verifyAuditChain } from '../../services/audit/verify-audit-chain.ts'
import { createTenant, type Caller, type TenantFixture } from '../../test/tenancy.ts'

let db: TestDatabase
let tenant: TenantFixture
let org: string

beforeAll(async () => {
  db = await createTestDatabase()
  tenant = await createTenant(db.prisma, 'crud')
  org = tenant.organizationId
})

afterAll(async () => {
  await db.drop()
})

/** Builds a property with one of everything, listing each level after creating it. */
async function buildThrough(caller: Caller, code: string) {
  const property = await caller.property.create({
    organizationId: org,
    code,
    name: `  Property ${code} `,
    licenseNumber: 'CCL-1',
  })
  expect(property).toMatchObject({
    code,
    name: `Property ${code}`,
    licenseNumber: 'CCL-1',
    address: null,
  })
  expect((await caller.property.list({ organizationId: org })).map((p) => p.code)).toContain(code)

  const building = await caller.building.create({
    organizationId: org,
    propertyId: property.id,
    code: 'GROW1',
    name: 'Grow 1',
    type: 'CULTIVATION',
  })
  expect(await caller.building.list({ organizationId: org, propertyId: property.id })).toEqual([
    { id: building.id, code: 'GROW1', name: 'Grow 1', type: 'CULTIVATION' },
  ])

  const room = await caller.room.create({
    organizationId: org,
    buildingId: building.id,
    code: 'VEG-A',
    name: 'Veg A',
    type: 'VEG',
  })
  expect(room.metrcLocationName).toBe('GROW1 VEG-A')

  const table = await caller.section.create({
    organizationId: org,
    roomId: room.id,
    code: 'LEFT',
    name: 'Left',
    type: 'TABLE',
    rows: 3,
    columns: 4,
    slotsPerPosition: 2,
    spacingInches: 12,
  })
  expect(table).toMatchObject({
    form: 'table',
    rowCount: 3,
    columnCount: 4,
    slotsPerPosition: 2,
    positionCount: 24,
    spacingInches: 12,
  })
  const rack = await caller.section.create({
    organizationId: org,
    roomId: room.id,
    code: 'RACK1',
    name: 'Rack',
    type: 'HANGER',
    rows: 2,
    columns: 5,
  })
  expect(rack).toMatchObject({
    form: 'rack',
    rowCount: 2,
    columnCount: 5,
    slotsPerPosition: 1,
    positionCount: 10,
  })

  const rooms = await caller.room.list({ organizationId: org, buildingId: building.id })
  expect(rooms).toEqual([
    {
      ...room,
      occupancy: { total: 34, occupied: 0, empty: 34, reserved: 0, damaged: 0 },
    },
  ])
  expect(
    (await caller.section.list({ organizationId: org, roomId: room.id })).map((s) => s.code),
  ).toEqual(['LEFT', 'RACK1'])
  return { property, building, room, table, rack }
}

describe.each(['OWNER', 'HEAD_GROWER'] as const)('hierarchy writes by %s', (role) => {
  const code = role === 'OWNER' ? 'MAIN' : 'NORTH'

  it('creates and lists every level, with addressed positions', async () => {
    const caller = tenant.as[role]
    const { property, table, rack } = await buildThrough(caller, code)
    const tableAddresses = await db.prisma.position.findMany({
      where: { sectionId: table.id },
      orderBy: [{ address: 'asc' }],
      select: { address: true, propertyId: true },
    })
    expect(tableAddresses[0]).toEqual({
      address: `${code}.GROW1.VEG-A.LEFT.R1.C1.P1`,
      propertyId: property.id,
    })
    expect(tableAddresses.map((p) => p.address)).toContain(`${code}.GROW1.VEG-A.LEFT.R3.C4.P2`)
    const rackAddresses = await db.prisma.position.findMany({
      where: { sectionId: rack.id },
      select: { address: true },
    })
    expect(rackAddresses.map((p) => p.address)).toContain(`${code}.GROW1.VEG-A.RACK1.L2.H5.P1`)

    const rows = await caller.row.list({ organizationId: org, sectionId: rack.id })
    expect(rows.map((row) => [row.label, row.columnCount, row.positionCount])).toEqual([
      ['L1', 5, 5],
      ['L2', 5, 5],
    ])
  })

  it('appends rows after the highest number, and never refills a gap', async () => {
    const caller = tenant.as[role]
    const rack = await db.prisma.section.findFirstOrThrow({
      where: { code: 'RACK1', room: { building: { property: { code, organizationId: org } } } },
    })
    const third = await caller.row.create({
      organizationId: org,
      sectionId: rack.id,
      columns: 7,
      slotsPerPosition: 2,
    })
    expect(third).toMatchObject({
      number: 3,
      label: 'L3',
      columnCount: 7,
      slotsPerPosition: 2,
      positionCount: 14,
    })
    expect(
      await db.prisma.position.count({
        where: { rowId: third.id, address: { startsWith: `${code}.GROW1.VEG-A.RACK1.L3.H` } },
      }),
    ).toBe(14)
    const fourth = await caller.row.create({ organizationId: org, sectionId: rack.id, columns: 1 })
    expect(fourth.label).toBe('L4')
    await caller.row.delete({ organizationId: org, rowId: third.id })
    const fifth = await caller.row.create({ organizationId: org, sectionId: rack.id, columns: 1 })
    expect(fifth.label).toBe('L5')
    const labels = (await caller.row.list({ organizationId: org, sectionId: rack.id })).map(
      (row) => row.label,
    )
    expect(labels).toEqual(['L1', 'L2', 'L4', 'L5'])
  })

  it('updates names and types without touching addresses', async () => {
    const caller = tenant.as[role]
    const property = (await caller.property.list({ organizationId: org })).find(
      (p) => p.code === code,
    )
    if (!property) throw new Error('property missing')
    const updated = await caller.property.update({
      organizationId: org,
      propertyId: property.id,
      name: 'Renamed',
      address: '1 Farm Road',
      licenseNumber: null,
    })
    expect(updated).toMatchObject({
      code,
      name: 'Renamed',
      address: '1 Farm Road',
      licenseNumber: null,
    })
    const [building] = await caller.building.list({ organizationId: org, propertyId: property.id })
    if (!building) throw new Error('building missing')
    expect(
      await caller.building.update({
        organizationId: org,
        buildingId: building.id,
        type: 'PROCESSING',
      }),
    ).toMatchObject({ code: 'GROW1', type: 'PROCESSING', readdressed: { positions: 0, plants: 0 } })
  })

  it('deletes an empty property with everything beneath it', async () => {
    const caller = tenant.as[role]
    const property = await caller.property.create({
      organizationId: org,
      code: `${code}-TMP`,
      name: 'Tmp',
    })
    const building = await caller.building.create({
      organizationId: org,
      propertyId: property.id,
      code: 'B',
      name: 'B',
      type: 'STORAGE',
    })
    const room = await caller.room.create({
      organizationId: org,
      buildingId: building.id,
      code: 'R',
      name: 'R',
      type: 'CURE',
    })
    await caller.section.create({
      organizationId: org,
      roomId: room.id,
      code: 'S',
      name: 'S',
      type: 'FLOOR',
      rows: 2,
      columns: 2,
    })
    const result = await caller.property.delete({ organizationId: org, propertyId: property.id })
    expect(result.removed).toEqual({ buildings: 1, rooms: 1, sections: 1, rows: 2, positions: 4 })
    expect(await db.prisma.property.findUnique({ where: { id: property.id } })).toBeNull()
    expect(await auditActions(db.prisma, org, property.id)).toEqual([
      'property.create',
      'property.delete',
    ])
  })
})

describe('codes', () => {
  it('refuses a duplicate sibling code at every level with HIERARCHY.CODE_TAKEN', async () => {
    const caller = tenant.as.OWNER
    const property = (await caller.property.list({ organizationId: org })).find(
      (p) => p.code === 'MAIN',
    )
    if (!property) throw new Error('property missing')
    const [building] = await caller.building.list({ organizationId: org, propertyId: property.id })
    if (!building) throw new Error('building missing')
    const [room] = await caller.room.list({ organizationId: org, buildingId: building.id })
    if (!room) throw new Error('room missing')
    const sectionsBefore = await db.prisma.section.count()
    const positionsBefore = await db.prisma.position.count()
    const auditBefore = await db.prisma.auditLog.count()

    const refusals = await Promise.all([
      refusalOf(caller.property.create({ organizationId: org, code: 'MAIN', name: 'Again' })),
      refusalOf(
        caller.building.create({
          organizationId: org,
          propertyId: property.id,
          code: 'GROW1',
          name: 'x',
          type: 'DRYING',
        }),
      ),
      refusalOf(
        caller.room.create({
          organizationId: org,
          buildingId: building.id,
          code: 'VEG-A',
          name: 'x',
          type: 'VEG',
        }),
      ),
      refusalOf(
        caller.section.create({
          organizationId: org,
          roomId: room.id,
          code: 'LEFT',
          name: 'x',
          type: 'TABLE',
          rows: 1,
          columns: 1,
        }),
      ),
    ])
    expect(refusals.map((r) => [r.code, r.domainCode, r.message])).toEqual([
      [
        'CONFLICT',
        'HIERARCHY.CODE_TAKEN',
        'Property code "MAIN" is already used in this organization; choose another code.',
      ],
      [
        'CONFLICT',
        'HIERARCHY.CODE_TAKEN',
        'Building code "GROW1" is already used in property MAIN; choose another code.',
      ],
      [
        'CONFLICT',
        'HIERARCHY.CODE_TAKEN',
        'Room code "VEG-A" is already used in building MAIN.GROW1; choose another code.',
      ],
      [
        'CONFLICT',
        'HIERARCHY.CODE_TAKEN',
        'Section code "LEFT" is already used in room MAIN.GROW1.VEG-A; choose another code.',
      ],
    ])
    const sections = await caller.section.list({ organizationId: org, roomId: room.id })
    const rack = sections.find((s) => s.code === 'RACK1')
    if (!rack) throw new Error('rack missing')
    const rename = await refusalOf(
      caller.section.update({ organizationId: org, sectionId: rack.id, code: 'LEFT' }),
    )
    expect(rename.domainCode).toBe('HIERARCHY.CODE_TAKEN')
    expect(await db.prisma.section.count()).toBe(sectionsBefore)
    expect(await db.prisma.position.count()).toBe(positionsBefore)
    expect(await db.prisma.auditLog.count()).toBe(auditBefore)
  })

  it('lets a code be reused in another parent', async () => {
    const other = (await tenant.as.OWNER.property.list({ organizationId: org })).find(
      (p) => p.code === 'NORTH',
    )
    if (!other) throw new Error('property missing')
    const building = await tenant.as.OWNER.building.create({
      organizationId: org,
      propertyId: other.id,
      code: 'DRY',
      name: 'Dry',
      type: 'DRYING',
    })
    expect(building.code).toBe('DRY')
  })

  it.each([
    ['veg-a', 'Room code "veg-a" has lower-case letters; codes are upper-case.'],
    ['VEG A', 'Room code "VEG A" contains a space; codes use only A-Z, 0-9 and -.'],
    ['VEG.A', 'Room code "VEG.A" contains "."; codes use only A-Z, 0-9 and -.'],
    ['', 'Room code "" is empty; give 1 to 16 characters from A-Z, 0-9 and -.'],
    ['-VEG', 'Room code "-VEG" starts or ends with a hyphen.'],
    [
      'ROOM-WITH-A-LONG-CODE',
      'Room code "ROOM-WITH-A-LONG-CODE" is 21 characters long; codes have at most 16.',
    ],
  ])(
    'refuses the room code %j with a message naming the problem, changing nothing',
    async (code, message) => {
      const building = await db.prisma.building.findFirstOrThrow({
        where: { code: 'GROW1', property: { code: 'MAIN' } },
      })
      const before = await db.prisma.room.count()
      const refusal = await refusalOf(
        tenant.as.OWNER.room.create({
          organizationId: org,
          buildingId: building.id,
          code,
          name: 'x',
          type: 'VEG',
        }),
      )
      expect(refusal).toMatchObject({
        code: 'BAD_REQUEST',
        domainCode: 'VALIDATION.FAILED',
        fieldErrors: { code: [message] },
      })
      expect(await db.prisma.room.count()).toBe(before)
    },
  )

  it('refuses bad grids, ids and empty updates before touching the database', async () => {
    const room = await db.prisma.room.findFirstOrThrow({
      where: { code: 'VEG-A', building: { property: { code: 'MAIN' } } },
    })
    const refusals = await Promise.all([
      refusalOf(
        tenant.as.OWNER.section.create({
          organizationId: org,
          roomId: room.id,
          code: 'X',
          name: 'x',
          type: 'TABLE',
          rows: 0,
          columns: 3,
        }),
      ),
      refusalOf(tenant.as.OWNER.room.update({ organizationId: org, roomId: room.id })),
      refusalOf(tenant.as.OWNER.room.delete({ organizationId: org, roomId: 'not-a-uuid' })),
    ])
    expect(refusals.map((r) => r.code)).toEqual(['BAD_REQUEST', 'BAD_REQUEST', 'BAD_REQUEST'])
    expect(refusals[0]?.fieldErrors).toEqual({
      rows: ['rows must be a whole number from 1 to 200.'],
    })
    expect(refusals[1]?.fieldErrors).toEqual({ _: ['Give at least one field to change.'] })
  })
})

describe('audit', () => {
  it('wrote one entry per successful mutation, chained', async () => {
    const actions = await auditActions(db.prisma, org)
    const count = (action: string) => actions.filter((a) => a === action).length
    expect(count('property.create')).toBe(4)
    expect(count('building.create')).toBe(5)
    expect(count('room.create')).toBe(4)
    expect(count('section.create')).toBe(6)
    expect(count('row.create')).toBe(6)
    expect(count('row.delete')).toBe(2)
    expect(count('property.update')).toBe(2)
    expect(count('building.update')).toBe(2)
    expect(count('property.delete')).toBe(2)
    expect(actions).toHaveLength(33)
    const entry = await db.prisma.auditLog.findFirstOrThrow({
      where: { organizationId: org, action: 'section.create' },
    })
    expect(entry).toMatchObject({ actorId: tenant.userIds.OWNER, entityType: 'Section' })
    expect((await verifyAuditChain(db.prisma, org)).ok).toBe(true)
  })
})

describe('property.delete with batch records', () => {
  it('refuses with CONFLICT naming the batches, and changes nothing', async () => {
    const property = await tenant.as.OWNER.property.create({
      organizationId: org,
      code: 'BATCHED',
      name: 'Batched',
    })
    await upsertBatch(db.prisma, {
      organizationId: org,
      propertyId: property.id,
      name: 'B-9 Haze',
      strain: 'Haze',
      stage: 'PROPAGATION',
    })
    const auditBefore = await db.prisma.auditLog.count()
    const refusal = await refusalOf(
      tenant.as.OWNER.property.delete({ organizationId: org, propertyId: property.id }),
    )
    expect(refusal).toMatchObject({ code: 'CONFLICT', domainCode: 'CONFLICT' })
    expect(refusal.message).toContain('B-9 Haze')
    expect(await db.prisma.property.findUnique({ where: { id: property.id } })).not.toBeNull()
    expect(await db.prisma.auditLog.count()).toBe(auditBefore)
  })
})
