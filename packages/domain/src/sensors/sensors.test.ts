import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assertAlertTransition } from './alert-lifecycle.ts'
import { defaultAnomalyOptions, isFlatlined, isSilent, scanSeries } from './anomaly.ts'
import { MAX_INGEST_BATCH, parseIngestPayload } from './ingest.schema.ts'
import {
  AlertRuleCreateInputSchema,
  AlertRuleUpdateInputSchema,
  seriesBucketSeconds,
} from './sensors.schema.ts'
import {
  INITIAL_THRESHOLD_STATE,
  evaluateThreshold,
  evaluateThresholdSeries,
  type ThresholdRule,
} from './threshold-rule.ts'
import { deriveVpdReadings, vaporPressureDeficitKpa } from './vpd.ts'

const NOW = new Date('2026-11-21T12:00:00Z')
const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000)

function issuesOf(body: unknown) {
  const result = parseIngestPayload(body, NOW)
  return result.ok ? [] : result.issues
}

describe('ingest payload', () => {
  it('[SENS1] accepts readings and takes a missing time as now', () => {
    const result = parseIngestPayload(
      {
        readings: [
          { metric: 'TEMPERATURE_C', value: 24.5, recordedAt: '2026-11-21T11:59:00Z' },
          { metric: 'HUMIDITY_PCT', value: 61 },
        ],
      },
      NOW,
    )
    expect(result).toEqual({
      ok: true,
      readings: [
        { metric: 'TEMPERATURE_C', value: 24.5, recordedAt: new Date('2026-11-21T11:59:00Z') },
        { metric: 'HUMIDITY_PCT', value: 61, recordedAt: NOW },
      ],
    })
  })

  it.each([
    ['not an object', 'x', 'body'],
    ['no readings', { readings: [] }, 'readings'],
    ['a string value', { readings: [{ metric: 'PH', value: '6' }] }, 'readings[0].value'],
    [
      'unknown metric',
      {
        readings: [
          { metric: 'PH', value: 6 },
          { metric: 'X', value: 1 },
        ],
      },
      'readings[1].metric',
    ],
    [
      'an unknown field',
      { readings: [{ metric: 'PH', value: 6, unit: 'pH' }] },
      'readings[0].unit',
    ],
    [
      'a bad date',
      { readings: [{ metric: 'PH', value: 6, recordedAt: 'yesterday' }] },
      'readings[0].recordedAt',
    ],
  ])('[SENS1] names the field of %s', (_, body, field) => {
    expect(issuesOf(body).map((issue) => issue.field)).toContain(field)
  })

  it('[SENS1] refuses more than 1,000 readings', () => {
    const readings = Array.from({ length: MAX_INGEST_BATCH + 1 }, () => ({
      metric: 'PH',
      value: 6,
    }))
    expect(issuesOf({ readings })[0]).toMatchObject({ field: 'readings' })
    expect(issuesOf({ readings: readings.slice(1) })).toEqual([])
  })

  it.each([
    ['TEMPERATURE_C', 81],
    ['TEMPERATURE_C', -41],
    ['HUMIDITY_PCT', 100.5],
    ['CO2_PPM', 10_001],
    ['PH', 14.1],
    ['EC_MS_CM', -0.1],
  ])('[SENS2] refuses %s = %d as implausible', (metric, value) => {
    const issues = issuesOf({
      readings: [
        { metric: 'PH', value: 7 },
        { metric, value },
      ],
    })
    expect(issues).toEqual([expect.objectContaining({ field: 'readings[1].value' })])
  })

  it('[SENS2] refuses a time more than 5 minutes ahead, accepts small clock drift', () => {
    const reading = (seconds: number) => ({
      readings: [{ metric: 'PH', value: 6, recordedAt: at(seconds).toISOString() }],
    })
    expect(issuesOf(reading(299))).toEqual([])
    expect(issuesOf(reading(301))).toEqual([
      expect.objectContaining({ field: 'readings[0].recordedAt' }),
    ])
  })

  it('[SENS3] refuses VPD from a device: it is derived', () => {
    expect(issuesOf({ readings: [{ metric: 'VPD_KPA', value: 1 }] })[0]?.message).toMatch(/derived/)
  })
})

describe('VPD', () => {
  it.each([
    [25, 60, 1.267],
    [20, 50, 1.169],
    [30, 100, 0],
    [24, 0, 2.985],
  ])('[SENS4] %d °C at %d %% RH is %d kPa', (t, rh, vpd) => {
    expect(vaporPressureDeficitKpa(t, rh)).toBeCloseTo(vpd, 2)
  })

  it('[SENS4] derives one VPD reading per instant holding both temperature and humidity', () => {
    const derived = deriveVpdReadings([
      { metric: 'TEMPERATURE_C', value: 25, recordedAt: at(0) },
      { metric: 'HUMIDITY_PCT', value: 60, recordedAt: at(0) },
      { metric: 'TEMPERATURE_C', value: 26, recordedAt: at(10) },
      { metric: 'CO2_PPM', value: 900, recordedAt: at(10) },
    ])
    expect(derived).toEqual([
      { metric: 'VPD_KPA', value: vaporPressureDeficitKpa(25, 60), recordedAt: at(0) },
    ])
  })

  it('[SENS4] VPD is never negative and falls as humidity rises', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -40, max: 80, noNaN: true }),
        fc.double({ min: 0, max: 99, noNaN: true }),
        (t, rh) => {
          expect(vaporPressureDeficitKpa(t, rh)).toBeGreaterThanOrEqual(0)
          expect(vaporPressureDeficitKpa(t, rh + 1)).toBeLessThanOrEqual(
            vaporPressureDeficitKpa(t, rh),
          )
        },
      ),
    )
  })
})

const VEG_TEMP: ThresholdRule = { min: 20, max: 28, hysteresis: 0.5, minDurationSeconds: 300 }

function run(rule: ThresholdRule, values: [seconds: number, value: number][]) {
  return evaluateThresholdSeries(
    rule,
    INITIAL_THRESHOLD_STATE,
    values.map(([seconds, value]) => ({ value, recordedAt: at(seconds) })),
  )
}

describe('threshold rules', () => {
  it('[SENS5] opens only once the value has stayed outside for the minimum duration', () => {
    const result = run(VEG_TEMP, [
      [0, 27],
      [60, 29],
      [200, 29.5],
      [359, 30],
      [360, 30],
      [420, 31],
    ])
    expect(result.actions).toEqual([
      { index: 4, action: { type: 'open', bound: 'max', threshold: 28, since: at(60) } },
    ])
    expect(result.state).toEqual({ breachingSince: at(60), alertOpen: true })
  })

  it('[SENS5] a dip back inside restarts the clock', () => {
    const result = run(VEG_TEMP, [
      [0, 29],
      [200, 27],
      [250, 29],
      [400, 29],
    ])
    expect(result.actions).toEqual([])
    expect(result.state.breachingSince).toEqual(at(250))
  })

  it('[SENS5] with no minimum duration the first reading outside opens; below min names min', () => {
    const result = run({ ...VEG_TEMP, minDurationSeconds: 0 }, [[0, 19]])
    expect(result.actions[0]?.action).toMatchObject({ type: 'open', bound: 'min', threshold: 20 })
  })

  it('[SENS6] clears only when back inside by the hysteresis margin', () => {
    const result = run(VEG_TEMP, [
      [0, 29],
      [300, 29],
      [360, 27.9],
      [420, 27.6],
      [480, 27.5],
    ])
    expect(result.actions.map((a) => [a.index, a.action.type])).toEqual([
      [1, 'open'],
      [4, 'clear'],
    ])
    expect(result.state).toEqual(INITIAL_THRESHOLD_STATE)
  })

  it('[SENS6] a flapping value around the bound opens no alert', () => {
    // Outside periods never last the minimum duration, however the readings fall.
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 299 }), fc.integer({ min: 1, max: 600 })), {
          maxLength: 60,
        }),
        (periods) => {
          const values: [number, number][] = []
          let t = 0
          for (const [outside, inside] of periods) {
            values.push([t, 28.5], [t + outside - 1, 29])
            t += outside
            values.push([t, 27.8])
            t += inside
          }
          expect(run(VEG_TEMP, values).actions).toEqual([])
        },
      ),
    )
  })

  it('[SENS7] opens and clears alternate, and each open follows a breach of the full duration', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: 1, max: 120 }), fc.double({ min: 15, max: 33, noNaN: true })),
          {
            maxLength: 200,
          },
        ),
        (steps) => {
          let t = 0
          const values = steps.map(([dt, value]): [number, number] => [(t += dt), value])
          const readings = values.map(([s, value]) => ({ value, recordedAt: at(s) }))
          const { actions } = evaluateThresholdSeries(VEG_TEMP, INITIAL_THRESHOLD_STATE, readings)
          actions.forEach((entry, i) => {
            expect(entry.action.type).toBe(i % 2 === 0 ? 'open' : 'clear')
            if (entry.action.type === 'open') {
              const reading = readings[entry.index]
              expect(
                reading!.recordedAt.getTime() - entry.action.since.getTime(),
              ).toBeGreaterThanOrEqual(VEG_TEMP.minDurationSeconds * 1000)
              for (const r of readings.slice(0, entry.index + 1)) {
                if (r.recordedAt >= entry.action.since)
                  expect(r.value < 20 || r.value > 28).toBe(true)
              }
            }
          })
        },
      ),
    )
  })

  it('[SENS7] an open alert stays open (no repeat) while the value stays outside', () => {
    const step = evaluateThreshold(
      VEG_TEMP,
      { breachingSince: at(0), alertOpen: true },
      { value: 35, recordedAt: at(9999) },
    )
    expect(step.action).toEqual({ type: 'none' })
  })

  it('[SENS7] a rule needs a room or a sensor (not both), a bound, and a hysteresis that can clear', () => {
    const base = { propertyId: crypto.randomUUID(), metric: 'TEMPERATURE_C', min: 20, max: 28 }
    const room = crypto.randomUUID()
    expect(AlertRuleCreateInputSchema.safeParse({ ...base, roomId: room }).success).toBe(true)
    expect(AlertRuleCreateInputSchema.safeParse(base).success).toBe(false)
    expect(
      AlertRuleCreateInputSchema.safeParse({ ...base, roomId: room, sensorId: room }).success,
    ).toBe(false)
    expect(
      AlertRuleCreateInputSchema.safeParse({ ...base, roomId: room, min: null, max: null }).success,
    ).toBe(false)
    expect(
      AlertRuleCreateInputSchema.safeParse({ ...base, roomId: room, hysteresis: 4 }).success,
    ).toBe(false)
  })
})

describe('anomaly detection', () => {
  const options = defaultAnomalyOptions('TEMPERATURE_C')
  const steady = (n: number, start = 0) =>
    Array.from({ length: n }, (_, i) => ({
      value: 24 + Math.sin(i) * 0.3,
      recordedAt: at(start + i * 10),
    }))

  it('[SENS8] flags a reading far outside the rolling baseline, not normal jitter', () => {
    const scan = scanSeries(
      steady(60),
      [
        { value: 24.2, recordedAt: at(600) },
        { value: 31, recordedAt: at(610) },
        { value: 24.1, recordedAt: at(620) },
      ],
      options,
    )
    expect(scan.anomalies).toEqual([expect.objectContaining({ index: 1, value: 31 })])
    expect(scan.flatlined).toBe(false)
  })

  it('[SENS8] flags nothing during warm-up', () => {
    const scan = scanSeries(steady(5), [{ value: 60, recordedAt: at(100) }], options)
    expect(scan.anomalies).toEqual([])
  })

  it('[SENS8] a slow drift is followed by the baseline, not flagged', () => {
    const drift = Array.from({ length: 400 }, (_, i) => ({
      value: 20 + i * 0.02 + Math.sin(i) * 0.2,
      recordedAt: at(i * 10),
    }))
    expect(scanSeries([], drift, options).anomalies).toEqual([])
  })

  it('[SENS9] a long run of identical values is a flat line; a short run is not', () => {
    const stuck = (n: number, every: number) =>
      Array.from({ length: n }, (_, i) => ({ value: 23.4, recordedAt: at(i * every) }))
    expect(isFlatlined([...steady(10, -200), ...stuck(61, 10)], options)).toBe(true)
    expect(isFlatlined(stuck(29, 60), options)).toBe(false)
    expect(isFlatlined(stuck(40, 5), options)).toBe(false)
    expect(isFlatlined(steady(100), options)).toBe(false)
  })

  it('[SENS10] a sensor is silent once it has not reported for the set minutes', () => {
    expect(isSilent(at(-15 * 60 - 1), NOW, 15)).toBe(true)
    expect(isSilent(at(-15 * 60), NOW, 15)).toBe(false)
    expect(isSilent(null, NOW, 15)).toBe(false)
  })
})

describe('alerts and charts', () => {
  it('[SENS11] a chart range never needs more than 200 buckets', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 93 * 86_400 }),
        fc.option(fc.integer({ min: 1, max: 86_400 })),
        (seconds, asked) => {
          const bucket = seriesBucketSeconds(at(0), at(seconds), asked ?? undefined)
          expect(Math.ceil(seconds / bucket)).toBeLessThanOrEqual(200)
          if (asked) expect(bucket).toBeGreaterThanOrEqual(asked)
        },
      ),
    )
  })

  it('[SENS12] alerts go open → acknowledged → resolved; resolved is final', () => {
    expect(() => assertAlertTransition('OPEN', 'ACKNOWLEDGED')).not.toThrow()
    expect(() => assertAlertTransition('OPEN', 'RESOLVED')).not.toThrow()
    expect(() => assertAlertTransition('ACKNOWLEDGED', 'RESOLVED')).not.toThrow()
    expect(() => assertAlertTransition('ACKNOWLEDGED', 'ACKNOWLEDGED')).toThrow(/cannot/)
    expect(() => assertAlertTransition('RESOLVED', 'ACKNOWLEDGED')).toThrow(/already resolved/)
  })
})

describe('rule updates', () => {
  it('[SENS7] an update changes only the fields given', () => {
    const parsed = AlertRuleUpdateInputSchema.parse({ ruleId: crypto.randomUUID(), min: 18 })
    expect(Object.keys(parsed).sort()).toEqual(['min', 'ruleId'])
  })
})
