// Two api instances on one Redis (@socket.io/redis-streams-adapter, a stream of their own per
// test): an event published on one reaches a client of the other, still only in its
// organization; a client that drops and reconnects recovers the packets it missed.
import { randomUUID } from 'node:crypto'
import { createClient } from 'redis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
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

const REDIS_URL = 'redis://127.0.0.1:6379'
const PREFIX = `growops-test:${randomUUID()}`

let db: TestDatabase
let first: RunningApi
let second: RunningApi
let a: CultivationFixture
let b: CultivationFixture
const clients: LiveClient[] = []

async function seesOtherInstance(api: RunningApi): Promise<void> {
  const deadline = Date.now() + 10_000
  while ((await api.server.live.io.of('/').adapter.serverCount()) < 2) {
    if (Date.now() > deadline) throw new Error('the api instances never saw each other')
    await settle(50)
  }
}

beforeAll(async () => {
  db = await createTestDatabase()
  a = await createCultivationFixture(db.prisma, 'redis-a')
  b = await createCultivationFixture(db.prisma, 'redis-b')
  const redis = { url: REDIS_URL, prefix: PREFIX }
  first = await startApi(db.prisma, { redis })
  second = await startApi(db.prisma, { redis })
  await Promise.all([seesOtherInstance(first), seesOtherInstance(second)])
})

afterAll(async () => {
  for (const client of clients) client.socket.close()
  await first.close()
  await second.close()
  await db.drop()
  const redis = await createClient({ url: REDIS_URL }).connect()
  for await (const keys of redis.scanIterator({ MATCH: `${PREFIX}:*` })) {
    if (keys.length > 0) await redis.del(keys)
  }
  await redis.quit()
})

async function clientOf(api: RunningApi, fixture: CultivationFixture, reconnect = false) {
  const client = await connectClient(api.url, {
    cookie: await sessionCookie(db.prisma, fixture.tenant.userIds.HEAD_GROWER),
    reconnect,
  })
  clients.push(client)
  expect(await client.subscribe({ organizationId: fixture.tenant.organizationId })).toMatchObject({
    ok: true,
  })
  return client
}

function alert(fixture: CultivationFixture, value: number): NewLiveEvent {
  const now = new Date().toISOString()
  return {
    type: 'sensor.alert',
    organizationId: fixture.tenant.organizationId,
    propertyId: fixture.propertyId,
    roomId: fixture.vegRoomId,
    payload: {
      alertId: randomUUID(),
      propertyId: fixture.propertyId,
      roomId: fixture.vegRoomId,
      sensorId: null,
      kind: 'THRESHOLD',
      metric: 'TEMPERATURE_C',
      severity: 'WARNING',
      status: 'OPEN',
      message: `Temperature ${value} °C above 30 °C`,
      value,
      threshold: 30,
      openedAt: now,
      acknowledgedAt: null,
      acknowledgedBy: null,
      resolvedAt: null,
      resolvedBy: null,
    },
  }
}

async function publishOn(api: RunningApi, events: NewLiveEvent[]) {
  const envelopes = await db.prisma.$transaction((tx) => recordLiveEvents(tx, events))
  api.server.live.publisher.publish(envelopes)
  return envelopes
}

describe('live fan-out through Redis', () => {
  it('an event published on instance A reaches a client of instance B, and not another organization', async () => {
    const onSecond = await clientOf(second, a)
    const otherOrgOnSecond = await clientOf(second, b)
    const onFirst = await clientOf(first, a)
    const [sent] = await publishOn(first, [alert(a, 31.5)])
    const [viaRedis] = await onSecond.waitFor((envelope) => envelope.seq === sent?.seq)
    await onFirst.waitFor((envelope) => envelope.seq === sent?.seq)
    expect(viaRedis).toEqual(sent)
    await settle()
    expect(otherOrgOnSecond.received).toEqual([])
    expect(onSecond.received).toHaveLength(1)
  })

  it('a client that drops recovers the events it missed, with its rooms (connection-state recovery)', async () => {
    const client = await clientOf(second, a, true)
    const [before] = await publishOn(first, [alert(a, 32)])
    await client.waitFor((envelope) => envelope.seq === before?.seq)
    const reconnected = new Promise<void>((resolve) => client.socket.once('connect', resolve))
    client.socket.io.engine.close() // the network drops
    const missed = await publishOn(first, [alert(a, 33), alert(a, 34), alert(a, 35)])
    await reconnected
    expect(client.socket.recovered).toBe(true)
    const seqs = new Set(missed.map((envelope) => envelope.seq))
    await client.waitFor((envelope) => seqs.has(envelope.seq), 3)
    // Rooms came back too: a new event arrives without subscribing again.
    const [after] = await publishOn(second, [alert(a, 36)])
    await client.waitFor((envelope) => envelope.seq === after?.seq)
    const received = client.received.map((envelope) => envelope.seq)
    expect(received).toEqual([before, ...missed, after].map((envelope) => envelope?.seq))
  })
})
