// Sustained sensor ingest into PostgreSQL with rules evaluated (target ≥ 5,000 readings/s):
// batches of 500 readings (250 temperature + 250 humidity, so 250 VPD derived) posted over
// HTTP to POST /api/ingest/readings by 40 devices, 4 requests in flight, on a scratch
// database (BENCH_DATABASE_URL's server, default the local PostgreSQL; dropped afterwards).
// Every batch runs the room's threshold rules and the anomaly scan; one room has an
// excursion, so alerts open and clear along the way. Prints readings/s and batch p50/p99.
import { randomBytes } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import pg from 'pg'
import { createPrismaClient, migrateDatabase, type PrismaClient } from '@growops/db'
import { upsertBuilding, upsertProperty, upsertRoom } from '../prisma/seed/facility.ts'
import { answerIngestReadings } from '../apps/api/src/http/ingest-readings.ts'
import { noLivePublisher } from '../apps/api/src/services/realtime/live-events.ts'
import { generateSensorKey } from '../apps/api/src/services/sensors/sensor-keys.ts'
import { createReadingThrottle } from '../apps/api/src/services/sensors/reading-throttle.ts'

const SENSORS = 40
const BATCH = 500
const BATCHES = 240
const WARMUP_BATCHES = 20
const IN_FLIGHT = Number(process.env.BENCH_IN_FLIGHT ?? 4)

function serverUrl(): string {
  return process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres'
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl() })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

interface Device {
  key: string
  hot: boolean
  /** Seconds of simulated time already sent. */
  clock: number
}

async function seed(prisma: PrismaClient): Promise<Device[]> {
  const organization = await prisma.organization.create({ data: { name: 'Bench', slug: 'bench' } })
  const property = await upsertProperty(prisma, {
    organizationId: organization.id,
    code: 'MAIN',
    name: 'Main',
  })
  const building = await upsertBuilding(prisma, {
    propertyId: property.id,
    code: 'GROW1',
    name: 'Grow 1',
    type: 'CULTIVATION',
  })
  const devices: Device[] = []
  for (let r = 0; r < 4; r++) {
    const room = await upsertRoom(prisma, {
      buildingId: building.id,
      code: `ROOM-${r}`,
      name: `Room ${r}`,
      type: 'VEG',
    })
    for (const [metric, min, max, hysteresis] of [
      ['TEMPERATURE_C', 20, 28, 0.5],
      ['HUMIDITY_PCT', 50, 70, 2],
    ] as const) {
      await prisma.alertRule.create({
        data: {
          organizationId: organization.id,
          propertyId: property.id,
          roomId: room.id,
          metric,
          min,
          max,
          hysteresis,
          minDurationSeconds: 300,
        },
      })
    }
    for (let s = 0; s < SENSORS / 4; s++) {
      const key = generateSensorKey()
      await prisma.sensor.create({
        data: {
          organizationId: organization.id,
          propertyId: property.id,
          roomId: room.id,
          code: `R${r}-TH${s}`,
          name: `Room ${r} sensor ${s}`,
          kind: 'MULTI',
          apiKeyHash: key.hash,
          apiKeyPrefix: key.prefix,
        },
      })
      devices.push({ key: key.key, hot: r === 0, clock: 0 })
    }
  }
  return devices
}

/** 250 instants 10 s apart, each with temperature and humidity; room 0 runs hot in waves. */
function batchFor(device: Device, start: number): string {
  const readings: { metric: string; value: number; recordedAt: string }[] = []
  for (let i = 0; i < BATCH / 2; i++) {
    const t = device.clock + i * 10
    const diurnal = Math.sin((t / 86_400) * 2 * Math.PI)
    const hot = device.hot && Math.floor(t / 1800) % 2 === 1 ? 6 : 0
    const at = new Date(start + t * 1000).toISOString()
    readings.push(
      {
        metric: 'TEMPERATURE_C',
        value: round(24 + 2 * diurnal + hot + noise(0.3)),
        recordedAt: at,
      },
      { metric: 'HUMIDITY_PCT', value: round(60 - 5 * diurnal + noise(1.5)), recordedAt: at },
    )
  }
  device.clock += (BATCH / 2) * 10
  return JSON.stringify({ readings })
}

const noise = (amplitude: number) => (Math.random() * 2 - 1) * amplitude
const round = (value: number) => Math.round(value * 100) / 100

export async function runSensorIngestBench(): Promise<void> {
  const name = `growops_bench_ingest_${randomBytes(4).toString('hex')}`
  await admin(`CREATE DATABASE ${name}`)
  const url = new URL(serverUrl())
  url.pathname = `/${name}`
  const prisma = createPrismaClient(url.toString())
  const server = createServer((req, res) => {
    answerIngestReadings(
      { prisma, live: noLivePublisher, throttle: createReadingThrottle() },
      req,
      res,
    ).catch((error: unknown) => {
      console.error(error)
      res.statusCode = 500
      res.end()
    })
  })
  try {
    await migrateDatabase(url.toString())
    const devices = await seed(prisma)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/ingest/readings`
    // Simulated time starts far enough back that no batch is "in the future".
    const start = Date.now() - ((BATCHES + WARMUP_BATCHES) / SENSORS + 2) * BATCH * 5 * 1000
    let next = 0
    const latencies: number[] = []
    let opened = 0
    let resolved = 0
    async function worker(): Promise<void> {
      for (;;) {
        const index = next++
        if (index >= BATCHES + WARMUP_BATCHES) return
        // A device's batches are SENSORS apart, never in flight together: they arrive in order.
        const device = devices[index % SENSORS]
        if (!device) throw new Error('no device')
        const body = batchFor(device, start)
        const before = performance.now()
        const response = await fetch(endpoint, {
          method: 'POST',
          headers: { Authorization: `Bearer ${device.key}`, 'Content-Type': 'application/json' },
          body,
        })
        const result = (await response.json()) as { alertsOpened?: number; alertsResolved?: number }
        if (response.status !== 202) {
          throw new Error(`ingest answered ${response.status}: ${JSON.stringify(result)}`)
        }
        if (index >= WARMUP_BATCHES) {
          latencies.push(performance.now() - before)
          opened += result.alertsOpened ?? 0
          resolved += result.alertsResolved ?? 0
        }
      }
    }
    const started = performance.now()
    await Promise.all(Array.from({ length: IN_FLIGHT }, () => worker()))
    const seconds = (performance.now() - started) / 1000
    const measured = latencies.length
    // The rate counts every batch over the whole run (warm-up included: the cold start
    // only lowers it); latencies are of the measured batches.
    latencies.sort((a, b) => a - b)
    const p = (q: number) => latencies[Math.min(measured - 1, Math.floor(q * measured))] ?? 0
    const total = BATCHES + WARMUP_BATCHES
    const readingsPerSecond = Math.round((total * BATCH) / seconds)
    const stored = await prisma.sensorReading.count()
    console.log(
      `ingest over HTTP, ${BATCH}-reading batches, ${IN_FLIGHT} in flight`.padEnd(60) +
        ` ${readingsPerSecond.toLocaleString('en')} readings/s accepted` +
        ` (${Math.round((stored / seconds) | 0).toLocaleString('en')} rows/s with derived VPD)`,
    )
    console.log(
      `batch latency (n=${measured})`.padEnd(60) +
        ` p50 ${p(0.5).toFixed(1)} ms  p99 ${p(0.99).toFixed(1)} ms  max ${p(1).toFixed(1)} ms`,
    )
    console.log(
      `rules evaluated on every batch`.padEnd(60) +
        ` ${opened} alerts opened, ${resolved} resolved; ${stored.toLocaleString('en')} rows stored`,
    )
  } finally {
    server.close()
    await prisma.$disconnect()
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runSensorIngestBench()
