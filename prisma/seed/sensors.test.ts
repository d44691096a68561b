import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { seedDemoFacility } from './demo-facility.ts'

let db: TestDatabase

beforeAll(async () => {
  db = await createTestDatabase()
})

afterAll(async () => {
  await db.drop()
})

describe('demo sensors seed', () => {
  it('puts sensors in every room with room rules, idempotently, with unknown keys', async () => {
    await seedDemoFacility(db.prisma, { demoPasswords: false })
    const first = await db.prisma.sensor.findMany({ orderBy: { code: 'asc' } })
    await seedDemoFacility(db.prisma, { demoPasswords: false })
    const again = await db.prisma.sensor.findMany({ orderBy: { code: 'asc' } })
    expect(again.map((sensor) => [sensor.code, sensor.apiKeyHash])).toEqual(
      first.map((sensor) => [sensor.code, sensor.apiKeyHash]),
    )
    expect(first.map((sensor) => `${sensor.code}:${sensor.kind}`)).toEqual([
      'CLONE-1-TH1:MULTI',
      'DRY-A-TH1:MULTI',
      'FLOWER-A-CO2:CO2',
      'FLOWER-A-TH1:MULTI',
      'FLOWER-A-TH2:MULTI',
      'VEG-A-TH1:MULTI',
    ])
    expect(new Set(first.map((sensor) => sensor.apiKeyHash)).size).toBe(6)
    const vegRules = await db.prisma.alertRule.findMany({
      where: { room: { code: 'VEG-A' } },
      orderBy: { metric: 'asc' },
    })
    expect(vegRules).toMatchObject([
      { metric: 'TEMPERATURE_C', min: 20, max: 28, hysteresis: 0.5, minDurationSeconds: 300 },
      { metric: 'HUMIDITY_PCT', min: 50, max: 70 },
    ])
    expect(await db.prisma.alertRule.count()).toBe(9)
  })
})
