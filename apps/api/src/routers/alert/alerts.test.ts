// sensor.* and alert.* through createCaller against PostgreSQL: one-time keys, roles,
// tenancy, chart series, room tiles, and acknowledging/resolving with who and when.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { hashSensorKey } from '../../services/sensors/sensor-keys.ts'
import { ingestReadings } from '../../services/sensors/ingest-readings.ts'
import { createReadingThrottle } from '../../services/sensors/reading-throttle.ts'
import { noLivePublisher } from '../../services/realtime/live-events.ts'
import {
  createCultivationFixture,
  domainCodeOf,
  type CultivationFixture,
} from '../../test/cultivation-fixture.ts'
import { createTenant, type TenantFixture } from '../../test/tenancy.ts'

let db: TestDatabase
let f: CultivationFixture
let other: TenantFixture
let org: string
let sensorId: string
let alertId: string
const NOW = new Date()
const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000)

beforeAll(async () => {
  db = await createTestDatabase()
  f = await createCultivationFixture(db.prisma, 'alerts')
  other = await createTenant(db.prisma, 'alerts-other')
  org = f.tenant.organizationId
  const created = await f.tenant.as.OWNER.sensor.create({
    organizationId: org,
    propertyId: f.propertyId,
    roomId: f.vegRoomId,
    code: 'veg-a-th1',
    name: 'Veg A climate',
    kind: 'MULTI',
  })
  sensorId = created.sensor.id
  await f.tenant.as.OWNER.alert.createRule({
    organizationId: org,
    propertyId: f.propertyId,
    sensorId,
    metric: 'TEMPERATURE_C',
    max: 28,
  })
  const sensor = await db.prisma.sensor.findUniqueOrThrow({ where: { id: sensorId } })
  const readings = Array.from({ length: 120 }, (_, i) => [
    {
      metric: 'TEMPERATURE_C' as const,
      value: i === 119 ? 30 : 24 + (i % 7) * 0.4,
      recordedAt: minutesAgo(119 - i),
    },
    { metric: 'HUMIDITY_PCT' as const, value: 60 + (i % 5), recordedAt: minutesAgo(119 - i) },
  ]).flat()
  await ingestReadings(db.prisma, sensor, readings, {
    live: noLivePublisher,
    throttle: createReadingThrottle(),
    now: NOW,
  })
  const alert = await db.prisma.alert.findFirstOrThrow({ where: { sensorId, kind: 'THRESHOLD' } })
  alertId = alert.id
})

afterAll(async () => {
  await db.drop()
})

describe('sensor', () => {
  it('[SENS1] create answers the key once; only its SHA-256 is stored; codes are unique', async () => {
    const { sensor, apiKey } = await f.tenant.as.HEAD_GROWER.sensor.create({
      organizationId: org,
      propertyId: f.propertyId,
      roomId: f.dryRoomId,
      code: 'DRY-TH1',
      name: 'Dry room',
      kind: 'MULTI',
    })
    const row = await db.prisma.sensor.findUniqueOrThrow({ where: { id: sensor.id } })
    expect(row.apiKeyHash).toBe(hashSensorKey(apiKey))
    expect(apiKey.startsWith(row.apiKeyPrefix)).toBe(true)
    expect(JSON.stringify(sensor)).not.toContain(row.apiKeyHash)
    const listed = await f.tenant.as.STAFF.sensor.list({ organizationId: org })
    expect(JSON.stringify(listed)).not.toContain(apiKey)
    expect(
      await domainCodeOf(
        f.tenant.as.OWNER.sensor.create({
          organizationId: org,
          propertyId: f.propertyId,
          code: 'DRY-TH1',
          name: 'Again',
          kind: 'CO2',
        }),
      ),
    ).toBe('SENSOR.CODE_TAKEN')
  })

  it('only OWNER and HEAD_GROWER set up sensors and rules', async () => {
    for (const role of ['STAFF', 'ACCOUNTANT', 'COMPLIANCE_MANAGER'] as const) {
      expect(
        await domainCodeOf(f.tenant.as[role].sensor.rotateKey({ organizationId: org, sensorId })),
      ).toBe('AUTH.FORBIDDEN')
    }
  })

  it('list gives the latest value per metric (derived VPD included)', async () => {
    const [sensor] = await f.tenant.as.ACCOUNTANT.sensor.list({
      organizationId: org,
      roomId: f.vegRoomId,
    })
    expect(sensor?.code).toBe('VEG-A-TH1')
    expect(sensor?.latest.map((value) => [value.metric, value.value])).toEqual([
      ['TEMPERATURE_C', 30],
      ['HUMIDITY_PCT', 64],
      ['VPD_KPA', expect.closeTo(1.528, 2)],
    ])
  })

  it('[SENS11] readings come back bucketed, at most 200 points, averages inside min/max', async () => {
    const series = await f.tenant.as.STAFF.sensor.readings({
      organizationId: org,
      sensorId,
      metric: 'TEMPERATURE_C',
      from: minutesAgo(180),
      to: minutesAgo(-1),
      bucketSeconds: 10,
    })
    expect(series.bucketSeconds).toBe(55)
    expect(series.points.length).toBeLessThanOrEqual(200)
    expect(series.points.reduce((sum, p) => sum + p.count, 0)).toBe(120)
    for (const point of series.points) {
      expect(point.avg).toBeGreaterThanOrEqual(point.min)
      expect(point.avg).toBeLessThanOrEqual(point.max)
    }
  })

  it('roomSummary gives each room with sensors its latest values, sparkline and open alerts', async () => {
    const rooms = await f.tenant.as.HEAD_GROWER.sensor.roomSummary({
      organizationId: org,
      propertyId: f.propertyId,
    })
    const veg = rooms.find((room) => room.roomId === f.vegRoomId)
    expect(veg).toMatchObject({ roomCode: 'VEG-A', sensorCount: 1, openAlerts: 1 })
    const temperature = veg?.metrics.find((m) => m.metric === 'TEMPERATURE_C')
    expect(temperature?.latest).toBe(30)
    expect(temperature?.sparkline).toHaveLength(24)
    expect(temperature?.sparkline.filter((v) => v !== null).length).toBeGreaterThan(20)
  })
})

describe('alert', () => {
  it('lists open alerts; another organization sees none and cannot touch them', async () => {
    const open = await f.tenant.as.STAFF.alert.list({ organizationId: org })
    expect(open.map((alert) => alert.alertId)).toEqual([alertId])
    expect(open[0]).toMatchObject({ sensorCode: 'VEG-A-TH1', roomCode: 'VEG-A', kind: 'THRESHOLD' })
    const otherOrg = other.organizationId
    expect(await other.as.OWNER.alert.list({ organizationId: otherOrg })).toEqual([])
    expect(await other.as.OWNER.sensor.list({ organizationId: otherOrg })).toEqual([])
    expect(
      await domainCodeOf(other.as.OWNER.alert.acknowledge({ organizationId: otherOrg, alertId })),
    ).toBe('NOT_FOUND')
    expect(await domainCodeOf(other.as.OWNER.alert.list({ organizationId: org }))).toBe(
      'AUTH.FORBIDDEN',
    )
    expect(
      await domainCodeOf(
        other.as.OWNER.sensor.readings({
          organizationId: otherOrg,
          sensorId,
          metric: 'PH',
          from: minutesAgo(10),
          to: NOW,
        }),
      ),
    ).toBe('NOT_FOUND')
  })

  it('[SENS12] acknowledge then resolve record who and when; resolved is final', async () => {
    expect(
      await domainCodeOf(
        f.tenant.as.ACCOUNTANT.alert.acknowledge({ organizationId: org, alertId }),
      ),
    ).toBe('AUTH.FORBIDDEN')
    const acked = await f.tenant.as.STAFF.alert.acknowledge({ organizationId: org, alertId })
    expect(acked).toMatchObject({
      status: 'ACKNOWLEDGED',
      acknowledgedBy: { id: f.tenant.userIds.STAFF, name: 'STAFF of alerts' },
    })
    expect(Date.parse(acked.acknowledgedAt ?? '')).toBeGreaterThanOrEqual(NOW.getTime())
    expect(
      await domainCodeOf(
        f.tenant.as.STAFF.alert.resolve({ organizationId: org, alertId, note: 'Fixed' }),
      ),
    ).toBe('AUTH.FORBIDDEN')
    const resolved = await f.tenant.as.HEAD_GROWER.alert.resolve({
      organizationId: org,
      alertId,
      note: 'HVAC filter replaced',
    })
    expect(resolved).toMatchObject({
      status: 'RESOLVED',
      resolution: 'HVAC filter replaced',
      acknowledgedBy: { id: f.tenant.userIds.STAFF },
      resolvedBy: { id: f.tenant.userIds.HEAD_GROWER },
    })
    expect(
      await domainCodeOf(f.tenant.as.OWNER.alert.acknowledge({ organizationId: org, alertId })),
    ).toBe('ALERT.INVALID_TRANSITION')
    const events = await db.prisma.liveEvent.findMany({
      where: { organizationId: org, type: 'sensor.alert' },
      orderBy: { seq: 'asc' },
    })
    expect(events.map((e) => (e.payload as { status: string }).status)).toEqual([
      'OPEN',
      'ACKNOWLEDGED',
      'RESOLVED',
    ])
    expect(await f.tenant.as.OWNER.alert.list({ organizationId: org })).toEqual([])
    const all = await f.tenant.as.OWNER.alert.list({ organizationId: org, status: ['RESOLVED'] })
    expect(all.map((alert) => alert.alertId)).toEqual([alertId])
  })

  it('[SENS7] rules: a rule needs a room or a sensor of this organization', async () => {
    const rules = await f.tenant.as.STAFF.alert.rules({
      organizationId: org,
      propertyId: f.propertyId,
    })
    expect(rules).toHaveLength(1)
    expect(
      await domainCodeOf(
        f.tenant.as.OWNER.alert.updateRule({ organizationId: org, ruleId: rules[0]!.id, min: 40 }),
      ),
    ).toBe('VALIDATION.FAILED')
    const updated = await f.tenant.as.OWNER.alert.updateRule({
      organizationId: org,
      ruleId: rules[0]!.id,
      max: 29,
      hysteresis: 0.5,
    })
    expect(updated).toMatchObject({ max: 29, hysteresis: 0.5 })
    expect(
      await domainCodeOf(
        other.as.OWNER.alert.removeRule({
          organizationId: other.organizationId,
          ruleId: rules[0]!.id,
        }),
      ),
    ).toBe('NOT_FOUND')
  })
})
