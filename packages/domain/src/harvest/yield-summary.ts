import { roundGrams, type WeightKind } from './weight-units.ts'

export interface WeightEntry {
  kind: WeightKind
  grams: number
  plantId: string | null
}

export interface YieldSummary {
  /** Totals per kind, in grams (HARV3). */
  wetGrams: number
  dryGrams: number
  wasteGrams: number
  /** Plants the batch has had, and how many of them were harvested. */
  plantCount: number
  harvestedCount: number
  /** dry ÷ wet, 4 decimals; null until both are recorded (HARV4). */
  dryToWetRatio: number | null
  /** Wet and dry grams per harvested plant; null with no harvested plant (HARV4). */
  wetGramsPerPlant: number | null
  dryGramsPerPlant: number | null
  /** How many weighings the totals come from. */
  logCount: number
}

/**
 * A batch's yield from its weight logs (HARV3, HARV4): totals per kind in grams (per-plant and
 * whole-batch logs alike), the dry/wet ratio and averages per harvested plant.
 */
export function summarizeYield(
  weights: readonly WeightEntry[],
  counts: { plantCount: number; harvestedCount: number },
): YieldSummary {
  const totals: Record<WeightKind, number> = { WET: 0, DRY: 0, WASTE: 0 }
  for (const weight of weights) totals[weight.kind] += weight.grams
  const wet = roundGrams(totals.WET)
  const dry = roundGrams(totals.DRY)
  const perPlant = (grams: number) =>
    counts.harvestedCount > 0 ? roundGrams(grams / counts.harvestedCount) : null
  return {
    wetGrams: wet,
    dryGrams: dry,
    wasteGrams: roundGrams(totals.WASTE),
    plantCount: counts.plantCount,
    harvestedCount: counts.harvestedCount,
    dryToWetRatio: wet > 0 && dry > 0 ? Math.round((dry / wet) * 10_000) / 10_000 : null,
    wetGramsPerPlant: perPlant(wet),
    dryGramsPerPlant: perPlant(dry),
    logCount: weights.length,
  }
}
