import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { verifyPassword } from '../../apps/api/src/services/auth/password.ts'
import { DEMO_USERS, seedDemoFacility } from './demo-facility.ts'

let db: TestDatabase

beforeAll(async () => {
  db = await createTestDatabase()
})

afterAll(async () => {
  await db.drop()
})

async function counts() {
  const [organizations, users, memberships, positions, plants, history, batches, rows] =
    await Promise.all([
      db.prisma.organization.count(),
      db.prisma.user.count(),
      db.prisma.membership.count(),
      db.prisma.position.count(),
      db.prisma.plant.count(),
      db.prisma.plantLocationHistory.count(),
      db.prisma.batch.count(),
      db.prisma.row.count(),
    ])
  return { organizations, users, memberships, positions, plants, history, batches, rows }
}

describe('demo facility seed', () => {
  it('creates the facility of the foundation issue', async () => {
    await seedDemoFacility(db.prisma, { demoPasswords: false })
    // VEG-A 2×(6×8) + FLOWER-A 12×(4×10) + DRY-A 2×(4×20)
    expect(await counts()).toEqual({
      organizations: 1,
      users: 5,
      memberships: 5,
      positions: 96 + 480 + 160,
      plants: 140,
      history: 140,
      batches: 2,
      rows: 12 + 48 + 8,
    })
    const rooms = await db.prisma.room.findMany({
      select: { code: true, building: { select: { code: true } } },
      orderBy: { code: 'asc' },
    })
    expect(rooms.map((room) => `${room.building.code}.${room.code}`)).toEqual([
      'GROW1.CLONE-1',
      'DRY.DRY-A',
      'GROW1.FLOWER-A',
      'GROW1.VEG-A',
    ])
    const roles = await db.prisma.membership.findMany({ select: { role: true } })
    expect(roles.map((membership) => membership.role).sort()).toEqual([
      'ACCOUNTANT',
      'COMPLIANCE_MANAGER',
      'HEAD_GROWER',
      'OWNER',
      'STAFF',
    ])
  })

  it('addresses tables as R/C and racks as L/H, and places plants only in occupied positions', async () => {
    const table = await db.prisma.position.findFirstOrThrow({
      where: { address: 'MAIN.GROW1.VEG-A.LEFT.R3.C5.P1' },
      include: { plant: true },
    })
    expect(table.status).toBe('OCCUPIED')
    expect(table.plant?.address).toBe('MAIN.GROW1.VEG-A.LEFT.R3.C5.P1')
    expect(table.plant?.tagNumber).toHaveLength(24)
    const rack = await db.prisma.position.findFirstOrThrow({
      where: { address: 'MAIN.DRY.DRY-A.RACK1.L2.H5.P1' },
    })
    expect(rack.status).toBe('EMPTY')
    const occupied = await db.prisma.position.count({ where: { status: 'OCCUPIED' } })
    const placed = await db.prisma.plant.count({ where: { positionId: { not: null } } })
    expect(occupied).toBe(placed)
  })

  it('gives demo users no password unless asked to', async () => {
    const users = await db.prisma.user.findMany({ select: { passwordHash: true } })
    expect(users.every((user) => user.passwordHash === null)).toBe(true)
  })

  it('is idempotent, and sets the demo passwords when asked', async () => {
    const before = await counts()
    await seedDemoFacility(db.prisma, { demoPasswords: true })
    expect(await counts()).toEqual(before)
    const owner = DEMO_USERS.find((user) => user.role === 'OWNER')
    const row = await db.prisma.user.findUniqueOrThrow({ where: { email: owner?.email ?? '' } })
    expect(await verifyPassword(row.passwordHash ?? '', owner?.password ?? '')).toBe(true)
  })
})
