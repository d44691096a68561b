// Notification rows and their user-scoped live events, written in the caller's transaction.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { createTenant, type TenantFixture } from '../../test/tenancy.ts'
import { recordLiveEvents } from '../realtime/live-events.ts'
import { createNotifications, membersWithRoles } from './notify.ts'

let db: TestDatabase
let a: TenantFixture
let b: TenantFixture

beforeAll(async () => {
  db = await createTestDatabase()
  a = await createTenant(db.prisma, 'notify-a')
  b = await createTenant(db.prisma, 'notify-b')
})

afterAll(async () => {
  await db.drop()
})

describe('createNotifications', () => {
  it('creates one row per member recipient and a user-scoped event for each', async () => {
    const envelopes = await db.prisma.$transaction(async (tx) => {
      const events = await createNotifications(tx, {
        organizationId: a.organizationId,
        // a duplicate and a member of another organization: both dropped
        userIds: [a.userIds.STAFF, a.userIds.STAFF, a.userIds.OWNER, b.userIds.STAFF],
        kind: 'ALERT',
        title: 'Too hot',
        body: 'VEG-A 31 °C',
        link: '/alerts/x',
        sourceId: 'x',
      })
      return recordLiveEvents(tx, events)
    })
    expect(envelopes.map((e) => e.userId).sort()).toEqual([a.userIds.STAFF, a.userIds.OWNER].sort())
    for (const envelope of envelopes) {
      expect(envelope.type).toBe('notification.created')
      expect(envelope.organizationId).toBe(a.organizationId)
      expect(envelope.propertyId).toBeNull()
    }
    const rows = await db.prisma.notification.findMany({ where: { sourceId: 'x' } })
    expect(rows).toHaveLength(2)
    expect(rows.every((row) => row.readAt === null && row.kind === 'ALERT')).toBe(true)
    const ids = envelopes.map((e) => (e.payload as { notificationId: string }).notificationId)
    expect(ids.sort()).toEqual(rows.map((row) => row.id).sort())
    expect(await db.prisma.notification.count({ where: { userId: b.userIds.STAFF } })).toBe(0)
  })

  it('creates nothing when nobody is addressed, and rolls back with its transaction', async () => {
    const none = await db.prisma.$transaction((tx) =>
      createNotifications(tx, {
        organizationId: a.organizationId,
        userIds: [],
        kind: 'TASK',
        title: 't',
        body: 'b',
      }),
    )
    expect(none).toEqual([])
    await expect(
      db.prisma.$transaction(async (tx) => {
        await createNotifications(tx, {
          organizationId: a.organizationId,
          userIds: [a.userIds.OWNER],
          kind: 'TASK',
          title: 'rolled back',
          body: 'b',
        })
        throw new Error('boom')
      }),
    ).rejects.toThrow('boom')
    expect(await db.prisma.notification.count({ where: { title: 'rolled back' } })).toBe(0)
  })
})

describe('membersWithRoles', () => {
  it('lists the members with the given roles, or everyone for no roles', async () => {
    const growers = await db.prisma.$transaction((tx) =>
      membersWithRoles(tx, a.organizationId, ['HEAD_GROWER', 'OWNER']),
    )
    expect(growers.sort()).toEqual([a.userIds.HEAD_GROWER, a.userIds.OWNER].sort())
    const everyone = await db.prisma.$transaction((tx) =>
      membersWithRoles(tx, a.organizationId, []),
    )
    expect(everyone.sort()).toEqual(Object.values(a.userIds).sort())
  })
})
