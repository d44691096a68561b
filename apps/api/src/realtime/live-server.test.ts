// Socket.IO on a real api server (port 0) with socket.io-client on loopback: handshake
// authentication, subscribe checks, room isolation between organizations, and the
// long-polling transport passing the HTTP server's cross-site check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { liveRoom, type LiveEnvelope } from '@growops/domain'
import { recordLiveEvents, type NewLiveEvent } from '../services/realtime/live-events.ts'
import { createCultivationFixture, type CultivationFixture } from '../test/cultivation-fixture.ts'
import {
  connectClient,
  sessionCookie,
  settle,
  startApi,
  type LiveClient,
  type RunningApi,
} from './live-test-support.ts'

let db: TestDatabase
let api: RunningApi
let a: CultivationFixture
let b: CultivationFixture
const clients: LiveClient[] = []

beforeAll(async () => {
  db = await createTestDatabase()
  a = await createCultivationFixture(db.prisma, 'live-a')
  b = await createCultivationFixture(db.prisma, 'live-b')
  api = await startApi(db.prisma)
})

afterAll(async () => {
  for (const client of clients) client.socket.close()
  await api.close()
  await db.drop()
})

async function clientOf(userId: string, options: Parameters<typeof connectClient>[1] = {}) {
  const client = await connectClient(api.url, {
    cookie: await sessionCookie(db.prisma, userId),
    ...options,
  })
  clients.push(client)
  return client
}

function refusalOf(attempt: Promise<unknown>): Promise<{ message: string; code: unknown }> {
  return attempt.then(
    () => ({ message: 'connected', code: null }),
    (error: Error & { data?: { code?: unknown } }) => ({
      message: error.message,
      code: error.data?.code,
    }),
  )
}

/** Stores and pushes events as a procedure would: rows first, emit after commit. */
async function publish(events: NewLiveEvent[]): Promise<LiveEnvelope[]> {
  const envelopes = await db.prisma.$transaction((tx) => recordLiveEvents(tx, events))
  api.server.live.publisher.publish(envelopes)
  return envelopes
}

function occupancy(fixture: CultivationFixture, scope: 'org' | 'property' | 'room') {
  return {
    type: 'occupancy.changed' as const,
    organizationId: fixture.tenant.organizationId,
    propertyId: scope === 'org' ? null : fixture.propertyId,
    roomId: scope === 'room' ? fixture.vegRoomId : null,
    payload: {
      total: 1,
      occupied: 1,
      empty: 0,
      reserved: 0,
      damaged: 0,
      propertyId: fixture.propertyId,
      roomId: fixture.vegRoomId,
    },
  }
}

function notification(fixture: CultivationFixture, userId: string): NewLiveEvent {
  return {
    type: 'notification.created',
    organizationId: fixture.tenant.organizationId,
    userId,
    payload: {
      notificationId: `n-${userId}`,
      kind: 'MENTION',
      title: 'You were mentioned',
      body: 'See the shift note',
      link: null,
      createdAt: new Date().toISOString(),
    },
  }
}

describe('live socket handshake', () => {
  it('refuses a socket without a session cookie, or with a bad one', async () => {
    expect(await refusalOf(connectClient(api.url))).toEqual({
      message: 'Sign in to receive live updates.',
      code: 'UNAUTHENTICATED',
    })
    const bad = await refusalOf(connectClient(api.url, { cookie: 'growops_session=not-a-token' }))
    expect(bad.code).toBe('UNAUTHENTICATED')
    expect(api.server.live.socketCount()).toBe(0)
  })

  it('refuses a page of another site even with a valid cookie', async () => {
    const cookie = await sessionCookie(db.prisma, a.tenant.userIds.STAFF)
    const refused = await refusalOf(
      connectClient(api.url, { cookie, origin: 'https://evil.example' }),
    )
    expect(refused.code).toBe('CROSS_SITE')
  })

  it('serves the long-polling transport to a page of this site (its POSTs pass the cross-site check)', async () => {
    const origin = api.url
    const client = await clientOf(a.tenant.userIds.STAFF, { origin, transports: ['polling'] })
    const ack = await client.subscribe({ organizationId: a.tenant.organizationId })
    expect(ack).toEqual({ ok: true, rooms: [liveRoom.organization(a.tenant.organizationId)] })
    const [sent] = await publish([occupancy(a, 'org')])
    const [got] = await client.waitFor((envelope) => envelope.seq === sent?.seq)
    expect(got?.type).toBe('occupancy.changed')
  })
})

describe('live subscribe', () => {
  it('joins a member to its organization, property and room', async () => {
    const client = await clientOf(a.tenant.userIds.ACCOUNTANT)
    const ack = await client.subscribe({
      organizationId: a.tenant.organizationId,
      propertyIds: [a.propertyId],
      roomIds: [a.vegRoomId],
    })
    expect(ack).toEqual({
      ok: true,
      rooms: [
        liveRoom.organization(a.tenant.organizationId),
        liveRoom.property(a.propertyId),
        liveRoom.room(a.vegRoomId),
      ],
    })
  })

  it("refuses another organization, and its property or room under one's own", async () => {
    const client = await clientOf(a.tenant.userIds.OWNER)
    const other = await client.subscribe({ organizationId: b.tenant.organizationId })
    expect(other).toMatchObject({ ok: false, error: 'You are not a member of this organization.' })
    const property = await client.subscribe({
      organizationId: a.tenant.organizationId,
      propertyIds: [b.propertyId],
    })
    expect(property).toMatchObject({ ok: false })
    const room = await client.subscribe({
      organizationId: a.tenant.organizationId,
      roomIds: [a.vegRoomId, b.vegRoomId],
    })
    expect(room).toMatchObject({ ok: false })
    // Nothing of B reaches it.
    await publish([occupancy(b, 'org'), occupancy(b, 'property'), occupancy(b, 'room')])
    await settle()
    expect(client.received).toEqual([])
  })

  it('answers malformed input with ok:false and keeps serving the socket', async () => {
    const client = await clientOf(a.tenant.userIds.OWNER)
    expect(await client.subscribe('nonsense')).toMatchObject({ ok: false })
    expect(await client.subscribe({ organizationId: 'not-a-uuid' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('organizationId') as unknown,
    })
    client.socket.emit('subscribe', { organizationId: a.tenant.organizationId }) // no ack
    client.socket.emit('unknown-event', 1, 2, 3)
    expect(await client.subscribe({ organizationId: a.tenant.organizationId })).toMatchObject({
      ok: true,
    })
    expect(client.socket.connected).toBe(true)
  })
})

describe('live room isolation', () => {
  it("delivers an organization's events only to its members' sockets, each once", async () => {
    const memberA = await clientOf(a.tenant.userIds.HEAD_GROWER)
    const memberB = await clientOf(b.tenant.userIds.HEAD_GROWER)
    await memberA.subscribe({
      organizationId: a.tenant.organizationId,
      propertyIds: [a.propertyId],
      roomIds: [a.vegRoomId],
    })
    await memberB.subscribe({
      organizationId: b.tenant.organizationId,
      propertyIds: [b.propertyId],
      roomIds: [b.vegRoomId],
    })
    const sentA = await publish([
      occupancy(a, 'org'),
      occupancy(a, 'property'),
      occupancy(a, 'room'),
      notification(a, a.tenant.userIds.HEAD_GROWER),
      notification(a, a.tenant.userIds.OWNER),
    ])
    const sentB = await publish([
      occupancy(b, 'room'),
      notification(b, b.tenant.userIds.HEAD_GROWER),
    ])

    const seqsA = new Set(sentA.map((envelope) => envelope.seq))
    await memberA.waitFor((envelope) => seqsA.has(envelope.seq), 4)
    await memberB.waitFor(() => true, 2)
    await settle()
    // Org A's member: the org, property and room events once each (it is in all three
    // rooms) and its own notification, not the owner's.
    expect(memberA.received.map((envelope) => envelope.seq)).toEqual(
      sentA.slice(0, 4).map((envelope) => envelope.seq),
    )
    expect(memberB.received.map((envelope) => envelope.seq)).toEqual(
      sentB.map((envelope) => envelope.seq),
    )
    expect(memberB.received.every((e) => e.organizationId === b.tenant.organizationId)).toBe(true)
  })

  it('sends user events to every socket of that user even before subscribing', async () => {
    const phone = await clientOf(a.tenant.userIds.STAFF)
    const [sent] = await publish([notification(a, a.tenant.userIds.STAFF)])
    const [got] = await phone.waitFor((envelope) => envelope.seq === sent?.seq)
    expect(got?.userId).toBe(a.tenant.userIds.STAFF)
  })
})
