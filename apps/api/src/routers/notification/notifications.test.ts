// The notification centre through the real router (COMM11): own notifications only, newest
// first with a cursor, unread count, mark read, and user-scoped events.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { createNotifications } from '../../services/notifications/notify.ts'
import { recordLiveEvents } from '../../services/realtime/live-events.ts'
import {
  createRecordingPublisher,
  type RecordingPublisher,
} from '../../test/recording-publisher.ts'
import { callerFor, createTenant, type Caller, type TenantFixture } from '../../test/tenancy.ts'

let db: TestDatabase
let a: TenantFixture
let b: TenantFixture
let live: RecordingPublisher
let owner: Caller
let staff: Caller
let org: string

async function notify(userIds: string[], title: string, organizationId = org) {
  return db.prisma.$transaction(async (tx) =>
    recordLiveEvents(
      tx,
      await createNotifications(tx, { organizationId, userIds, kind: 'TASK', title, body: 'b' }),
    ),
  )
}

beforeAll(async () => {
  db = await createTestDatabase()
  a = await createTenant(db.prisma, 'nt-a')
  b = await createTenant(db.prisma, 'nt-b')
  org = a.organizationId
  live = createRecordingPublisher()
  owner = await callerFor(db.prisma, a.userIds.OWNER, live)
  staff = await callerFor(db.prisma, a.userIds.STAFF, live)
  for (let i = 1; i <= 5; i += 1) await notify([a.userIds.STAFF], `staff ${i}`)
  await notify([a.userIds.OWNER], 'owner 1')
  await notify([b.userIds.STAFF], 'other org', b.organizationId)
  // A member of another organization gets nothing from this one.
  await notify([b.userIds.STAFF], 'not a member')
})

afterAll(async () => {
  await db.drop()
})

describe('notification centre', () => {
  it('[COMM11] lists only my notifications, newest first, page by page', async () => {
    const first = await staff.notification.list({ organizationId: org, limit: 2 })
    expect(first.items.map((n) => n.title)).toEqual(['staff 5', 'staff 4'])
    const second = await staff.notification.list({
      organizationId: org,
      limit: 2,
      cursor: first.nextCursor ?? undefined,
    })
    expect(second.items.map((n) => n.title)).toEqual(['staff 3', 'staff 2'])
    const last = await staff.notification.list({
      organizationId: org,
      limit: 2,
      cursor: second.nextCursor ?? undefined,
    })
    expect(last).toMatchObject({ items: [{ title: 'staff 1' }], nextCursor: null })
    expect(
      (await owner.notification.list({ organizationId: org })).items.map((n) => n.title),
    ).toEqual(['owner 1'])
  })

  it('[COMM11] counts unread, marks my own read (others ignored), then all', async () => {
    expect(await staff.notification.unreadCount({ organizationId: org })).toEqual({ unread: 5 })
    const { items } = await staff.notification.list({ organizationId: org, limit: 2 })
    const ownerItems = (await owner.notification.list({ organizationId: org })).items
    const result = await staff.notification.markRead({
      organizationId: org,
      ids: [...items.map((n) => n.id), ...ownerItems.map((n) => n.id)],
    })
    expect(result).toEqual({ updated: 2 })
    expect(await staff.notification.unreadCount({ organizationId: org })).toEqual({ unread: 3 })
    expect(await owner.notification.unreadCount({ organizationId: org })).toEqual({ unread: 1 })
    const unread = await staff.notification.list({ organizationId: org, unreadOnly: true })
    expect(unread.items.map((n) => n.title)).toEqual(['staff 3', 'staff 2', 'staff 1'])
    // Marking again changes nothing.
    expect(
      await staff.notification.markRead({ organizationId: org, ids: items.map((n) => n.id) }),
    ).toEqual({ updated: 0 })
    expect(await staff.notification.markAllRead({ organizationId: org })).toEqual({ updated: 3 })
    expect(await staff.notification.unreadCount({ organizationId: org })).toEqual({ unread: 0 })
    expect(await owner.notification.unreadCount({ organizationId: org })).toEqual({ unread: 1 })
  })

  it('[COMM11] another organization sees none of them; its members are refused here', async () => {
    const outsider = b.as.STAFF
    const theirs = await outsider.notification.list({ organizationId: b.organizationId })
    expect(theirs.items.map((n) => n.title)).toEqual(['other org'])
    await expect(outsider.notification.unreadCount({ organizationId: org })).rejects.toThrow()
  })

  it('[COMM11] events of an announcement are scoped to each recipient and match their list', async () => {
    live.clear()
    const created = await owner.announcement.create({
      organizationId: org,
      title: 'Scoped',
      body: 'Only for growers',
      roles: ['STAFF'],
    })
    const events = live.published.filter((e) => e.type === 'notification.created')
    expect(events).toHaveLength(1)
    expect(events[0]?.userId).toBe(a.userIds.STAFF)
    const [newest] = (await staff.notification.list({ organizationId: org })).items
    expect(newest).toMatchObject({
      kind: 'ANNOUNCEMENT',
      sourceId: created.id,
      id: (events[0]?.payload as { notificationId: string }).notificationId,
    })
  })
})
