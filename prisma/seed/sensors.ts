// Demo sensors for the demo facility: a temperature/humidity (MULTI) sensor in every room,
// a second one and a CO2 sensor in flower, and room rules by room type. Keys are random and
// thrown away: only their hash is stored, nothing is printed. A device (or
// `npm run simulate:sensors`) gets a key by rotating it. Idempotent by sensor code.
import { createHash, randomBytes } from 'node:crypto'
import type { PrismaClient, SensorKind, SensorMetric } from '@growops/db'

interface RuleSpec {
  metric: SensorMetric
  min: number | null
  max: number | null
  hysteresis: number
}

/** Targets per room type (°C, % RH, ppm); breaches must last 5 minutes. */
export const DEMO_ROOM_RULES: Readonly<Record<string, readonly RuleSpec[]>> = {
  CLONE: [
    { metric: 'TEMPERATURE_C', min: 22, max: 28, hysteresis: 0.5 },
    { metric: 'HUMIDITY_PCT', min: 65, max: 85, hysteresis: 2 },
  ],
  VEG: [
    { metric: 'TEMPERATURE_C', min: 20, max: 28, hysteresis: 0.5 },
    { metric: 'HUMIDITY_PCT', min: 50, max: 70, hysteresis: 2 },
  ],
  FLOWER: [
    { metric: 'TEMPERATURE_C', min: 20, max: 28, hysteresis: 0.5 },
    { metric: 'HUMIDITY_PCT', min: 40, max: 60, hysteresis: 2 },
    { metric: 'CO2_PPM', min: null, max: 1500, hysteresis: 50 },
  ],
  DRY: [
    { metric: 'TEMPERATURE_C', min: 15, max: 22, hysteresis: 0.5 },
    { metric: 'HUMIDITY_PCT', min: 55, max: 65, hysteresis: 2 },
  ],
}

function unusableKeyHash(): { apiKeyHash: string; apiKeyPrefix: string } {
  const key = `gsk_${randomBytes(24).toString('base64url')}`
  return {
    apiKeyHash: createHash('sha256').update(key).digest('hex'),
    apiKeyPrefix: key.slice(0, 10),
  }
}

export async function seedDemoSensors(
  prisma: PrismaClient,
  input: { organizationId: string; propertyId: string; createdById: string },
): Promise<{ sensorIds: string[] }> {
  const rooms = await prisma.room.findMany({
    where: { building: { propertyId: input.propertyId } },
    select: { id: true, code: true, type: true },
    orderBy: { code: 'asc' },
  })
  const sensorIds: string[] = []
  for (const room of rooms) {
    const specs: { code: string; name: string; kind: SensorKind }[] = [
      { code: `${room.code}-TH1`, name: `${room.code} climate 1`, kind: 'MULTI' },
    ]
    if (room.type === 'FLOWER') {
      specs.push(
        { code: `${room.code}-TH2`, name: `${room.code} climate 2`, kind: 'MULTI' },
        { code: `${room.code}-CO2`, name: `${room.code} CO2`, kind: 'CO2' },
      )
    }
    for (const spec of specs) {
      const sensor = await prisma.sensor.upsert({
        where: { propertyId_code: { propertyId: input.propertyId, code: spec.code } },
        create: {
          ...spec,
          ...unusableKeyHash(),
          organizationId: input.organizationId,
          propertyId: input.propertyId,
          roomId: room.id,
        },
        update: {},
        select: { id: true },
      })
      sensorIds.push(sensor.id)
    }
    for (const rule of DEMO_ROOM_RULES[room.type] ?? []) {
      const existing = await prisma.alertRule.findFirst({
        where: { roomId: room.id, metric: rule.metric, sensorId: null },
        select: { id: true },
      })
      if (existing) continue
      await prisma.alertRule.create({
        data: {
          ...rule,
          organizationId: input.organizationId,
          propertyId: input.propertyId,
          roomId: room.id,
          minDurationSeconds: 300,
          createdById: input.createdById,
        },
      })
    }
  }
  return { sensorIds }
}
