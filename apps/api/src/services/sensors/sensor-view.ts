// What clients see of a sensor: never its key hash; the latest value of each metric.
import type { PrismaClient, Sensor, SensorMetric } from '@growops/db'

export interface LatestValue {
  metric: SensorMetric
  value: number
  recordedAt: string
}

export interface SensorView {
  id: string
  propertyId: string
  roomId: string | null
  positionId: string | null
  code: string
  name: string
  kind: Sensor['kind']
  apiKeyPrefix: string
  lastReadingAt: string | null
  createdAt: string
  latest: LatestValue[]
}

export function toSensorView(sensor: Sensor, latest: LatestValue[] = []): SensorView {
  return {
    id: sensor.id,
    propertyId: sensor.propertyId,
    roomId: sensor.roomId,
    positionId: sensor.positionId,
    code: sensor.code,
    name: sensor.name,
    kind: sensor.kind,
    apiKeyPrefix: sensor.apiKeyPrefix,
    lastReadingAt: sensor.lastReadingAt?.toISOString() ?? null,
    createdAt: sensor.createdAt.toISOString(),
    latest,
  }
}

/** The latest reading of every metric of each sensor (one indexed lookup per sensor+metric). */
export async function latestValuesOf(
  prisma: PrismaClient,
  sensorIds: readonly string[],
): Promise<Map<string, LatestValue[]>> {
  const latest = new Map<string, LatestValue[]>()
  if (sensorIds.length === 0) return latest
  const rows = await prisma.$queryRaw<
    { sensorId: string; metric: SensorMetric; value: number; recordedAt: Date }[]
  >`
    SELECT s.id AS "sensorId", m.metric, r.value, r."recordedAt"
    FROM unnest(${[...sensorIds]}::text[]) AS s(id)
    CROSS JOIN unnest(enum_range(NULL::"SensorMetric")) AS m(metric)
    CROSS JOIN LATERAL (
      SELECT value, "recordedAt" FROM "SensorReading"
      WHERE "sensorId" = s.id AND metric = m.metric
      ORDER BY "recordedAt" DESC
      LIMIT 1
    ) r
    ORDER BY s.id, m.metric`
  for (const row of rows) {
    const list = latest.get(row.sensorId) ?? []
    list.push({ metric: row.metric, value: row.value, recordedAt: row.recordedAt.toISOString() })
    latest.set(row.sensorId, list)
  }
  return latest
}
