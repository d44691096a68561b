import { z } from 'zod'

export const WeightUnitSchema = z.enum(['G', 'KG', 'OZ', 'LB'])
export type WeightUnit = z.infer<typeof WeightUnitSchema>

export const WeightKindSchema = z.enum(['WET', 'DRY', 'WASTE'])
export type WeightKind = z.infer<typeof WeightKindSchema>

/** Grams in one unit (HARV1): avoirdupois ounce and pound, exact by definition. */
export const GRAMS_PER_UNIT: Readonly<Record<WeightUnit, number>> = {
  G: 1,
  KG: 1000,
  OZ: 28.349523125,
  LB: 453.59237,
}

/** Largest weight one log may hold, in grams (10 t): beyond it the number is a typo. */
export const MAX_WEIGHT_GRAMS = 10_000_000

/** Rounds to a milligram, so that sums of converted values stay stable (HARV1). */
export function roundGrams(grams: number): number {
  return Math.round(grams * 1000) / 1000
}

/** A value in `unit` as grams, rounded to the milligram (HARV1). */
export function toGrams(value: number, unit: WeightUnit): number {
  return roundGrams(value * GRAMS_PER_UNIT[unit])
}

/** Grams shown in `unit`, rounded to `decimals` (default 3). */
export function fromGrams(grams: number, unit: WeightUnit, decimals = 3): number {
  const factor = 10 ** decimals
  return Math.round((grams / GRAMS_PER_UNIT[unit]) * factor) / factor
}

/**
 * A weight as people enter it: a positive finite number and its unit, at most 10 t once
 * converted (HARV2). The refusal names the unit and the limit.
 */
export const WeightInputSchema = z
  .object({
    value: z
      .number({ error: 'Enter the weight as a number.' })
      .refine(Number.isFinite, 'Enter the weight as a number.')
      .positive('A weight is more than zero.'),
    unit: WeightUnitSchema,
  })
  .superRefine((weight, ctx) => {
    if (weight.value * GRAMS_PER_UNIT[weight.unit] > MAX_WEIGHT_GRAMS) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `${weight.value} ${weight.unit} is more than the ${MAX_WEIGHT_GRAMS / 1_000_000} t one weighing may record.`,
      })
    }
  })
export type WeightInput = z.infer<typeof WeightInputSchema>

/** Section types whose positions are dry-rack hangers a harvested plant may hang on (HARV5). */
export const HANGER_SECTION_TYPES = ['RACK', 'HANGER'] as const

export function isHangerSectionType(type: string): boolean {
  return (HANGER_SECTION_TYPES as readonly string[]).includes(type)
}
