// Time entries, corrections, wage rates and the report through the real router: who sees
// whose entries, edits with a reason kept before/after and audited, rate history, and report
// figures (overtime, cost, cost per gram) for a known week.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import {
  createCultivationFixture,
  domainCodeOf,
  type CultivationFixture,
} from '../../test/cultivation-fixture.ts'
import { createTenant, type TenantFixture } from '../../test/tenancy.ts'

let db: TestDatabase
let f: CultivationFixture
let b: TenantFixture
let org: string

// Monday 2026-10-05 to Sunday 2026-10-11, in UTC.
const MONDAY = '2026-10-05'
const H = 3_600_000
const day = (offset: number, hour: number) =>
  new Date(Date.parse(`${MONDAY}T00:00:00Z`) + offset * 24 * H + hour * H)

async function addEntry(
  userId: string,
  start: Date,
  hours: number,
  extra: { roomId?: string; batchId?: string; taskId?: string; lunch?: boolean } = {},
) {
  return db.prisma.timeEntry.create({
    data: {
      organizationId: org,
      userId,
      clockInAt: start,
      clockOutAt: new Date(start.getTime() + hours * H),
      roomId: extra.roomId ?? null,
      batchId: extra.batchId ?? null,
      taskId: extra.taskId ?? null,
      createdById: userId,
      ...(extra.lunch
        ? {
            breaks: {
              create: {
                startedAt: new Date(start.getTime() + 4 * H),
                endedAt: new Date(start.getTime() + 4.5 * H),
              },
            },
          }
        : {}),
    },
  })
}

beforeAll(async () => {
  db = await createTestDatabase()
  f = await createCultivationFixture(db.prisma, 'lab-rep-a')
  b = await createTenant(db.prisma, 'lab-rep-b')
  org = f.tenant.organizationId
  const staff = f.tenant.userIds.STAFF
  const grower = f.tenant.userIds.HEAD_GROWER
  // STAFF: five 9.5 h days with a 30 min unpaid lunch = 5 × 9 h in VEG-A on batch B-1.
  for (let d = 0; d < 5; d++) {
    await addEntry(staff, day(d, 7), 9.5, { roomId: f.vegRoomId, batchId: f.batchId, lunch: true })
  }
  // HEAD_GROWER: one 13 h Monday in DRY-A through a task of batch B-2 (no batch on the entry).
  const task = await db.prisma.task.create({
    data: {
      organizationId: org,
      title: 'Hang B-2',
      batchId: f.otherBatchId,
      roomId: f.dryRoomId,
      createdById: f.tenant.userIds.OWNER,
    },
  })
  await addEntry(grower, day(0, 6), 13, { taskId: task.id })
  await db.prisma.weightLog.create({
    data: {
      organizationId: org,
      batchId: f.batchId,
      kind: 'DRY',
      value: 2.5,
      unit: 'KG',
      grams: 2500,
      recordedById: f.tenant.userIds.OWNER,
    },
  })
})

afterAll(async () => {
  await db.drop()
})

describe('labor.entries', () => {
  it('[LAB13] STAFF see only their own entries, readers see everyone’s', async () => {
    const range = { organizationId: org, from: MONDAY, to: '2026-10-11', timeZone: 'UTC' }
    const own = await f.tenant.as.STAFF.labor.entries(range)
    expect(own.entries).toHaveLength(5)
    expect(new Set(own.entries.map((e) => e.user.id))).toEqual(new Set([f.tenant.userIds.STAFF]))
    expect(own.entries[0]?.workedMinutes).toBe(540)
    expect(
      await domainCodeOf(
        f.tenant.as.STAFF.labor.entries({ ...range, userId: f.tenant.userIds.HEAD_GROWER }),
      ),
    ).toBe('AUTH.FORBIDDEN')
    for (const role of ['ACCOUNTANT', 'COMPLIANCE_MANAGER', 'HEAD_GROWER', 'OWNER'] as const) {
      const all = await f.tenant.as[role].labor.entries(range)
      expect(all.entries).toHaveLength(6)
    }
    const grower = await f.tenant.as.ACCOUNTANT.labor.entries({
      ...range,
      userId: f.tenant.userIds.HEAD_GROWER,
    })
    expect(grower.entries.map((e) => e.task?.title)).toEqual(['Hang B-2'])
    expect(await domainCodeOf(b.as.OWNER.labor.entries(range))).toBe('AUTH.FORBIDDEN')
  })
})

describe('labor.editEntry', () => {
  it('[LAB12] needs a reason of at least 5 characters', async () => {
    const [entry] = (
      await f.tenant.as.STAFF.labor.myEntries({
        organizationId: org,
        from: MONDAY,
        to: MONDAY,
        timeZone: 'UTC',
      })
    ).entries
    if (!entry) throw new Error('no entry')
    expect(
      await domainCodeOf(
        f.tenant.as.OWNER.labor.editEntry({
          organizationId: org,
          timeEntryId: entry.id,
          note: 'x',
          reason: 'oops',
        }),
      ),
    ).toBe('VALIDATION.FAILED')
    expect(await db.prisma.timeEntryEdit.count({ where: { timeEntryId: entry.id } })).toBe(0)
  })

  it('[LAB12] the owner corrects an entry: TimeEntryEdit and audit entry keep before and after', async () => {
    const entry = await addEntry(f.tenant.userIds.COMPLIANCE_MANAGER, day(-7, 8), 8)
    const edited = await f.tenant.as.OWNER.labor.editEntry({
      organizationId: org,
      timeEntryId: entry.id,
      clockOutAt: day(-7, 17),
      breaks: [{ startedAt: day(-7, 12), endedAt: day(-7, 13), paid: false }],
      roomId: f.vegRoomId,
      reason: 'Forgot to clock out after the audit',
    })
    expect(edited).toMatchObject({ workedMinutes: 480, editCount: 1, room: { id: f.vegRoomId } })
    const edits = await f.tenant.as.OWNER.labor.entryEdits({
      organizationId: org,
      timeEntryId: entry.id,
    })
    expect(edits).toHaveLength(1)
    expect(edits[0]).toMatchObject({
      reason: 'Forgot to clock out after the audit',
      editedBy: { id: f.tenant.userIds.OWNER },
      before: { clockOutAt: day(-7, 16).toISOString(), roomId: null, breaks: [] },
      after: {
        clockOutAt: day(-7, 17).toISOString(),
        roomId: f.vegRoomId,
        breaks: [
          { startedAt: day(-7, 12).toISOString(), endedAt: day(-7, 13).toISOString(), paid: false },
        ],
      },
    })
    const audit = await db.prisma.auditLog.findFirstOrThrow({
      where: { organizationId: org, action: 'timeEntry.edit', entityId: entry.id },
    })
    expect(audit.actorId).toBe(f.tenant.userIds.OWNER)
    expect(audit.before).toMatchObject({ clockOutAt: day(-7, 16).toISOString() })
    expect(audit.after).toMatchObject({
      clockOutAt: day(-7, 17).toISOString(),
      reason: 'Forgot to clock out after the audit',
    })
  })

  it('[LAB12][LAB13] STAFF edit their own entries only; read roles edit none', async () => {
    const own = await addEntry(f.tenant.userIds.STAFF, day(-6, 8), 4)
    const others = await addEntry(f.tenant.userIds.HEAD_GROWER, day(-6, 8), 4)
    const fixed = await f.tenant.as.STAFF.labor.editEntry({
      organizationId: org,
      timeEntryId: own.id,
      clockInAt: day(-6, 7),
      reason: 'Started an hour earlier',
    })
    expect(fixed.workedMinutes).toBe(300)
    const edit = { organizationId: org, timeEntryId: others.id, note: 'hi', reason: 'just because' }
    expect(await domainCodeOf(f.tenant.as.STAFF.labor.editEntry(edit))).toBe('AUTH.FORBIDDEN')
    for (const role of ['ACCOUNTANT', 'HEAD_GROWER', 'COMPLIANCE_MANAGER'] as const) {
      expect(await domainCodeOf(f.tenant.as[role].labor.editEntry(edit))).toBe('AUTH.FORBIDDEN')
    }
    expect(
      await domainCodeOf(b.as.OWNER.labor.editEntry({ ...edit, organizationId: b.organizationId })),
    ).toBe('NOT_FOUND')
  })

  it('[LAB12] refuses times that do not fit or overlap another entry', async () => {
    const first = await addEntry(f.tenant.userIds.OWNER, day(-5, 8), 4)
    const second = await addEntry(f.tenant.userIds.OWNER, day(-5, 13), 4)
    const owner = f.tenant.as.OWNER.labor
    const base = { organizationId: org, timeEntryId: second.id, reason: 'fixing times' }
    expect(await domainCodeOf(owner.editEntry({ ...base, clockInAt: day(-5, 11) }))).toBe(
      'TIME_ENTRY.OVERLAP',
    )
    expect(await domainCodeOf(owner.editEntry({ ...base, clockOutAt: day(-5, 12) }))).toBe(
      'TIME_ENTRY.INVALID_SPAN',
    )
    expect(
      await domainCodeOf(
        owner.editEntry({
          ...base,
          breaks: [{ startedAt: day(-5, 18), endedAt: day(-5, 19), paid: true }],
        }),
      ),
    ).toBe('TIME_ENTRY.INVALID_SPAN')
    expect(
      await db.prisma.timeEntryEdit.count({
        where: { timeEntryId: { in: [first.id, second.id] } },
      }),
    ).toBe(0)
  })
})

describe('labor wage rates', () => {
  it('[LAB14] the owner sets rates from a date; history stays, the newest in force is current', async () => {
    const owner = f.tenant.as.OWNER.labor
    const staffId = f.tenant.userIds.STAFF
    await owner.setRate({
      organizationId: org,
      role: 'STAFF',
      hourlyCents: 1800,
      effectiveFrom: '2026-01-01',
      timeZone: 'UTC',
    })
    await owner.setRate({
      organizationId: org,
      role: 'HEAD_GROWER',
      hourlyCents: 3000,
      effectiveFrom: '2026-01-01',
      timeZone: 'UTC',
    })
    const first = await owner.setRate({
      organizationId: org,
      userId: staffId,
      hourlyCents: 2000,
      effectiveFrom: '2026-06-01',
      timeZone: 'UTC',
    })
    await owner.setRate({
      organizationId: org,
      userId: staffId,
      hourlyCents: 2400,
      effectiveFrom: '2099-01-01',
      timeZone: 'UTC',
      note: 'raise',
    })
    expect(first.effectiveFrom).toBe('2026-06-01T00:00:00.000Z')
    const staffRates = await owner.wageRates({ organizationId: org, userId: staffId })
    expect(staffRates.map((r) => [r.hourlyCents, r.current])).toEqual([
      [2400, false],
      [2000, true],
    ])
    const all = await owner.wageRates({ organizationId: org })
    expect(all).toHaveLength(4)
    expect(all.find((r) => r.role === 'STAFF')).toMatchObject({ hourlyCents: 1800, current: true })
    const stored = await db.prisma.wageRate.findUniqueOrThrow({ where: { id: first.id } })
    expect(stored.hourlyCents).toBe(2000)
    expect(
      await db.prisma.auditLog.count({ where: { organizationId: org, action: 'wageRate.set' } }),
    ).toBe(4)
  })

  it('[LAB14] only the owner sees or sets wage rates', async () => {
    const set = {
      organizationId: org,
      role: 'STAFF' as const,
      hourlyCents: 5000,
      effectiveFrom: '2026-01-01',
    }
    for (const role of ['ACCOUNTANT', 'HEAD_GROWER', 'COMPLIANCE_MANAGER', 'STAFF'] as const) {
      expect(await domainCodeOf(f.tenant.as[role].labor.wageRates({ organizationId: org }))).toBe(
        'AUTH.FORBIDDEN',
      )
      expect(await domainCodeOf(f.tenant.as[role].labor.setRate(set))).toBe('AUTH.FORBIDDEN')
    }
    expect(
      await domainCodeOf(
        f.tenant.as.OWNER.labor.setRate({ ...set, role: undefined, userId: b.userIds.STAFF }),
      ),
    ).toBe('NOT_FOUND')
  })
})

describe('labor.report', () => {
  const week = { organizationId: org, from: MONDAY, to: '2026-10-11', timeZone: 'UTC' }

  it('[LAB9][LAB13] the accountant reads the report: hours, overtime and cost per person', async () => {
    const report = await f.tenant.as.ACCOUNTANT.labor.report({
      ...week,
      organizationId: org,
      groupBy: 'person',
    })
    const rows = report.rows.map((r) => [
      r.name,
      r.hours,
      r.regularHours,
      r.overtimeHours,
      r.doubleTimeHours,
      r.costCents,
      r.overtime,
    ])
    expect(rows).toEqual([
      // 40 × $20 + 5 × $30
      ['STAFF of lab-rep-a', 45, 40, 5, 0, 95_000, true],
      // 8 × $30 + 4 × $45 + 1 × $60
      ['HEAD_GROWER of lab-rep-a', 13, 8, 4, 1, 48_000, true],
    ])
    expect(report.totals).toMatchObject({
      hours: 58,
      costCents: 143_000,
      people: 2,
      noRateHours: 0,
    })
    expect(
      report.overtimeFlags.map((flag) => [flag.name, flag.weekStart, flag.overtimeHours]),
    ).toEqual([
      ['HEAD_GROWER of lab-rep-a', MONDAY, 4],
      ['STAFF of lab-rep-a', MONDAY, 5],
    ])
  })

  it('[LAB10] by batch: entries through a task count for its batch; cost per gram with DRY weight', async () => {
    const report = await f.tenant.as.OWNER.labor.report({
      ...week,
      organizationId: org,
      groupBy: 'batch',
    })
    expect(report.rows.map((r) => [r.name, r.hours, r.dryGrams, r.costPerGramCents])).toEqual([
      ['B-1 Blue Dream', 45, 2500, 38],
      ['B-2 OG Kush', 13, 0, null],
    ])
    const byRoom = await f.tenant.as.HEAD_GROWER.labor.report({
      ...week,
      organizationId: org,
      groupBy: 'room',
    })
    expect(byRoom.rows.map((r) => [r.name, r.hours])).toEqual([
      ['GROW1 · VEG-A (Veg A)', 45],
      ['GROW1 · DRY-A (Dry A)', 13],
    ])
    const byDay = await f.tenant.as.COMPLIANCE_MANAGER.labor.report({
      ...week,
      organizationId: org,
      groupBy: 'period',
      period: 'day',
    })
    expect(byDay.rows.map((r) => [r.key, r.hours])).toEqual([
      ['2026-10-05', 22],
      ['2026-10-06', 9],
      ['2026-10-07', 9],
      ['2026-10-08', 9],
      ['2026-10-09', 9],
    ])
  })

  it('[LAB13] STAFF get no report; another organization gets nothing', async () => {
    expect(
      await domainCodeOf(
        f.tenant.as.STAFF.labor.report({ ...week, organizationId: org, groupBy: 'person' }),
      ),
    ).toBe('AUTH.FORBIDDEN')
    expect(
      await domainCodeOf(
        b.as.OWNER.labor.report({ ...week, organizationId: org, groupBy: 'person' }),
      ),
    ).toBe('AUTH.FORBIDDEN')
    const empty = await b.as.OWNER.labor.report({
      ...week,
      organizationId: b.organizationId,
      groupBy: 'person',
    })
    expect(empty.rows).toEqual([])
  })

  it('[LAB3] my week on the time clock marks overtime', async () => {
    const mine = await f.tenant.as.STAFF.labor.myWeek({
      organizationId: org,
      weekOf: '2026-10-07',
      timeZone: 'UTC',
    })
    expect(mine.days.map((d) => d.overtimeHours)).toEqual([1, 1, 1, 1, 1, 0, 0])
    expect(mine).toMatchObject({ weekStart: MONDAY, hours: 45, regularHours: 40, overtimeHours: 5 })
  })
})
