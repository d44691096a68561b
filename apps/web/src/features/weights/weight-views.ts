// What the harvest screen shows from a batch's weighings: each harvested plant's wet weight
// (a plant weighed wet twice shows the sum), and weights in the person's unit.
import { fromGrams, type WeightKind } from '@growops/domain'
import type { WeightUnitChoice } from '../scan/flows/weight-input.ts'

export interface WeighingLike {
  plantId: string | null
  plantTag: string | null
  kind: WeightKind
  grams: number
}

export interface PlantWetWeight {
  plantId: string
  tag: string
  grams: number
  /** How many wet weighings the total comes from. */
  weighings: number
}

/** Wet grams per plant, from per-plant WET logs (whole-batch logs have no plant), by tag. */
export function plantWetWeights(logs: readonly WeighingLike[]): PlantWetWeight[] {
  const byPlant = new Map<string, PlantWetWeight>()
  for (const log of logs) {
    if (log.kind !== 'WET' || log.plantId === null) continue
    const entry = byPlant.get(log.plantId) ?? {
      plantId: log.plantId,
      tag: log.plantTag ?? log.plantId,
      grams: 0,
      weighings: 0,
    }
    entry.grams += log.grams
    entry.weighings += 1
    byPlant.set(log.plantId, entry)
  }
  return [...byPlant.values()]
    .map((entry) => ({ ...entry, grams: Math.round(entry.grams * 1000) / 1000 }))
    .sort((a, b) => a.tag.localeCompare(b.tag))
}

/** "1,234.5 g" in the person's language and chosen unit (2 decimals at most). */
export function formatWeight(
  grams: number,
  unit: WeightUnitChoice,
  language: string,
  unitLabel: string,
): string {
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 2 })
  return `${number.format(fromGrams(grams, unit, 2))} ${unitLabel}`
}

/** A dry/wet ratio as a percentage ("21.3 %"), or null before both are weighed. */
export function formatRatio(ratio: number | null, language: string): string | null {
  if (ratio === null) return null
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(
    ratio,
  )
}
