// `npm run simulate:sensors`: feeds the demo facility's sensors with realistic readings.
// It gives every demo sensor a fresh key (writing the hash through Prisma: a dev tool; the
// keys stay in this process's memory), backfills the last hour, then posts readings every few
// seconds (a day/night curve with noise). After about a minute the first room (VEG-A by
// default) has an HVAC failure: its temperature jumps to ≈31.5 °C, which opens an ANOMALY
// alert at once and the room's THRESHOLD alert after the rule's minimum duration (5 minutes);
// it recovers after --excursion-minutes and the threshold alert clears itself.
//
//   npm run simulate:sensors -- [--duration 10m] [--interval 5s] [--room VEG-A]
//        [--excursion-after 60s] [--excursion-minutes 7] [--api http://127.0.0.1:3000]
//
// Needs the api's database (DATABASE_URL, or the one `npm start` is running) and the api's URL.
import { parseArgs } from 'node:util'
import { createPrismaClient, type PrismaClient } from '@growops/db'
import { generateSensorKey } from '../apps/api/src/services/sensors/sensor-keys.ts'
import { DEMO_ORGANIZATION } from '../prisma/seed/demo-facility.ts'
import { readEmbeddedDatabaseUrl } from './lib/embedded-url.ts'

const HOW_TO_CONNECT = `simulate:sensors needs the api's database.
  With "npm start" (embedded database) running, it finds it by itself; otherwise copy the URL
  "npm start" prints on the "embedded database ready" line, e.g.
    DATABASE_URL='postgresql://postgres@127.0.0.1:<port>/postgres?sslmode=disable' npm run simulate:sensors
  (start it with EMBEDDED_DB_PORT=5499 npm start to keep that port fixed).
  With your own PostgreSQL: the DATABASE_URL the api uses (seeded with npm run db:seed).`

function seconds(text: string, name: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim())
  if (!match) throw new Error(`--${name} "${text}": use a number with s, m or h, e.g. 90s or 10m`)
  const value = Number(match[1])
  const unit = match[2] ?? 's'
  return unit === 'ms'
    ? value / 1000
    : unit === 'm'
      ? value * 60
      : unit === 'h'
        ? value * 3600
        : value
}

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string' },
    interval: { type: 'string', default: '5s' },
    room: { type: 'string', default: 'VEG-A' },
    'excursion-after': { type: 'string', default: '60s' },
    'excursion-minutes': { type: 'string', default: '7' },
    api: { type: 'string', default: process.env.API_URL ?? 'http://127.0.0.1:3000' },
  },
})
const durationS = args.duration ? seconds(args.duration, 'duration') : Infinity
const intervalS = Math.max(1, seconds(args.interval, 'interval'))
const excursionAfterS = seconds(args['excursion-after'], 'excursion-after')
const excursionS = Number(args['excursion-minutes']) * 60
const endpoint = new URL('/api/ingest/readings', args.api).toString()

interface SimSensor {
  code: string
  kind: string
  roomCode: string
  roomType: string
  key: string
  /** Per-sensor offsets so sensors of one room differ a little. */
  offset: number
}

/** Room climate targets by type: temperature °C and RH % by day; CO2 by day. */
const CLIMATE: Record<string, { t: number; rh: number; co2: number }> = {
  CLONE: { t: 25, rh: 75, co2: 600 },
  VEG: { t: 25, rh: 60, co2: 800 },
  FLOWER: { t: 24.5, rh: 50, co2: 1100 },
  DRY: { t: 18.5, rh: 60, co2: 500 },
}

async function loadSensors(prisma: PrismaClient): Promise<SimSensor[]> {
  const rows = await prisma.sensor.findMany({
    where: { organization: { slug: DEMO_ORGANIZATION.slug }, roomId: { not: null } },
    select: { id: true, code: true, kind: true, room: { select: { code: true, type: true } } },
    orderBy: { code: 'asc' },
  })
  const sensors: SimSensor[] = []
  for (const [index, row] of rows.entries()) {
    const key = generateSensorKey()
    await prisma.sensor.update({
      where: { id: row.id },
      data: { apiKeyHash: key.hash, apiKeyPrefix: key.prefix },
    })
    sensors.push({
      code: row.code,
      kind: row.kind,
      roomCode: row.room?.code ?? '?',
      roomType: row.room?.type ?? 'VEG',
      key: key.key,
      offset: ((index * 37) % 10) / 20 - 0.25,
    })
  }
  return sensors
}

const noise = (amplitude: number) => (Math.random() * 2 - 1) * amplitude
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits

function readingsAt(sensor: SimSensor, at: Date, excursion: boolean) {
  const climate = CLIMATE[sensor.roomType] ?? { t: 24, rh: 60, co2: 700 }
  const hour = at.getHours() + at.getMinutes() / 60
  const lightsOn = hour >= 6 && hour < 18
  // Day/night: warmer and drier with the lights on, a smooth curve in between.
  const day = Math.sin(((hour - 6) / 24) * 2 * Math.PI)
  const recordedAt = at.toISOString()
  if (sensor.kind === 'CO2') {
    const base = lightsOn ? climate.co2 : 550
    return [{ metric: 'CO2_PPM', value: Math.round(base + 60 * day + noise(25)), recordedAt }]
  }
  let t = climate.t + 1.5 * day + sensor.offset + noise(0.2)
  let rh = climate.rh - 4 * day - sensor.offset * 2 + noise(1)
  if (excursion) {
    t = 31.5 + noise(0.3)
    rh = rh - 6
  }
  return [
    { metric: 'TEMPERATURE_C', value: round(t), recordedAt },
    { metric: 'HUMIDITY_PCT', value: round(Math.min(100, Math.max(0, rh))), recordedAt },
  ]
}

async function send(
  sensor: SimSensor,
  readings: unknown[],
): Promise<{ opened: number; resolved: number }> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { Authorization: `Bearer ${sensor.key}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ readings }),
  })
  const body = (await response.json().catch(() => ({}))) as {
    alertsOpened?: number
    alertsResolved?: number
    error?: string
  }
  if (response.status !== 202) {
    throw new Error(`${sensor.code}: the api answered ${response.status} ${body.error ?? ''}`)
  }
  return { opened: body.alertsOpened ?? 0, resolved: body.alertsResolved ?? 0 }
}

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL ?? readEmbeddedDatabaseUrl()
  if (!databaseUrl) {
    console.error(HOW_TO_CONNECT)
    process.exit(1)
  }
  const prisma = createPrismaClient(databaseUrl)
  try {
    await prisma.$queryRaw`SELECT 1`
  } catch (error) {
    console.error(
      `Cannot reach ${databaseUrl}: ${error instanceof Error ? error.message : String(error)}\n`,
    )
    console.error(HOW_TO_CONNECT)
    process.exit(1)
  }
  const sensors = await loadSensors(prisma)
  await prisma.$disconnect()
  if (sensors.length === 0) {
    console.error(
      'No demo sensors found: seed the demo facility first (npm start or npm run db:seed).',
    )
    process.exit(1)
  }
  const hotRoom = args.room.toUpperCase()
  console.log(
    `Simulating ${sensors.length} sensors → ${endpoint} every ${intervalS}s` +
      `${Number.isFinite(durationS) ? ` for ${durationS}s` : ''}; ${hotRoom} overheats after ${excursionAfterS}s for ${excursionS / 60} min. Ctrl-C stops.`,
  )
  // An hour of history, one reading a minute: sparklines and anomaly baselines start full.
  const started = Date.now()
  for (const sensor of sensors) {
    const readings = Array.from({ length: 60 }, (_, i) =>
      readingsAt(sensor, new Date(started - (60 - i) * 60_000), false),
    ).flat()
    await send(sensor, readings)
  }
  console.log('Backfilled the last hour.')

  let stopped = false
  process.on('SIGINT', () => {
    stopped = true
  })
  let excursionAnnounced = false
  while (!stopped) {
    const elapsed = (Date.now() - started) / 1000
    if (elapsed >= durationS) break
    const excursion = elapsed >= excursionAfterS && elapsed < excursionAfterS + excursionS
    if (excursion && !excursionAnnounced) {
      console.log(`Excursion: ${hotRoom} HVAC failure, temperature ≈31.5 °C.`)
      excursionAnnounced = true
    }
    const now = new Date()
    const results = await Promise.allSettled(
      sensors.map((sensor) =>
        send(sensor, readingsAt(sensor, now, excursion && sensor.roomCode === hotRoom)).then(
          (result) => ({ sensor, ...result }),
        ),
      ),
    )
    for (const result of results) {
      if (result.status === 'rejected') {
        console.error(String(result.reason))
        continue
      }
      const { sensor, opened, resolved } = result.value
      if (opened) console.log(`${now.toISOString()} ${sensor.code}: ${opened} alert(s) opened`)
      if (resolved)
        console.log(`${now.toISOString()} ${sensor.code}: ${resolved} alert(s) resolved`)
    }
    await new Promise((resolve) => setTimeout(resolve, intervalS * 1000))
  }
  console.log('Stopped.')
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
