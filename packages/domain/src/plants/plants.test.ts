import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DomainError } from '../errors/domain-error.ts'
import { assertPlantActive, type PlantStatus } from './plant-status.ts'
import { normalizePlantTagInput, PlantTagInputSchema, PlantTagSchema } from './plant-tag.ts'
import { BulkPlaceInputSchema } from './plants.schema.ts'

const TAG = '1A4FF0100000022000000123'
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`

describe('plant tags', () => {
  it.each([
    { tag: TAG, ok: true },
    { tag: 'ABCDEFGHIJKLMNOPQRSTUVWX', ok: true },
    { tag: TAG.slice(1), ok: false, message: /24 characters/ },
    { tag: `${TAG}0`, ok: false, message: /24 characters/ },
    { tag: TAG.toLowerCase(), ok: false, message: /upper-case/ },
    { tag: `${TAG.slice(0, 23)}_`, ok: false, message: /contains "_"/ },
    { tag: `${TAG.slice(0, 23)} `, ok: false, message: /contains " "/ },
    { tag: '', ok: false, message: /24 characters/ },
  ])('[TAG1] "$tag" is a canonical tag: $ok', ({ tag, ok, message }) => {
    const result = PlantTagSchema.safeParse(tag)
    expect(result.success).toBe(ok)
    if (!result.success && message) expect(result.error.issues[0]?.message).toMatch(message)
  })

  it.each([
    { input: ` ${TAG.toLowerCase()} `, tag: TAG },
    { input: '1A4F-F010-0000-0220-0000-0123', tag: TAG },
    { input: '1a4ff 01000 00022 000000 123', tag: TAG },
  ])('[TAG2] typed or scanned "$input" reads as $tag', ({ input, tag }) => {
    expect(PlantTagInputSchema.parse(input)).toBe(tag)
  })

  it('[TAG2] normalizing is idempotent and keeps canonical tags unchanged', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const once = normalizePlantTagInput(text)
        expect(normalizePlantTagInput(once)).toBe(once)
      }),
    )
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z0-9]{24}$/), (tag) => {
        expect(normalizePlantTagInput(tag)).toBe(tag)
        expect(PlantTagSchema.safeParse(tag).success).toBe(true)
      }),
    )
  })
})

describe('plant status', () => {
  it.each<{ status: PlantStatus; ok: boolean }>([
    { status: 'ACTIVE', ok: true },
    { status: 'HARVESTED', ok: false },
    { status: 'DESTROYED', ok: false },
    { status: 'TRANSFERRED', ok: false },
  ])('[PLANT1] a $status plant may be changed: $ok', ({ status, ok }) => {
    const run = () => assertPlantActive({ tagNumber: TAG, status })
    if (ok) expect(run).not.toThrow()
    else {
      expect(run).toThrow(DomainError)
      expect(run).toThrow(/only active plants/)
    }
  })
})

describe('bulk placement input', () => {
  const tag = (n: number) => `TAG${String(n).padStart(21, '0')}`
  it('[PLANT3] pairs one tag with each position', () => {
    const parsed = BulkPlaceInputSchema.parse({
      batchId: uuid(0),
      positionIds: [uuid(1), uuid(2)],
      tagNumbers: [tag(1), tag(2).toLowerCase()],
    })
    expect(parsed.tagNumbers).toEqual([tag(1), tag(2)])
  })

  it.each([
    { positionIds: [uuid(1), uuid(2)], tagNumbers: [tag(1)], message: /one tag per position/ },
    { positionIds: [uuid(1), uuid(2)], tagNumbers: [tag(1), tag(1)], message: /given twice/ },
    { positionIds: [uuid(1), uuid(1)], tagNumbers: [tag(1), tag(2)], message: /named twice/ },
    { positionIds: [], tagNumbers: [], message: /at least one position/ },
  ])('[PLANT3] refuses mismatched input: $message', ({ positionIds, tagNumbers, message }) => {
    const result = BulkPlaceInputSchema.safeParse({ batchId: uuid(0), positionIds, tagNumbers })
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.message).join(' ')).toMatch(message)
  })
})
