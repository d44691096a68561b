import { describe, expect, it } from 'vitest'
import {
  emptyWeightForm,
  readPlantTag,
  readWeightForm,
  type WeightFormValues,
} from './weight-form.ts'
import { formatRatio, formatWeight, plantWetWeights } from './weight-views.ts'

const BATCH = '11111111-1111-4111-8111-111111111111'
const TAG = '1A4FF0100000000000000042'

function form(change: Partial<WeightFormValues>): WeightFormValues {
  return { ...emptyWeightForm('G'), ...change }
}

describe('the record-a-weight form', () => {
  it('[HARV2] a whole-batch weighing: the typed value (comma decimals too), unit and note', () => {
    expect(
      readWeightForm(BATCH, form({ kind: 'WASTE', value: '1,5', unit: 'KG', note: ' stems ' })),
    ).toEqual({
      ok: true,
      weight: { batchId: BATCH, kind: 'WASTE', value: 1.5, unit: 'KG', note: 'stems' },
    })
  })

  it('one plant by typed tag (spaces, dashes, lower case) or by a pasted label link', () => {
    const typed = readWeightForm(
      BATCH,
      form({ value: '120', target: 'plant', plantText: ' 1a4ff010-0000 000000000042 ' }),
    )
    expect(typed).toMatchObject({ ok: true, weight: { plantTag: TAG, value: 120, unit: 'G' } })
    expect(readPlantTag(`https://growops.example/q/1/p/${TAG}`)).toEqual({ tag: TAG })
  })

  it('refuses every wrong field at once, with the reason', () => {
    expect(
      readWeightForm(
        BATCH,
        form({ value: '-2', target: 'plant', plantText: 'MAIN.GROW1', note: 'x'.repeat(501) }),
      ),
    ).toEqual({ ok: false, problems: { value: 'value', plant: 'notAPlant', note: 'noteTooLong' } })
    expect(readWeightForm(BATCH, form({ value: '', target: 'plant' }))).toEqual({
      ok: false,
      problems: { value: 'value', plant: 'plantMissing' },
    })
    expect(readWeightForm(BATCH, form({ value: '20000', unit: 'KG' }))).toEqual({
      ok: false,
      problems: { value: 'tooHeavy' },
    })
    expect(readPlantTag('/q/1/b/x')).toEqual({ problem: 'notAPlant' })
  })

  it('a plant tag typed while "whole batch" is chosen is ignored', () => {
    const result = readWeightForm(BATCH, form({ value: '3', plantText: TAG }))
    expect(result.ok && result.weight).not.toHaveProperty('plantTag')
  })
})

describe('what the harvest screen shows', () => {
  it('[HARV3] sums wet weighings per plant, by tag; skips dry, waste and whole-batch logs', () => {
    const logs = [
      { plantId: 'b', plantTag: 'TAG-B', kind: 'WET', grams: 500.25 },
      { plantId: 'a', plantTag: 'TAG-A', kind: 'WET', grams: 100.1 },
      { plantId: 'b', plantTag: 'TAG-B', kind: 'WET', grams: 0.2 },
      { plantId: 'a', plantTag: 'TAG-A', kind: 'DRY', grams: 30 },
      { plantId: null, plantTag: null, kind: 'WET', grams: 9999 },
      { plantId: null, plantTag: null, kind: 'WASTE', grams: 12 },
    ] as const
    expect(plantWetWeights(logs)).toEqual([
      { plantId: 'a', tag: 'TAG-A', grams: 100.1, weighings: 1 },
      { plantId: 'b', tag: 'TAG-B', grams: 500.45, weighings: 2 },
    ])
  })

  it('weights in the chosen unit and language; the ratio as a percentage', () => {
    expect(formatWeight(1133.981, 'LB', 'en', 'lb')).toBe('2.5 lb')
    expect(formatWeight(1500, 'KG', 'es', 'kg')).toBe('1,5 kg')
    expect(formatWeight(2407.185, 'G', 'en', 'g')).toBe('2,407.19 g')
    expect(formatRatio(0.1413, 'en')).toBe('14.1%')
    expect(formatRatio(null, 'en')).toBeNull()
  })
})
