// POST /api/ingest/readings against a real HTTP server and PostgreSQL: storage, refusals,
// threshold alerts (opened once, after the minimum duration; not for a flapping value;
// cleared with hysteresis), anomalies, silent sensors, and events published after commit.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import type { LiveEnvelope } from '@growops/domain'
import { createCultivationFixture, type CultivationFixture } from '../test/cultivation-fixture.ts'
import type { LiveEventPublisher } from '../services/realtime/live-events.ts'
import { createReadingThrottle } from '../services/sensors/reading-throttle.ts'
import { checkSilentSensors } from '../services/sensors/sensor-watchdog.ts'
import { answerIngestReadings, INGEST_READINGS_PATH } from './ingest-readings.ts'

let db: TestDatabase
let f: CultivationFixture
let org: string
let server: Server
let url: string
const published: { envelopes: LiveEnvelope[]; alertRowsVisible: Promise<number> }[] = []

const recorder: LiveEventPublisher = {
  publish(envelopes) {
    // Runs on another connection: it sees only committed rows.
    const ids = envelopes
      .filter((envelope) => envelope.type === 'sensor.alert')
      .map((envelope) => (envelope.payload as { alertId: string }).alertId)
    published.push({
      envelopes: [...envelopes],
      alertRowsVisible: db.prisma.alert.count({ where: { id: { in: ids } } }),
    })
  },
}

beforeAll(async () => {
  db = await createTestDatabase()
  f = await createCultivationFixture(db.prisma, 'ingest')
  org = f.tenant.organizationId
  server = createServer((req, res) => {
    answerIngestReadings(
      { prisma: db.prisma, live: recorder, throttle: createReadingThrottle(5000) },
      req,
      res,
    ).catch(() => {
      res.statusCode = 500
      res.end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${INGEST_READINGS_PATH}`
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  await db.drop()
})

beforeEach(() => {
  published.length = 0
})

let serial = 0
async function newSensor(kind: 'MULTI' | 'CO2' = 'MULTI') {
  serial += 1
  return f.tenant.as.HEAD_GROWER.sensor.create({
    organizationId: org,
    propertyId: f.propertyId,
    roomId: f.vegRoomId,
    code: `S${serial}`,
    name: `Sensor ${serial}`,
    kind,
  })
}

function post(key: string | null, body: unknown, headers: Record<string, string> = {}) {
  return fetch(url, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(key ? { Authorization: `Bearer ${key}` } : {}),
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
}

const BASE = Date.now() - 6 * 3600_000
const at = (seconds: number) => new Date(BASE + seconds * 1000).toISOString()
const temps = (values: [number, number][]) => ({
  readings: values.map(([seconds, value]) => ({
    metric: 'TEMPERATURE_C',
    value,
    recordedAt: at(seconds),
  })),
})

async function alertsOf(sensorId: string) {
  return db.prisma.alert.findMany({ where: { sensorId }, orderBy: { openedAt: 'asc' } })
}

describe('POST /api/ingest/readings', () => {
  it('[SENS1] stores readings with derived VPD, updates lastReadingAt and answers counts', async () => {
    const { sensor, apiKey } = await newSensor()
    const response = await post(apiKey, {
      readings: [
        { metric: 'TEMPERATURE_C', value: 25, recordedAt: at(0) },
        { metric: 'HUMIDITY_PCT', value: 60, recordedAt: at(0) },
        { metric: 'TEMPERATURE_C', value: 25.2, recordedAt: at(10) },
      ],
    })
    expect(response.status).toBe(202)
    expect(await response.json()).toEqual({
      sensorId: sensor.id,
      accepted: 3,
      derived: 1,
      alertsOpened: 0,
      alertsResolved: 0,
    })
    const rows = await db.prisma.sensorReading.findMany({
      where: { sensorId: sensor.id },
      orderBy: [{ recordedAt: 'asc' }, { metric: 'asc' }],
    })
    expect(rows[0]?.recordedAt.toISOString()).toBe(at(0))
    expect(rows.map((row) => [row.metric, row.value])).toEqual([
      ['TEMPERATURE_C', 25],
      ['HUMIDITY_PCT', 60],
      ['VPD_KPA', 1.267],
      ['TEMPERATURE_C', 25.2],
    ])
    const stored = await db.prisma.sensor.findUniqueOrThrow({ where: { id: sensor.id } })
    expect(stored.lastReadingAt?.toISOString()).toBe(at(10))
    // One throttled reading event per metric of the batch.
    const types = published.flatMap((p) => p.envelopes.map((e) => e.type))
    expect(types.filter((type) => type === 'sensor.reading')).toHaveLength(3)
  })

  it('[SENS1] takes the key from X-Sensor-Key too; refuses unknown and missing keys with 401', async () => {
    const { apiKey } = await newSensor()
    const ok = await post(null, temps([[0, 24]]), { 'X-Sensor-Key': apiKey })
    expect(ok.status).toBe(202)
    const wrong = await post(`${apiKey}x`, temps([[0, 24]]))
    expect(wrong.status).toBe(401)
    expect(await wrong.json()).toMatchObject({ code: 'SENSOR.UNKNOWN_KEY' })
    expect((await post(null, temps([[0, 24]]))).status).toBe(401)
  })

  it('[SENS1] a rotated key stops working at once', async () => {
    const { sensor, apiKey } = await newSensor()
    const rotated = await f.tenant.as.OWNER.sensor.rotateKey({
      organizationId: org,
      sensorId: sensor.id,
    })
    expect((await post(apiKey, temps([[0, 24]]))).status).toBe(401)
    expect((await post(rotated.apiKey, temps([[0, 24]]))).status).toBe(202)
  })

  it('[SENS2] refuses a bad payload with 400 naming the field, and stores nothing', async () => {
    const { sensor, apiKey } = await newSensor()
    const response = await post(apiKey, {
      readings: [
        { metric: 'TEMPERATURE_C', value: 24 },
        { metric: 'HUMIDITY_PCT', value: 140 },
      ],
    })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { error: string; issues: { field: string }[] }
    expect(body.issues.map((issue) => issue.field)).toEqual(['readings[1].value'])
    expect(body.error).toMatch(/^readings\[1\]\.value: HUMIDITY_PCT must be between 0 and 100/)
    expect(await db.prisma.sensorReading.count({ where: { sensorId: sensor.id } })).toBe(0)
    const notJson = await post(apiKey, '{"readings": [')
    expect(notJson.status).toBe(400)
  })

  it('answers 415 for a body that is not JSON, 413 for a huge one, 405 for GET', async () => {
    const { apiKey } = await newSensor()
    const text = await post(apiKey, 'x', { 'Content-Type': 'text/plain' })
    expect(text.status).toBe(415)
    const huge = await post(apiKey, { readings: [], pad: 'x'.repeat(300 * 1024) })
    expect(huge.status).toBe(413)
    expect((await fetch(url)).status).toBe(405)
  })
})

describe('threshold alerts through ingest', () => {
  async function withRoomRule() {
    const created = await newSensor()
    const rule = await f.tenant.as.HEAD_GROWER.alert.createRule({
      organizationId: org,
      propertyId: f.propertyId,
      roomId: f.vegRoomId,
      metric: 'TEMPERATURE_C',
      min: 20,
      max: 28,
      hysteresis: 0.5,
      minDurationSeconds: 300,
    })
    return { ...created, rule }
  }

  it('[SENS5] an excursion longer than the minimum duration opens exactly one alert, published after commit', async () => {
    // Rules of the room apply to every sensor in it: use a fresh room rule per test by
    // reading a fresh sensor only (earlier sensors send nothing more).
    const { sensor, apiKey, rule } = await withRoomRule()
    const first = await post(
      apiKey,
      temps([
        [0, 26],
        [60, 29],
        [200, 29.4],
      ]),
    )
    expect(await first.json()).toMatchObject({ alertsOpened: 0 })
    const second = await post(
      apiKey,
      temps([
        [360, 29.6],
        [420, 30],
        [480, 29.8],
      ]),
    )
    expect(await second.json()).toMatchObject({ alertsOpened: 1 })
    const alerts = await alertsOf(sensor.id)
    expect(alerts).toMatchObject([
      {
        kind: 'THRESHOLD',
        status: 'OPEN',
        ruleId: rule.id,
        metric: 'TEMPERATURE_C',
        value: 29.6,
        threshold: 28,
        roomId: f.vegRoomId,
      },
    ])
    const alertId = alerts[0]!.id
    const events = await db.prisma.liveEvent.findMany({
      where: { organizationId: org, type: 'sensor.alert' },
    })
    expect(
      events.filter((e) => (e.payload as { alertId: string }).alertId === alertId),
    ).toHaveLength(1)
    const pushed = published.flatMap((p) => p.envelopes).filter((e) => e.type === 'sensor.alert')
    expect(pushed).toMatchObject([{ roomId: f.vegRoomId, payload: { alertId, status: 'OPEN' } }])
    expect(await Promise.all(published.map((p) => p.alertRowsVisible))).toContain(1)
    // The owner and head grower were notified.
    const notified = await db.prisma.notification.findMany({ where: { sourceId: alertId } })
    expect(notified.map((n) => n.userId).sort()).toEqual(
      [f.tenant.userIds.OWNER, f.tenant.userIds.HEAD_GROWER].sort(),
    )
    // Still outside: no second alert.
    await post(
      apiKey,
      temps([
        [540, 31],
        [600, 30.5],
      ]),
    )
    expect(await alertsOf(sensor.id)).toHaveLength(1)
    await db.prisma.alertRule.delete({ where: { id: rule.id } })
  })

  it('[SENS6] a flapping value opens none; back in range by the hysteresis clears an open one', async () => {
    const { sensor, apiKey, rule } = await withRoomRule()
    const flapping: [number, number][] = []
    for (let i = 0; i < 40; i++) flapping.push([i * 60, i % 3 === 2 ? 27.9 : 28.6])
    const response = await post(apiKey, temps(flapping))
    expect(await response.json()).toMatchObject({ alertsOpened: 0 })
    expect(await alertsOf(sensor.id)).toEqual([])

    await post(
      apiKey,
      temps([
        [3000, 29],
        [3400, 29],
      ]),
    )
    expect((await alertsOf(sensor.id)).map((a) => a.status)).toEqual(['OPEN'])
    const notYet = await post(apiKey, temps([[3460, 27.8]]))
    expect(await notYet.json()).toMatchObject({ alertsResolved: 0 })
    const cleared = await post(apiKey, temps([[3520, 27.4]]))
    expect(await cleared.json()).toMatchObject({ alertsResolved: 1 })
    expect(await alertsOf(sensor.id)).toMatchObject([
      { status: 'RESOLVED', resolution: 'cleared', resolvedById: null },
    ])
    const state = await db.prisma.alertRuleState.findUniqueOrThrow({
      where: { ruleId_sensorId: { ruleId: rule.id, sensorId: sensor.id } },
    })
    expect(state).toMatchObject({ breachingSince: null, alertId: null })
    await db.prisma.alertRule.delete({ where: { id: rule.id } })
  })
})

describe('anomalies and silence through ingest', () => {
  it('[SENS8] a spike far outside the baseline opens one ANOMALY alert', async () => {
    const { sensor, apiKey } = await newSensor('CO2')
    const steady = Array.from({ length: 40 }, (_, i) => ({
      metric: 'CO2_PPM',
      value: 900 + (i % 5) * 10,
      recordedAt: at(i * 30),
    }))
    await post(apiKey, { readings: steady })
    const spike = await post(apiKey, {
      readings: [
        { metric: 'CO2_PPM', value: 4000, recordedAt: at(1300) },
        { metric: 'CO2_PPM', value: 4100, recordedAt: at(1330) },
      ],
    })
    expect(await spike.json()).toMatchObject({ alertsOpened: 1 })
    expect(await alertsOf(sensor.id)).toMatchObject([
      { kind: 'ANOMALY', metric: 'CO2_PPM', value: 4100, status: 'OPEN' },
    ])
  })

  it('[SENS10] the watchdog opens one SILENT alert for a quiet sensor; its next reading resolves it', async () => {
    const { sensor, apiKey } = await newSensor()
    await post(apiKey, temps([[0, 24]]))
    const now = new Date(BASE + 20 * 60_000)
    // Sensors of earlier tests are quiet too: each gets one alert, and none a second one.
    expect(
      await checkSilentSensors(db.prisma, recorder, { silentAfterMinutes: 15, now }),
    ).toBeGreaterThanOrEqual(1)
    expect(await checkSilentSensors(db.prisma, recorder, { silentAfterMinutes: 15, now })).toBe(0)
    expect(await alertsOf(sensor.id)).toMatchObject([{ kind: 'SILENT', status: 'OPEN' }])
    const response = await post(apiKey, temps([[1300, 24.1]]))
    expect(await response.json()).toMatchObject({ alertsResolved: 1 })
    expect(await alertsOf(sensor.id)).toMatchObject([{ kind: 'SILENT', status: 'RESOLVED' }])
  })
})
