// Plant and position changes through the real tRPC router reach subscribed Socket.IO clients
// as live events after commit; a refused change emits and stores nothing; a replayed
// idempotent request emits nothing again; a client that was away catches up with
// live.since, every seq exactly once and in order.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { parseLivePayload, type LiveEnvelope } from '@growops/domain'
import {
  createCultivationFixture,
  nextTag,
  type CultivationFixture,
} from '../test/cultivation-fixture.ts'
import {
  connectClient,
  liveCaller,
  sessionCookie,
  settle,
  startApi,
  type LiveClient,
  type RunningApi,
} from './live-test-support.ts'

let db: TestDatabase
let api: RunningApi
let f: CultivationFixture
let other: CultivationFixture
let dryPositionIds: string[]
const clients: LiveClient[] = []

beforeAll(async () => {
  db = await createTestDatabase()
  f = await createCultivationFixture(db.prisma, 'plants-live')
  other = await createCultivationFixture(db.prisma, 'plants-live-other')
  api = await startApi(db.prisma)
  const dry = await db.prisma.position.findMany({
    where: { roomId: f.dryRoomId },
    orderBy: { address: 'asc' },
    select: { id: true },
  })
  dryPositionIds = dry.map((position) => position.id)
})

afterAll(async () => {
  for (const client of clients) client.socket.close()
  await api.close()
  await db.drop()
})

async function headGrower() {
  return liveCaller(db.prisma, f.tenant.userIds.HEAD_GROWER, api.server.live.publisher)
}

async function subscribedClient(fixture: CultivationFixture, rooms: 'org' | 'room' = 'org') {
  const client = await connectClient(api.url, {
    cookie: await sessionCookie(db.prisma, fixture.tenant.userIds.STAFF),
  })
  clients.push(client)
  const ack = await client.subscribe({
    organizationId: fixture.tenant.organizationId,
    ...(rooms === 'room' ? { roomIds: [fixture.dryRoomId] } : {}),
  })
  expect(ack.ok).toBe(true)
  return client
}

async function placedPlant(positionId: string) {
  const caller = await headGrower()
  return caller.plant.create({
    organizationId: f.tenant.organizationId,
    batchId: f.batchId,
    tagNumber: nextTag(),
    positionId,
  })
}

const liveRows = () =>
  db.prisma.liveEvent.count({ where: { organizationId: f.tenant.organizationId } })

describe('plant events', () => {
  it('a move reaches a subscribed client as plant.moved and occupancy.changed of both rooms, after commit', async () => {
    const plant = await placedPlant(f.positionId(f.left(1, 1)))
    const watcher = await subscribedClient(f)
    const outsider = await subscribedClient(other)
    const caller = await headGrower()
    const target = dryPositionIds[0] ?? ''
    await caller.plant.move({
      organizationId: f.tenant.organizationId,
      plantId: plant.id,
      toPositionId: target,
      reason: 'TRANSPLANT',
    })
    const [moved] = await watcher.waitFor((envelope) => envelope.type === 'plant.moved')
    const occupancies = await watcher.waitFor(
      (envelope) => envelope.type === 'occupancy.changed',
      2,
    )
    const payload = parseLivePayload('plant.moved', moved?.payload)
    expect(payload).toMatchObject({
      plantId: plant.id,
      tag: plant.tagNumber,
      fromPositionId: f.positionId(f.left(1, 1)),
      fromAddress: f.left(1, 1),
      fromRoomId: f.vegRoomId,
      toPositionId: target,
      toRoomId: f.dryRoomId,
      propertyId: f.propertyId,
    })
    expect(moved).toMatchObject({ roomId: f.dryRoomId, propertyId: f.propertyId, userId: null })
    // Counts as committed: the dry room now holds one plant, VEG-A none.
    const counts = new Map(
      occupancies.map((envelope) => {
        const occupancy = parseLivePayload('occupancy.changed', envelope.payload)
        return [occupancy?.roomId, occupancy]
      }),
    )
    expect(counts.get(f.dryRoomId)).toMatchObject({ occupied: 1, total: dryPositionIds.length })
    expect(counts.get(f.vegRoomId)).toMatchObject({ occupied: 0, total: 26 })
    // Rows first: the events the client got are stored with the same seqs.
    const stored = await db.prisma.liveEvent.findMany({
      where: { seq: { in: [moved, ...occupancies].map((envelope) => BigInt(envelope?.seq ?? 0)) } },
    })
    expect(stored).toHaveLength(3)
    await settle()
    expect(outsider.received).toEqual([])
  })

  it('a refused move emits nothing and stores no live event', async () => {
    const first = await placedPlant(f.positionId(f.left(2, 1)))
    const second = await placedPlant(f.positionId(f.left(2, 2)))
    const watcher = await subscribedClient(f)
    const before = await liveRows()
    const caller = await headGrower()
    await expect(
      caller.plant.move({
        organizationId: f.tenant.organizationId,
        plantId: second.id,
        toPositionId: f.positionId(f.left(2, 1)),
        reason: 'REORGANIZE',
      }),
    ).rejects.toThrow(/occupied/)
    await settle()
    expect(watcher.received).toEqual([])
    expect(await liveRows()).toBe(before)
    expect(first.id).not.toBe(second.id)
  })

  it('a replayed idempotent move emits once', async () => {
    const plant = await placedPlant(f.positionId(f.left(3, 1)))
    const watcher = await subscribedClient(f)
    const caller = await headGrower()
    const input = {
      organizationId: f.tenant.organizationId,
      plantId: plant.id,
      toPositionId: f.positionId(f.left(3, 2)),
      reason: 'REORGANIZE' as const,
      idempotencyKey: randomUUID(),
    }
    const before = await liveRows()
    const [once, again] = [await caller.plant.move(input), await caller.plant.move(input)]
    expect(again).toEqual(once)
    await watcher.waitFor((envelope) => envelope.type === 'plant.moved')
    await settle()
    expect(watcher.received.filter((envelope) => envelope.type === 'plant.moved')).toHaveLength(1)
    expect(await liveRows()).toBe(before + 2) // plant.moved + VEG-A's occupancy
  })

  it('harvest, placement, bulk placement and reservation announce themselves to a room subscriber', async () => {
    const watcher = await subscribedClient(f, 'room')
    const caller = await headGrower()
    const plant = await placedPlant(dryPositionIds[1] ?? '')
    await caller.plant.updateStatus({
      organizationId: f.tenant.organizationId,
      plantId: plant.id,
      status: 'HARVESTED',
    })
    await caller.plant.bulkPlace({
      organizationId: f.tenant.organizationId,
      batchId: f.batchId,
      positionIds: [dryPositionIds[2] ?? '', dryPositionIds[3] ?? ''],
      tagNumbers: [nextTag(), nextTag()],
    })
    await caller.position.reserve({
      organizationId: f.tenant.organizationId,
      batchId: f.otherBatchId,
      positionIds: [dryPositionIds[4] ?? ''],
      until: new Date(Date.now() + 86_400_000),
    })
    const types = [
      'plant.placed',
      'occupancy.changed',
      'plant.removed',
      'occupancy.changed',
      'plant.placed',
      'plant.placed',
      'occupancy.changed',
      'occupancy.changed',
    ]
    await watcher.waitFor(() => true, types.length)
    expect(watcher.received.map((envelope) => envelope.type)).toEqual(types)
    const removed = parseLivePayload('plant.removed', watcher.received[2]?.payload)
    expect(removed).toMatchObject({ plantId: plant.id, reason: 'HARVESTED', roomId: f.dryRoomId })
    const last = parseLivePayload('occupancy.changed', watcher.received.at(-1)?.payload)
    // From the first test: one moved in; two bulk-placed; one reserved.
    expect(last).toMatchObject({ roomId: f.dryRoomId, occupied: 3, reserved: 1 })
  })
})

describe('catch-up', () => {
  it('a client away while events happen gets every seq exactly once, in order, through live.since and the live stream', async () => {
    const client = await subscribedClient(f)
    const caller = await headGrower()
    const plant = await placedPlant(f.positionId(f.left(4, 1)))
    await client.waitFor((envelope) => envelope.type === 'plant.placed')
    const lastSeen = client.received.at(-1)?.seq ?? '0'
    client.socket.close()

    // 10 moves while it is away: 20 events (plant.moved + one room's occupancy each).
    for (let index = 0; index < 10; index += 1) {
      await caller.plant.move({
        organizationId: f.tenant.organizationId,
        plantId: plant.id,
        toPositionId: f.positionId(f.left(4, 2 + (index % 2))),
        reason: 'REORGANIZE',
      })
    }
    const back = await subscribedClient(f)
    // Events keep happening while it catches up.
    const during = caller.plant.move({
      organizationId: f.tenant.organizationId,
      plantId: plant.id,
      toPositionId: f.positionId(f.left(4, 4)),
      reason: 'REORGANIZE',
    })
    const staffCaller = await liveCaller(
      db.prisma,
      f.tenant.userIds.STAFF,
      api.server.live.publisher,
    )
    const caughtUp: LiveEnvelope[] = []
    let after = lastSeen
    for (;;) {
      const page = await staffCaller.live.since({
        organizationId: f.tenant.organizationId,
        afterSeq: after,
        limit: 7,
      })
      caughtUp.push(...page.events)
      after = page.events.at(-1)?.seq ?? after
      if (!page.hasMore) break
    }
    await during
    await back.waitFor((envelope) => envelope.type === 'plant.moved')
    const seen = new Map<string, LiveEnvelope>()
    for (const envelope of [...caughtUp, ...back.received]) seen.set(envelope.seq, envelope)
    const seqs = [...seen.keys()].map(BigInt)
    expect(seqs.length).toBe(22)
    expect(seqs).toEqual(seqs.toSorted((x, y) => (x < y ? -1 : 1)))
    // Every stored event of the organization after lastSeen, none missing, none twice.
    const stored = await db.prisma.liveEvent.findMany({
      where: { organizationId: f.tenant.organizationId, seq: { gt: BigInt(lastSeen) } },
      orderBy: { seq: 'asc' },
    })
    expect(stored.map((row) => row.seq)).toEqual(seqs)
    expect(caughtUp.map((envelope) => envelope.seq)).toEqual([
      ...new Set(caughtUp.map((envelope) => envelope.seq)),
    ])
  })

  it('live.since shows only what the caller may see; live.latest starts a new client', async () => {
    const staff = await liveCaller(db.prisma, f.tenant.userIds.STAFF, api.server.live.publisher)
    const outsider = await liveCaller(
      db.prisma,
      other.tenant.userIds.OWNER,
      api.server.live.publisher,
    )
    await expect(
      outsider.live.since({ organizationId: f.tenant.organizationId, afterSeq: '0' }),
    ).rejects.toThrow(/not a member/)
    await db.prisma.liveEvent.create({
      data: {
        type: 'notification.created',
        organizationId: f.tenant.organizationId,
        userId: f.tenant.userIds.OWNER,
        payload: {},
      },
    })
    const all = await staff.live.since({
      organizationId: f.tenant.organizationId,
      afterSeq: '0',
      limit: 1000,
    })
    expect(all.events.length).toBeGreaterThan(0)
    expect(all.events.every((envelope) => envelope.userId === null)).toBe(true)
    expect(
      all.events.every((envelope) => envelope.organizationId === f.tenant.organizationId),
    ).toBe(true)
    const { latestSeq } = await staff.live.latest({ organizationId: f.tenant.organizationId })
    expect(latestSeq).toBe(all.events.at(-1)?.seq)
    expect(all.latestSeq).toBe(latestSeq)
    const none = await staff.live.since({
      organizationId: f.tenant.organizationId,
      afterSeq: latestSeq,
    })
    expect(none).toEqual({ events: [], latestSeq, hasMore: false })
  })
})
