// Weights as people type them on a phone keypad: "1250", "1.5", "1,5" (Spanish keyboards).

export const WEIGHT_UNITS = ['G', 'KG', 'OZ', 'LB'] as const
export type WeightUnitChoice = (typeof WEIGHT_UNITS)[number]

/** A positive number from a typed weight, or null when it is not one. */
export function parseWeightInput(text: string): number | null {
  const cleaned = text.trim().replace(/\s+/g, '')
  if (!/^\d+([.,]\d+)?$/.test(cleaned)) return null
  const value = Number(cleaned.replace(',', '.'))
  return Number.isFinite(value) && value > 0 ? value : null
}

/** A stored unit choice, or grams when none (or something unknown) was stored. */
export function readUnitChoice(stored: string | null): WeightUnitChoice {
  return WEIGHT_UNITS.find((unit) => unit === stored) ?? 'G'
}
