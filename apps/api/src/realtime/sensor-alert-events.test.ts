// The whole path on real servers: a device posts an excursion to /api/ingest/readings on a
// running api, the rule opens an alert, and a browser-like socket subscribed to the
// property receives `sensor.alert` (a subscriber of another organization receives nothing).
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { parseLivePayload } from '@growops/domain'
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
  a = await createCultivationFixture(db.prisma, 'alerts-a')
  b = await createCultivationFixture(db.prisma, 'alerts-b')
  api = await startApi(db.prisma)
})

afterAll(async () => {
  for (const client of clients) client.socket.close()
  await api.close()
  await db.drop()
})

async function subscribedClient(fixture: CultivationFixture): Promise<LiveClient> {
  const client = await connectClient(api.url, {
    cookie: await sessionCookie(db.prisma, fixture.tenant.userIds.HEAD_GROWER),
  })
  clients.push(client)
  const ack = await client.subscribe({
    organizationId: fixture.tenant.organizationId,
    propertyIds: [fixture.propertyId],
  })
  expect(ack).toMatchObject({ ok: true })
  return client
}

it('an ingested excursion opens an alert that reaches the subscribed client as sensor.alert', async () => {
  const organizationId = a.tenant.organizationId
  const grower = a.tenant.as.HEAD_GROWER
  const { sensor, apiKey } = await grower.sensor.create({
    organizationId,
    propertyId: a.propertyId,
    roomId: a.vegRoomId,
    code: 'VEG-T1',
    name: 'Veg thermometer',
    kind: 'MULTI',
  })
  await grower.alert.createRule({
    organizationId,
    propertyId: a.propertyId,
    roomId: a.vegRoomId,
    metric: 'TEMPERATURE_C',
    min: 20,
    max: 28,
    hysteresis: 0.5,
    minDurationSeconds: 120,
  })
  const watcher = await subscribedClient(a)
  const outsider = await subscribedClient(b)

  const start = Date.now() - 30 * 60_000
  const readings = [0, 60, 120, 180, 240].map((offset, index) => ({
    metric: 'TEMPERATURE_C',
    value: index === 0 ? 25 : 31 + index / 10,
    recordedAt: new Date(start + offset * 1000).toISOString(),
  }))
  const response = await fetch(`${api.url}/api/ingest/readings`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${apiKey}` },
    body: JSON.stringify({ readings }),
  })
  expect(response.status).toBe(202)
  expect(await response.json()).toMatchObject({ alertsOpened: 1 })

  const [envelope] = await watcher.waitFor(
    (candidate) =>
      candidate.type === 'sensor.alert' &&
      parseLivePayload('sensor.alert', candidate.payload)?.kind === 'THRESHOLD',
  )
  const payload = parseLivePayload('sensor.alert', envelope!.payload)
  expect(payload).toMatchObject({
    sensorId: sensor.id,
    roomId: a.vegRoomId,
    status: 'OPEN',
    metric: 'TEMPERATURE_C',
    threshold: 28,
  })
  // The event was stored before it was pushed: catch-up returns the same seq.
  const stored = await db.prisma.liveEvent.findUnique({ where: { seq: BigInt(envelope!.seq) } })
  expect(stored?.type).toBe('sensor.alert')

  await settle()
  expect(outsider.received.filter((event) => event.type === 'sensor.alert')).toEqual([])
})
