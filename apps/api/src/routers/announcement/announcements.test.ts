// Announcements through the real router: audience by role and property, expiry, idempotent
// acknowledgement with events after commit, who has / hasn't acknowledged, tenancy.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Role } from '@growops/db'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { upsertProperty } from '../../../../../prisma/seed/facility.ts'
import { domainCodeOf } from '../../test/cultivation-fixture.ts'
import {
  createRecordingPublisher,
  type RecordingPublisher,
} from '../../test/recording-publisher.ts'
import {
  callerFor,
  createTenant,
  ROLES,
  type Caller,
  type TenantFixture,
} from '../../test/tenancy.ts'

let db: TestDatabase
let a: TenantFixture
let b: TenantFixture
let live: RecordingPublisher
let as: Record<Role, Caller>
let org: string
let mainId: string
let otherPropertyId: string

beforeAll(async () => {
  db = await createTestDatabase()
  a = await createTenant(db.prisma, 'ann-a')
  b = await createTenant(db.prisma, 'ann-b')
  org = a.organizationId
  live = createRecordingPublisher()
  as = {} as Record<Role, Caller>
  for (const role of ROLES) as[role] = await callerFor(db.prisma, a.userIds[role], live)
  mainId = (await upsertProperty(db.prisma, { organizationId: org, code: 'MAIN', name: 'Main' })).id
  otherPropertyId = (
    await upsertProperty(db.prisma, { organizationId: org, code: 'NORTH', name: 'North' })
  ).id
})

afterAll(async () => {
  await db.drop()
})

beforeEach(() => {
  live.clear()
})

const base = { title: 'Inspection Friday', body: 'State inspectors arrive at 9.' }

describe('announcement.create', () => {
  it('[COMM3] stores the row, an org-wide event and a notification per other member, then publishes', async () => {
    const created = await as.HEAD_GROWER.announcement.create({
      organizationId: org,
      ...base,
      priority: 'URGENT',
    })
    expect(created).toMatchObject({
      propertyId: null,
      roles: [],
      priority: 'URGENT',
      createdBy: { id: a.userIds.HEAD_GROWER },
      acknowledgedAt: null,
    })
    const [event, ...notifications] = live.published
    expect(event).toMatchObject({
      type: 'announcement.created',
      organizationId: org,
      propertyId: null,
      userId: null,
      payload: { announcementId: created.id, priority: 'URGENT' },
    })
    expect(notifications.map((n) => n.type)).toEqual(Array(4).fill('notification.created'))
    expect(notifications.map((n) => n.userId).sort()).toEqual(
      ROLES.filter((r) => r !== 'HEAD_GROWER')
        .map((r) => a.userIds[r])
        .sort(),
    )
    // Every published envelope is a committed row with the same seq.
    const stored = await db.prisma.liveEvent.findMany({
      where: { seq: { in: live.published.map((e) => BigInt(e.seq)) } },
    })
    expect(stored).toHaveLength(live.published.length)
    expect(
      await db.prisma.notification.count({ where: { sourceId: created.id, kind: 'ANNOUNCEMENT' } }),
    ).toBe(4)
  })

  it('[COMM3] only COMMS FULL roles post; refusals store and publish nothing', async () => {
    for (const role of ['STAFF', 'ACCOUNTANT'] as const) {
      expect(
        await domainCodeOf(as[role].announcement.create({ organizationId: org, ...base })),
      ).toBe('AUTH.FORBIDDEN')
    }
    await as.COMPLIANCE_MANAGER.announcement.create({ organizationId: org, ...base, title: 'CM' })
    await as.OWNER.announcement.create({ organizationId: org, ...base, title: 'Owner' })
    live.clear()
    expect(
      await domainCodeOf(
        as.OWNER.announcement.create({
          organizationId: org,
          ...base,
          expiresAt: new Date(Date.now() - 1000),
        }),
      ),
    ).toBe('VALIDATION.FAILED')
    expect(
      await domainCodeOf(
        as.OWNER.announcement.create({
          organizationId: org,
          ...base,
          propertyId: crypto.randomUUID(),
        }),
      ),
    ).toBe('NOT_FOUND')
    expect(live.published).toEqual([])
  })
})

describe('audience', () => {
  it('[COMM1] role-addressed announcements reach and list only those roles', async () => {
    const staffOnly = await as.OWNER.announcement.create({
      organizationId: org,
      ...base,
      title: 'Staff meeting',
      roles: ['STAFF'],
    })
    expect(
      live.published.filter((e) => e.type === 'notification.created').map((e) => e.userId),
    ).toEqual([a.userIds.STAFF])
    const staffList = await as.STAFF.announcement.list({ organizationId: org })
    const accountantList = await as.ACCOUNTANT.announcement.list({ organizationId: org })
    expect(staffList.map((x) => x.id)).toContain(staffOnly.id)
    expect(accountantList.map((x) => x.id)).not.toContain(staffOnly.id)
    // The author does not see it either when their role is not addressed.
    expect(
      (await as.OWNER.announcement.list({ organizationId: org })).map((x) => x.id),
    ).not.toContain(staffOnly.id)
    expect(
      await domainCodeOf(
        as.ACCOUNTANT.announcement.acknowledge({
          organizationId: org,
          announcementId: staffOnly.id,
        }),
      ),
    ).toBe('NOT_FOUND')
  })

  it('[COMM1] a property announcement is scoped to that property and listed for it', async () => {
    const main = await as.OWNER.announcement.create({
      organizationId: org,
      ...base,
      title: 'MAIN water off',
      propertyId: mainId,
    })
    expect(live.published[0]).toMatchObject({ type: 'announcement.created', propertyId: mainId })
    const ids = async (propertyId?: string) =>
      (await as.STAFF.announcement.list({ organizationId: org, propertyId })).map((x) => x.id)
    expect(await ids(mainId)).toContain(main.id)
    expect(await ids(otherPropertyId)).not.toContain(main.id)
    expect(await ids()).toContain(main.id)
  })

  it('[COMM2] an expired announcement leaves every list', async () => {
    const soon = await as.OWNER.announcement.create({
      organizationId: org,
      ...base,
      title: 'Short-lived',
      priority: 'URGENT',
      expiresAt: new Date(Date.now() + 60_000).toISOString(),
    })
    const listed = async () => ({
      all: (await as.STAFF.announcement.list({ organizationId: org })).map((x) => x.id),
      open: (await as.STAFF.announcement.unacknowledged({ organizationId: org })).map((x) => x.id),
    })
    const before = await listed()
    expect(before.all).toContain(soon.id)
    expect(before.open).toContain(soon.id)
    await db.prisma.announcement.update({
      where: { id: soon.id },
      data: { expiresAt: new Date(Date.now() - 1) },
    })
    const after = await listed()
    expect(after.all).not.toContain(soon.id)
    expect(after.open).not.toContain(soon.id)
  })
})

describe('acknowledgement', () => {
  it('[COMM3] is idempotent: one row, one event, the first time kept; unacknowledged shrinks', async () => {
    const info = await as.OWNER.announcement.create({ organizationId: org, ...base, title: 'Info' })
    const urgent = await as.OWNER.announcement.create({
      organizationId: org,
      ...base,
      title: 'Urgent',
      priority: 'URGENT',
    })
    const open = await as.ACCOUNTANT.announcement.unacknowledged({ organizationId: org })
    const openIds = open.map((x) => x.id)
    expect(openIds.indexOf(urgent.id)).toBeLessThan(openIds.indexOf(info.id))
    expect(open.findIndex((x) => x.priority !== 'URGENT')).toBeGreaterThan(
      open.findLastIndex((x) => x.priority === 'URGENT'),
    )
    live.clear()
    const input = { organizationId: org, announcementId: urgent.id }
    const first = await as.ACCOUNTANT.announcement.acknowledge(input)
    const second = await as.ACCOUNTANT.announcement.acknowledge(input)
    expect(first.alreadyAcknowledged).toBe(false)
    expect(second).toEqual({ ...first, alreadyAcknowledged: true })
    expect(live.published).toHaveLength(1)
    expect(live.published[0]).toMatchObject({
      type: 'announcement.acknowledged',
      payload: { announcementId: urgent.id, userId: a.userIds.ACCOUNTANT },
    })
    expect(await db.prisma.announcementAck.count({ where: { announcementId: urgent.id } })).toBe(1)
    const after = await as.ACCOUNTANT.announcement.unacknowledged({ organizationId: org })
    expect(after.map((x) => x.id)).not.toContain(urgent.id)
    const listed = await as.ACCOUNTANT.announcement.list({ organizationId: org })
    expect(listed.find((x) => x.id === urgent.id)?.acknowledgedAt).toBe(first.acknowledgedAt)
  })

  it('[COMM3] managers see who has and has not acknowledged; others may not', async () => {
    const growers = await as.OWNER.announcement.create({
      organizationId: org,
      ...base,
      title: 'Growers',
      roles: ['STAFF', 'HEAD_GROWER'],
    })
    const input = { organizationId: org, announcementId: growers.id }
    await as.STAFF.announcement.acknowledge(input)
    const report = await as.HEAD_GROWER.announcement.acknowledgements(input)
    expect(report.acknowledged.map((x) => x.id)).toEqual([a.userIds.STAFF])
    expect(report.pending.map((x) => x.id)).toEqual([a.userIds.HEAD_GROWER])
    expect(report.pending[0]).toMatchObject({ role: 'HEAD_GROWER', acknowledgedAt: null })
    for (const role of ['STAFF', 'ACCOUNTANT'] as const) {
      expect(await domainCodeOf(as[role].announcement.acknowledgements(input))).toBe(
        'AUTH.FORBIDDEN',
      )
    }
  })
})

describe('tenancy', () => {
  it('another organization neither sees nor acknowledges nor reports on it', async () => {
    const secret = await as.OWNER.announcement.create({
      organizationId: org,
      ...base,
      title: 'A only',
    })
    const outsider = b.as.OWNER
    expect(await domainCodeOf(outsider.announcement.list({ organizationId: org }))).toBe(
      'AUTH.FORBIDDEN',
    )
    expect(
      (await outsider.announcement.list({ organizationId: b.organizationId })).map((x) => x.id),
    ).not.toContain(secret.id)
    const foreign = { organizationId: b.organizationId, announcementId: secret.id }
    expect(await domainCodeOf(outsider.announcement.acknowledge(foreign))).toBe('NOT_FOUND')
    expect(await domainCodeOf(outsider.announcement.acknowledgements(foreign))).toBe('NOT_FOUND')
    expect(
      await db.prisma.notification.count({
        where: { sourceId: secret.id, userId: { in: Object.values(b.userIds) } },
      }),
    ).toBe(0)
  })
})
