import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { seedDemoFacility } from './demo-facility.ts'
import { DEMO_VISITOR, seedDemoVisitors } from './visitors.ts'

let db: TestDatabase

beforeAll(async () => {
  db = await createTestDatabase()
})

afterAll(async () => {
  await db.drop()
})

describe('demo visitors seed', () => {
  it('adds the lobby and grow zones and one visitor expected today, idempotently, no kiosk', async () => {
    const demo = await seedDemoFacility(db.prisma, { demoPasswords: false })
    const input = {
      organizationId: demo.organizationId,
      propertyId: demo.propertyId,
      hostId: demo.userIdByRole.COMPLIANCE_MANAGER,
    }
    const first = await seedDemoVisitors(db.prisma, input)
    const again = await seedDemoVisitors(db.prisma, input)
    expect(again).toEqual(first)
    const zones = await db.prisma.accessZone.findMany({
      orderBy: { code: 'asc' },
      select: { code: true, name: true, rooms: { select: { room: { select: { code: true } } } } },
    })
    expect(zones.map((zone) => [zone.code, zone.name])).toEqual([
      ['GROW', 'Grow areas'],
      ['LOBBY', 'Lobby'],
    ])
    expect(zones[0]?.rooms.map((link) => link.room.code).sort()).toEqual([
      'CLONE-1',
      'FLOWER-A',
      'VEG-A',
    ])
    const visits = await db.prisma.visit.findMany({ include: { zones: true } })
    expect(visits).toHaveLength(1)
    expect(visits[0]).toMatchObject({ ...DEMO_VISITOR, status: 'EXPECTED' })
    expect(visits[0]?.zones).toHaveLength(2)
    expect(visits[0]?.expectedAt?.toDateString()).toBe(new Date().toDateString())
    expect(await db.prisma.kioskDevice.count()).toBe(0)
  })
})
