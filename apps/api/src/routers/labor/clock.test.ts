// The time clock through the real router: clock in and out, breaks, one open entry (also under
// concurrent taps), clocking others in (OWNER only), and refusals by role and organization.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isUniqueViolation, uniqueViolationConstraint } from '@growops/db'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import {
  createCultivationFixture,
  domainCodeOf,
  domainCodeOfError,
  type CultivationFixture,
} from '../../test/cultivation-fixture.ts'
import { createTenant, type TenantFixture } from '../../test/tenancy.ts'

let db: TestDatabase
let f: CultivationFixture
let b: TenantFixture
let org: string

beforeAll(async () => {
  db = await createTestDatabase()
  f = await createCultivationFixture(db.prisma, 'lab-clock-a')
  b = await createTenant(db.prisma, 'lab-clock-b')
  org = f.tenant.organizationId
})

afterAll(async () => {
  await db.drop()
})

async function auditActions(entityId: string): Promise<string[]> {
  const rows = await db.prisma.auditLog.findMany({
    where: { organizationId: org, entityType: 'TimeEntry', entityId },
    orderBy: { seq: 'asc' },
    select: { action: true },
  })
  return rows.map((row) => row.action)
}

describe('labor.clockIn / clockOut / breaks', () => {
  it('[LAB11] staff clocks in against a room and batch, breaks, and clocks out', async () => {
    const staff = f.tenant.as.STAFF
    const entry = await staff.labor.clockIn({
      organizationId: org,
      roomId: f.vegRoomId,
      batchId: f.batchId,
      note: 'watering',
    })
    expect(entry).toMatchObject({
      open: true,
      user: { id: f.tenant.userIds.STAFF },
      room: { id: f.vegRoomId, code: 'VEG-A', buildingCode: 'GROW1' },
      batch: { id: f.batchId },
      note: 'watering',
      onBreak: null,
    })
    const stored = await db.prisma.timeEntry.findUniqueOrThrow({ where: { id: entry.id } })
    expect(stored.propertyId).toBe(f.propertyId)

    expect(await domainCodeOf(staff.labor.clockIn({ organizationId: org }))).toBe(
      'TIME_ENTRY.ALREADY_CLOCKED_IN',
    )
    const onBreak = await staff.labor.startBreak({ organizationId: org, paid: true })
    expect(onBreak.onBreak).toMatchObject({ paid: true })
    expect(await domainCodeOf(staff.labor.startBreak({ organizationId: org }))).toBe(
      'TIME_ENTRY.ON_BREAK',
    )
    const back = await staff.labor.endBreak({ organizationId: org })
    expect(back.onBreak).toBeNull()
    expect(back.breaks).toHaveLength(1)
    expect(await domainCodeOf(staff.labor.endBreak({ organizationId: org }))).toBe(
      'TIME_ENTRY.NOT_ON_BREAK',
    )

    const status = await staff.labor.status({ organizationId: org, timeZone: 'UTC' })
    expect(status.open?.id).toBe(entry.id)
    expect(status.todayEntries.map((e) => e.id)).toContain(entry.id)

    const closed = await staff.labor.clockOut({ organizationId: org })
    expect(closed).toMatchObject({ id: entry.id, open: false })
    expect(await domainCodeOf(staff.labor.clockOut({ organizationId: org }))).toBe(
      'TIME_ENTRY.NOT_CLOCKED_IN',
    )
    expect(await domainCodeOf(staff.labor.startBreak({ organizationId: org }))).toBe(
      'TIME_ENTRY.NOT_CLOCKED_IN',
    )
    expect(await auditActions(entry.id)).toEqual([
      'timeEntry.clockIn',
      'timeEntry.breakStart',
      'timeEntry.breakEnd',
      'timeEntry.clockOut',
    ])
    expect((await staff.labor.status({ organizationId: org })).open).toBeNull()
  })

  it('[LAB11] clocking out ends a running break at the same moment', async () => {
    const owner = f.tenant.as.OWNER
    await owner.labor.clockIn({ organizationId: org })
    await owner.labor.startBreak({ organizationId: org })
    const closed = await owner.labor.clockOut({ organizationId: org, note: 'done' })
    expect(closed.breaks).toHaveLength(1)
    expect(closed.breaks[0]?.endedAt).toBe(closed.clockOutAt)
    expect(closed.note).toBe('done')
  })

  it('[LAB11] of ten simultaneous clock-ins, exactly one opens an entry', async () => {
    const owner = f.tenant.as.OWNER
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => owner.labor.clockIn({ organizationId: org })),
    )
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1)
    for (const result of results) {
      if (result.status === 'rejected') {
        expect(domainCodeOfError(result.reason)).toBe('TIME_ENTRY.ALREADY_CLOCKED_IN')
      }
    }
    expect(
      await db.prisma.timeEntry.count({
        where: { organizationId: org, userId: f.tenant.userIds.OWNER, clockOutAt: null },
      }),
    ).toBe(1)
    await owner.labor.clockOut({ organizationId: org })
  })

  it('[LAB11] the database itself refuses a second open entry and a second open break', async () => {
    const base = {
      organizationId: org,
      userId: f.tenant.userIds.OWNER,
      createdById: f.tenant.userIds.OWNER,
    }
    const first = await db.prisma.timeEntry.create({
      data: { ...base, clockInAt: new Date(Date.now() - 60_000) },
    })
    const second = await db.prisma.timeEntry
      .create({ data: { ...base, clockInAt: new Date() } })
      .catch((error: unknown) => error)
    expect(isUniqueViolation(second)).toBe(true)
    expect(uniqueViolationConstraint(second)).toBe('TimeEntry_one_open_per_user')
    await db.prisma.timeBreak.create({ data: { timeEntryId: first.id, startedAt: new Date() } })
    const secondBreak = await db.prisma.timeBreak
      .create({ data: { timeEntryId: first.id, startedAt: new Date() } })
      .catch((error: unknown) => error)
    expect(uniqueViolationConstraint(secondBreak)).toBe('TimeBreak_one_open_per_entry')
    await db.prisma.timeEntry.delete({ where: { id: first.id } })
  })

  it('[LAB11] read roles record their own time; a room of another organization is not found', async () => {
    for (const role of ['ACCOUNTANT', 'HEAD_GROWER', 'COMPLIANCE_MANAGER'] as const) {
      const caller = f.tenant.as[role]
      const opened = await caller.labor.clockIn({ organizationId: org })
      expect(opened).toMatchObject({ user: { id: f.tenant.userIds[role] }, open: true })
      await caller.labor.startBreak({ organizationId: org, paid: true })
      await caller.labor.endBreak({ organizationId: org })
      await caller.labor.clockOut({ organizationId: org })
      expect(
        await db.prisma.timeEntry.count({
          where: { userId: f.tenant.userIds[role], clockOutAt: null },
        }),
      ).toBe(0)
      // Leave no entry behind for the owner's backdated clock-ins below.
      await db.prisma.timeEntry.delete({ where: { id: opened.id } })
    }
    const otherRoom = await db.prisma.room.findFirst({
      where: { building: { property: { organizationId: { not: org } } } },
      select: { id: true },
    })
    if (otherRoom) {
      expect(
        await domainCodeOf(
          f.tenant.as.STAFF.labor.clockIn({ organizationId: org, roomId: otherRoom.id }),
        ),
      ).toBe('NOT_FOUND')
    }
    expect(await domainCodeOf(b.as.OWNER.labor.status({ organizationId: org }))).toBe(
      'AUTH.FORBIDDEN',
    )
  })
})

describe('labor.clockInFor / clockOutFor', () => {
  it('[LAB13] the accountant reads labor but cannot clock anyone in', async () => {
    const staffId = f.tenant.userIds.STAFF
    for (const role of ['ACCOUNTANT', 'HEAD_GROWER', 'COMPLIANCE_MANAGER', 'STAFF'] as const) {
      const caller = f.tenant.as[role]
      expect(
        await domainCodeOf(caller.labor.clockInFor({ organizationId: org, userId: staffId })),
      ).toBe('AUTH.FORBIDDEN')
      expect(
        await domainCodeOf(caller.labor.clockOutFor({ organizationId: org, userId: staffId })),
      ).toBe('AUTH.FORBIDDEN')
    }
    const refusal = await f.tenant.as.STAFF.labor
      .clockInFor({ organizationId: org, userId: staffId })
      .catch((error: unknown) => error)
    expect((refusal as Error).message).toMatch(/Only an owner/)
    expect(await db.prisma.timeEntry.count({ where: { userId: staffId, clockOutAt: null } })).toBe(
      0,
    )
  })

  it('[LAB13] the owner clocks someone in at a past moment and out again', async () => {
    const owner = f.tenant.as.OWNER
    const userId = f.tenant.userIds.HEAD_GROWER
    const at = new Date(Date.now() - 3 * 3_600_000)
    const opened = await owner.labor.clockInFor({
      organizationId: org,
      userId,
      at,
      roomId: f.dryRoomId,
    })
    expect(opened).toMatchObject({ user: { id: userId }, clockInAt: at.toISOString(), open: true })
    const stored = await db.prisma.timeEntry.findUniqueOrThrow({ where: { id: opened.id } })
    expect(stored.createdById).toBe(f.tenant.userIds.OWNER)
    expect(await domainCodeOf(owner.labor.clockInFor({ organizationId: org, userId }))).toBe(
      'TIME_ENTRY.ALREADY_CLOCKED_IN',
    )
    const closed = await owner.labor.clockOutFor({
      organizationId: org,
      userId,
      at: new Date(at.getTime() + 2 * 3_600_000),
    })
    expect(closed.workedMinutes).toBe(120)
    // A back-dated clock-in may not overlap what is recorded.
    expect(
      await domainCodeOf(
        owner.labor.clockInFor({
          organizationId: org,
          userId,
          at: new Date(at.getTime() + 3_600_000),
        }),
      ),
    ).toBe('TIME_ENTRY.OVERLAP')
    expect(
      await domainCodeOf(
        owner.labor.clockInFor({
          organizationId: org,
          userId,
          at: new Date(Date.now() + 3_600_000),
        }),
      ),
    ).toBe('TIME_ENTRY.INVALID_SPAN')
    expect(
      await domainCodeOf(owner.labor.clockInFor({ organizationId: org, userId: b.userIds.STAFF })),
    ).toBe('NOT_FOUND')
    expect(await auditActions(opened.id)).toEqual(['timeEntry.clockIn', 'timeEntry.clockOut'])
  })
})
