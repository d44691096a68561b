// Roles and tenancy for every hierarchy procedure: LAYOUT is written by OWNER and
// HEAD_GROWER and read by every member; another organization can read or change nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import {
  buildSmallFacility,
  type SmallFacility,
} from '../../services/hierarchy/hierarchy-fixture.ts'
import { refusalOf } from '../../services/hierarchy/hierarchy-test-helpers.ts'
import { createTenant, ROLES, type Caller, type TenantFixture } from '../../test/tenancy.ts'
import { buildingHierarchyProcedures } from '../building/hierarchy.ts'
import { roomHierarchyProcedures } from '../room/hierarchy.ts'
import { rowHierarchyProcedures } from '../row/hierarchy.ts'
import { sectionHierarchyProcedures } from '../section/hierarchy.ts'
import { propertyHierarchyProcedures } from './hierarchy.ts'

type Call = (caller: Caller, organizationId: string, ids: SmallFacility) => Promise<unknown>

const READS: Record<string, Call> = {
  'property.list': (c, o) => c.property.list({ organizationId: o }),
  'property.full': (c, o, i) => c.property.full({ organizationId: o, propertyId: i.propertyId }),
  'building.list': (c, o, i) => c.building.list({ organizationId: o, propertyId: i.propertyId }),
  'room.list': (c, o, i) => c.room.list({ organizationId: o, buildingId: i.buildingId }),
  'section.list': (c, o, i) => c.section.list({ organizationId: o, roomId: i.roomId }),
  'row.list': (c, o, i) => c.row.list({ organizationId: o, sectionId: i.tableId }),
}

// In an order that succeeds on a fresh, plant-free facility.
const WRITES: Record<string, Call> = {
  'property.create': (c, o, i) =>
    c.property.create({
      organizationId: o,
      code: `P-${i.propertyId.slice(0, 8).toUpperCase()}`,
      name: 'x',
    }),
  'property.update': (c, o, i) =>
    c.property.update({ organizationId: o, propertyId: i.propertyId, name: 'Changed' }),
  'building.create': (c, o, i) =>
    c.building.create({
      organizationId: o,
      propertyId: i.propertyId,
      code: 'NEWB',
      name: 'x',
      type: 'STORAGE',
    }),
  'building.update': (c, o, i) =>
    c.building.update({ organizationId: o, buildingId: i.buildingId, code: 'GROW9' }),
  'room.create': (c, o, i) =>
    c.room.create({
      organizationId: o,
      buildingId: i.buildingId,
      code: 'NEWR',
      name: 'x',
      type: 'DRY',
    }),
  'room.update': (c, o, i) => c.room.update({ organizationId: o, roomId: i.roomId, code: 'VEG-Z' }),
  'section.create': (c, o, i) =>
    c.section.create({
      organizationId: o,
      roomId: i.roomId,
      code: 'NEWS',
      name: 'x',
      type: 'TRAY',
      rows: 1,
      columns: 2,
    }),
  'section.update': (c, o, i) =>
    c.section.update({ organizationId: o, sectionId: i.tableId, code: 'RIGHT' }),
  'row.create': (c, o, i) => c.row.create({ organizationId: o, sectionId: i.tableId, columns: 2 }),
  'row.delete': (c, o, i) => c.row.delete({ organizationId: o, rowId: i.rowId }),
  'section.delete': (c, o, i) => c.section.delete({ organizationId: o, sectionId: i.rackId }),
  'room.delete': (c, o, i) => c.room.delete({ organizationId: o, roomId: i.emptyRoomId }),
  'building.delete': (c, o, i) =>
    c.building.delete({ organizationId: o, buildingId: i.buildingId }),
  'property.delete': (c, o, i) =>
    c.property.delete({ organizationId: o, propertyId: i.propertyId }),
}

const ALL = { ...READS, ...WRITES }

let db: TestDatabase
let a: TenantFixture
let b: TenantFixture
let facilityA: SmallFacility

beforeAll(async () => {
  db = await createTestDatabase()
  a = await createTenant(db.prisma, 'acc-a')
  b = await createTenant(db.prisma, 'acc-b')
  facilityA = await buildSmallFacility(db.prisma, {
    organizationId: a.organizationId,
    code: 'AAA',
    plants: 2,
    placedById: a.userIds.OWNER,
  })
  await buildSmallFacility(db.prisma, {
    organizationId: b.organizationId,
    code: 'BBB',
    plants: 1,
    placedById: b.userIds.OWNER,
  })
})

afterAll(async () => {
  await db.drop()
})

/** Everything organization A has that a procedure could change. */
async function snapshotOf(organizationId: string) {
  const inOrg = { property: { organizationId } }
  const [properties, buildings, rooms, sections, rows, positions, plants, history, audit] =
    await Promise.all([
      db.prisma.property.findMany({ where: { organizationId }, orderBy: { id: 'asc' } }),
      db.prisma.building.findMany({ where: inOrg, orderBy: { id: 'asc' } }),
      db.prisma.room.findMany({ where: { building: inOrg }, orderBy: { id: 'asc' } }),
      db.prisma.section.findMany({ where: { room: { building: inOrg } }, orderBy: { id: 'asc' } }),
      db.prisma.row.count({ where: { section: { room: { building: inOrg } } } }),
      db.prisma.position.findMany({
        where: inOrg,
        select: { id: true, address: true, status: true },
        orderBy: { id: 'asc' },
      }),
      db.prisma.plant.findMany({ where: { organizationId }, orderBy: { id: 'asc' } }),
      db.prisma.plantLocationHistory.count({ where: { plant: { organizationId } } }),
      db.prisma.auditLog.count({ where: { organizationId } }),
    ])
  return { properties, buildings, rooms, sections, rows, positions, plants, history, audit }
}

describe('hierarchy procedures: roles and tenancy', () => {
  it('covers every procedure of the hierarchy groups', () => {
    const names = [
      ...Object.keys(propertyHierarchyProcedures).map((name) => `property.${name}`),
      ...Object.keys(buildingHierarchyProcedures).map((name) => `building.${name}`),
      ...Object.keys(roomHierarchyProcedures).map((name) => `room.${name}`),
      ...Object.keys(sectionHierarchyProcedures).map((name) => `section.${name}`),
      ...Object.keys(rowHierarchyProcedures).map((name) => `row.${name}`),
    ]
    expect(Object.keys(ALL).sort()).toEqual(names.sort())
  })

  it.each(ROLES)('lets %s read every level', async (role) => {
    for (const [name, call] of Object.entries(READS)) {
      await expect(call(a.as[role], a.organizationId, facilityA), name).resolves.toBeDefined()
    }
  })

  it.each(['COMPLIANCE_MANAGER', 'STAFF', 'ACCOUNTANT'] as const)(
    'refuses every write to %s with FORBIDDEN and changes nothing',
    async (role) => {
      const before = await snapshotOf(a.organizationId)
      for (const [name, call] of Object.entries(WRITES)) {
        const refusal = await refusalOf(call(a.as[role], a.organizationId, facilityA))
        expect([name, refusal.code, refusal.domainCode]).toEqual([
          name,
          'FORBIDDEN',
          'AUTH.FORBIDDEN',
        ])
      }
      expect(await snapshotOf(a.organizationId)).toEqual(before)
    },
  )

  it('answers NOT_FOUND to another organization’s owner using its own organization and A’s ids', async () => {
    const before = await snapshotOf(a.organizationId)
    for (const [name, call] of Object.entries(ALL)) {
      if (name === 'property.list' || name === 'property.create') continue
      const refusal = await refusalOf(call(b.as.OWNER, b.organizationId, facilityA))
      expect([name, refusal.code, refusal.domainCode]).toEqual([name, 'NOT_FOUND', 'NOT_FOUND'])
      expect(refusal.message).not.toContain('AAA')
    }
    const listed = await b.as.OWNER.property.list({ organizationId: b.organizationId })
    expect(listed.map((property) => property.code)).toEqual(['BBB'])
    expect(await snapshotOf(a.organizationId)).toEqual(before)
  })

  it('refuses another organization’s owner naming A’s organization, for every procedure', async () => {
    const before = await snapshotOf(a.organizationId)
    for (const [name, call] of Object.entries(ALL)) {
      const refusal = await refusalOf(call(b.as.OWNER, a.organizationId, facilityA))
      expect([name, refusal.code, refusal.domainCode]).toEqual([
        name,
        'FORBIDDEN',
        'AUTH.FORBIDDEN',
      ])
    }
    expect(await snapshotOf(a.organizationId)).toEqual(before)
  })

  it.each(['OWNER', 'HEAD_GROWER'] as const)(
    'lets %s run every write, each audited',
    async (role) => {
      const code = role === 'OWNER' ? 'OWN' : 'HGR'
      const facility = await buildSmallFacility(db.prisma, {
        organizationId: a.organizationId,
        code,
        plants: 0,
        placedById: a.userIds.OWNER,
      })
      const auditBefore = await db.prisma.auditLog.count({
        where: { organizationId: a.organizationId },
      })
      for (const [name, call] of Object.entries(WRITES)) {
        await expect(call(a.as[role], a.organizationId, facility), name).resolves.toBeDefined()
      }
      expect(await db.prisma.property.findUnique({ where: { id: facility.propertyId } })).toBeNull()
      const entries = await db.prisma.auditLog.findMany({
        where: { organizationId: a.organizationId },
        orderBy: { seq: 'asc' },
        skip: auditBefore,
        select: { action: true, actorId: true },
      })
      expect(entries.map((entry) => entry.action)).toEqual(Object.keys(WRITES))
      expect(new Set(entries.map((entry) => entry.actorId))).toEqual(new Set([a.userIds[role]]))
    },
  )
})
