import { z } from 'zod'

/** Metrc plant tags are 24 characters. */
export const PLANT_TAG_LENGTH = 24

const TAG_PATTERN = /^[A-Z0-9]{24}$/

/** Why a tag is refused, for messages a person can act on (TAG1). */
export function plantTagProblem(tag: string): string | null {
  if (tag.length !== PLANT_TAG_LENGTH) {
    return `A plant tag has ${PLANT_TAG_LENGTH} characters; "${tag.slice(0, 40)}" has ${tag.length}.`
  }
  if (/[a-z]/.test(tag)) return 'A plant tag is upper-case; lower-case letters are refused.'
  if (!TAG_PATTERN.test(tag)) {
    const bad = /[^A-Z0-9]/.exec(tag)?.[0] ?? ''
    return `A plant tag uses only A-Z and 0-9; it contains "${bad}".`
  }
  return null
}

/** A canonical plant tag: exactly 24 upper-case letters and digits (TAG1), branded. */
export const PlantTagSchema = z
  .string()
  .check((payload) => {
    const problem = plantTagProblem(payload.value)
    if (problem) payload.issues.push({ code: 'custom', message: problem, input: payload.value })
  })
  .brand<'PlantTag'>()
export type PlantTag = z.infer<typeof PlantTagSchema>

/**
 * Cleans a typed or scanned tag (TAG2): trims, drops inner spaces and dashes that label
 * printers add for readability, and upper-cases.
 */
export function normalizePlantTagInput(input: string): string {
  return input.replace(/[\s-]+/g, '').toUpperCase()
}

/** What people type or scan: normalized, then a strict tag. */
export const PlantTagInputSchema = z
  .string()
  .max(200)
  .transform(normalizePlantTagInput)
  .pipe(PlantTagSchema)
