// Readings for charts (SENS11: bucketed, at most 200 points) and the dashboard's room tiles:
// per room, the latest value per metric (averaged over the room's sensors) and a sparkline.
import type { PrismaClient, SensorMetric } from '@growops/db'
import {
  seriesBucketSeconds,
  type RoomSummaryInput,
  type SensorReadingsInput,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { assertPropertyFor, findSensorFor } from './sensor-access.ts'
import { latestValuesOf } from './sensor-view.ts'

export interface SeriesPoint {
  /** Start of the bucket (ISO). */
  t: string
  avg: number
  min: number
  max: number
  count: number
}

export interface SensorSeries {
  sensorId: string
  metric: SensorMetric
  bucketSeconds: number
  points: SeriesPoint[]
}

export async function sensorReadings(
  prisma: PrismaClient,
  actor: Actor,
  input: SensorReadingsInput,
): Promise<SensorSeries> {
  const sensor = await findSensorFor(prisma, actor, input.sensorId)
  const bucketSeconds = seriesBucketSeconds(input.from, input.to, input.bucketSeconds)
  const from = input.from.getTime() / 1000
  const rows = await prisma.$queryRaw<
    { bucket: number; avg: number; min: number; max: number; count: bigint }[]
  >`
    SELECT floor((extract(epoch FROM "recordedAt") - ${from}) / ${bucketSeconds})::int AS bucket,
           avg(value) AS avg, min(value) AS min, max(value) AS max, count(*) AS count
    FROM "SensorReading"
    WHERE "sensorId" = ${sensor.id} AND metric = ${input.metric}::"SensorMetric"
      AND "recordedAt" >= ${input.from} AND "recordedAt" < ${input.to}
    GROUP BY 1 ORDER BY 1`
  return {
    sensorId: sensor.id,
    metric: input.metric,
    bucketSeconds,
    points: rows.map((row) => ({
      t: new Date((from + row.bucket * bucketSeconds) * 1000).toISOString(),
      avg: Math.round(row.avg * 1000) / 1000,
      min: row.min,
      max: row.max,
      count: Number(row.count),
    })),
  }
}

export interface RoomMetricSummary {
  metric: SensorMetric
  /** Average of the room's sensors' latest values. */
  latest: number
  latestAt: string
  /** Averages over equal buckets of the sparkline span, oldest first; null = no reading. */
  sparkline: (number | null)[]
}

export interface RoomSensorSummary {
  roomId: string
  roomCode: string
  roomName: string
  sensorCount: number
  openAlerts: number
  metrics: RoomMetricSummary[]
}

const SPARKLINE_POINTS = 24

export async function roomSensorSummary(
  prisma: PrismaClient,
  actor: Actor,
  input: RoomSummaryInput,
  now = new Date(),
): Promise<RoomSensorSummary[]> {
  await assertPropertyFor(prisma, actor, input.propertyId)
  const sensors = await prisma.sensor.findMany({
    where: {
      organizationId: actor.organizationId,
      propertyId: input.propertyId,
      roomId: { not: null },
    },
    select: { id: true, roomId: true, room: { select: { code: true, name: true } } },
  })
  const spanSeconds = input.sparklineMinutes * 60
  const bucketSeconds = spanSeconds / SPARKLINE_POINTS
  const since = new Date(now.getTime() - spanSeconds * 1000)
  const [latest, buckets, alerts] = await Promise.all([
    latestValuesOf(
      prisma,
      sensors.map((sensor) => sensor.id),
    ),
    prisma.$queryRaw<{ roomId: string; metric: SensorMetric; bucket: number; avg: number }[]>`
      SELECT s."roomId", r.metric,
             floor((extract(epoch FROM r."recordedAt") - ${since.getTime() / 1000}) / ${bucketSeconds})::int AS bucket,
             avg(r.value) AS avg
      FROM "SensorReading" r JOIN "Sensor" s ON s.id = r."sensorId"
      WHERE s."propertyId" = ${input.propertyId} AND s."organizationId" = ${actor.organizationId}
        AND s."roomId" IS NOT NULL AND r."recordedAt" >= ${since} AND r."recordedAt" <= ${now}
      GROUP BY 1, 2, 3`,
    prisma.alert.groupBy({
      by: ['roomId'],
      where: {
        organizationId: actor.organizationId,
        propertyId: input.propertyId,
        status: { not: 'RESOLVED' },
      },
      _count: { _all: true },
    }),
  ])
  const rooms = new Map<string, RoomSensorSummary>()
  type Running = { sum: number; n: number; at: string }
  const latestByRoom = new Map<string, Map<SensorMetric, Running>>()
  for (const sensor of sensors) {
    if (!sensor.roomId || !sensor.room) continue
    const room = rooms.get(sensor.roomId) ?? {
      roomId: sensor.roomId,
      roomCode: sensor.room.code,
      roomName: sensor.room.name,
      sensorCount: 0,
      openAlerts: 0,
      metrics: [],
    }
    room.sensorCount += 1
    rooms.set(sensor.roomId, room)
    const byMetric = latestByRoom.get(sensor.roomId) ?? new Map<SensorMetric, Running>()
    for (const value of latest.get(sensor.id) ?? []) {
      const entry = byMetric.get(value.metric) ?? { sum: 0, n: 0, at: value.recordedAt }
      entry.sum += value.value
      entry.n += 1
      if (value.recordedAt > entry.at) entry.at = value.recordedAt
      byMetric.set(value.metric, entry)
    }
    latestByRoom.set(sensor.roomId, byMetric)
  }
  for (const alert of alerts) {
    const room = alert.roomId ? rooms.get(alert.roomId) : undefined
    if (room) room.openAlerts = alert._count._all
  }
  for (const [roomId, byMetric] of latestByRoom) {
    const room = rooms.get(roomId)
    if (!room) continue
    for (const [metric, entry] of byMetric) {
      const sparkline: (number | null)[] = Array.from({ length: SPARKLINE_POINTS }, () => null)
      for (const row of buckets) {
        if (row.roomId !== roomId || row.metric !== metric) continue
        const index = Math.min(SPARKLINE_POINTS - 1, Math.max(0, row.bucket))
        sparkline[index] = Math.round(row.avg * 1000) / 1000
      }
      room.metrics.push({
        metric,
        latest: Math.round((entry.sum / entry.n) * 1000) / 1000,
        latestAt: entry.at,
        sparkline,
      })
    }
    room.metrics.sort((a, b) => a.metric.localeCompare(b.metric))
  }
  return [...rooms.values()].sort((a, b) => a.roomCode.localeCompare(b.roomCode))
}
