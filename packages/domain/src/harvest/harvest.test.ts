import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { HarvestPlantInputSchema, RecordWeightInputSchema } from './harvest.schema.ts'
import {
  fromGrams,
  isHangerSectionType,
  toGrams,
  WeightInputSchema,
  type WeightUnit,
} from './weight-units.ts'
import { summarizeYield, type WeightEntry } from './yield-summary.ts'

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`

describe('weight units', () => {
  it.each<{ value: number; unit: WeightUnit; grams: number }>([
    { value: 750, unit: 'G', grams: 750 },
    { value: 1.25, unit: 'KG', grams: 1250 },
    { value: 1, unit: 'OZ', grams: 28.35 },
    { value: 16, unit: 'OZ', grams: 453.592 },
    { value: 1, unit: 'LB', grams: 453.592 },
    { value: 2.5, unit: 'LB', grams: 1133.981 },
    { value: 0.0001, unit: 'G', grams: 0 },
  ])('[HARV1] $value $unit is $grams g', ({ value, unit, grams }) => {
    expect(toGrams(value, unit)).toBe(grams)
  })

  it('[HARV1] grams shown in a unit and converted back stay within a milligram', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 1_000_000, noNaN: true }),
        fc.constantFrom<WeightUnit>('G', 'KG', 'OZ', 'LB'),
        (grams, unit) => {
          const shown = fromGrams(grams, unit, 9)
          expect(Math.abs(toGrams(shown, unit) - grams)).toBeLessThanOrEqual(0.0015)
        },
      ),
    )
  })

  it.each([
    { weight: { value: 0, unit: 'G' }, message: /more than zero/ },
    { weight: { value: -3, unit: 'KG' }, message: /more than zero/ },
    { weight: { value: Number.NaN, unit: 'G' }, message: /number/ },
    { weight: { value: Number.POSITIVE_INFINITY, unit: 'G' }, message: /number/ },
    { weight: { value: 10_001, unit: 'KG' }, message: /10 t/ },
    { weight: { value: 3, unit: 'TON' }, message: /.+/ },
  ])('[HARV2] refuses $weight.value $weight.unit', ({ weight, message }) => {
    const result = WeightInputSchema.safeParse(weight)
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toMatch(message)
  })

  it('[HARV2] accepts a plausible weight in every unit', () => {
    for (const unit of ['G', 'KG', 'OZ', 'LB'] as const) {
      expect(WeightInputSchema.parse({ value: 2, unit })).toEqual({ value: 2, unit })
    }
  })

  it('[HARV2] weight.record input applies the same checks to value and unit', () => {
    const base = { batchId: uuid(1), kind: 'DRY' as const, unit: 'LB' as const }
    expect(RecordWeightInputSchema.safeParse({ ...base, value: 1.5 }).success).toBe(true)
    const refused = RecordWeightInputSchema.safeParse({ ...base, value: 0 })
    expect(refused.error?.issues[0]).toMatchObject({ path: ['value'] })
    expect(RecordWeightInputSchema.parse({ ...base, value: 1, note: '  ' }).note).toBeUndefined()
  })

  it('[HARV2] a harvest needs an idempotency key and a wet weight', () => {
    const input = { plantId: uuid(1), wetWeight: { value: 900, unit: 'G' } }
    expect(HarvestPlantInputSchema.safeParse(input).success).toBe(false)
    expect(
      HarvestPlantInputSchema.safeParse({ ...input, idempotencyKey: 'scan-0001' }).success,
    ).toBe(true)
  })

  it.each([
    { type: 'RACK', hanger: true },
    { type: 'HANGER', hanger: true },
    { type: 'TABLE', hanger: false },
    { type: 'FLOOR', hanger: false },
    { type: 'TRAY', hanger: false },
  ])('[HARV5] a $type position is a hanger: $hanger', ({ type, hanger }) => {
    expect(isHangerSectionType(type)).toBe(hanger)
  })
})

describe('yield summary', () => {
  const weights: WeightEntry[] = [
    { kind: 'WET', grams: toGrams(1, 'KG'), plantId: 'a' },
    { kind: 'WET', grams: toGrams(2, 'LB'), plantId: 'b' },
    { kind: 'WET', grams: toGrams(500, 'G'), plantId: null },
    { kind: 'DRY', grams: toGrams(12, 'OZ'), plantId: null },
    { kind: 'WASTE', grams: toGrams(0.2, 'KG'), plantId: null },
  ]

  it('[HARV3] totals each kind in grams across units, per-plant and batch logs alike', () => {
    const summary = summarizeYield(weights, { plantCount: 3, harvestedCount: 2 })
    expect(summary).toMatchObject({
      wetGrams: 2407.185,
      dryGrams: 340.194,
      wasteGrams: 200,
      plantCount: 3,
      harvestedCount: 2,
      logCount: 5,
    })
  })

  it('[HARV4] dry/wet ratio and averages per harvested plant', () => {
    const summary = summarizeYield(weights, { plantCount: 3, harvestedCount: 2 })
    expect(summary.dryToWetRatio).toBe(0.1413)
    expect(summary.wetGramsPerPlant).toBe(1203.593)
    expect(summary.dryGramsPerPlant).toBe(170.097)
  })

  it('[HARV4] no ratio or averages without the numbers they need', () => {
    const wetOnly = summarizeYield([{ kind: 'WET', grams: 800, plantId: 'a' }], {
      plantCount: 4,
      harvestedCount: 0,
    })
    expect(wetOnly).toMatchObject({
      wetGrams: 800,
      dryGrams: 0,
      dryToWetRatio: null,
      wetGramsPerPlant: null,
      dryGramsPerPlant: null,
    })
    expect(summarizeYield([], { plantCount: 0, harvestedCount: 0 }).logCount).toBe(0)
  })

  it('[HARV3] the total does not depend on the order of the logs', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5_000_000 }), { maxLength: 30 }),
        (milligrams) => {
          const logs = milligrams.map((mg) => ({
            kind: 'WET' as const,
            grams: mg / 1000,
            plantId: null,
          }))
          const counts = { plantCount: 1, harvestedCount: 1 }
          expect(summarizeYield(logs.toReversed(), counts).wetGrams).toBe(
            summarizeYield(logs, counts).wetGrams,
          )
        },
      ),
    )
  })
})
