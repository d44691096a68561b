import { z } from 'zod'
import { IdempotencyKeySchema } from '../plants/plants.schema.ts'
import { WeightInputSchema, WeightKindSchema } from './weight-units.ts'

/**
 * `plant.harvest`: the wet weight as entered (HARV2), and optionally the empty dry-rack hanger
 * the plant goes to (HARV5). The key is required: harvests come from phones that retry.
 */
export const HarvestPlantInputSchema = z.object({
  plantId: z.uuid(),
  wetWeight: WeightInputSchema,
  hangerPositionId: z.uuid().optional(),
  idempotencyKey: IdempotencyKeySchema,
})
export type HarvestPlantInput = z.infer<typeof HarvestPlantInputSchema>

export const WeightNoteSchema = z
  .string()
  .trim()
  .max(500, 'A note has at most 500 characters.')
  .transform((note) => (note === '' ? undefined : note))

/** `weight.record`: one weighing of a plant or of the whole batch (plantId absent). */
export const RecordWeightInputSchema = z
  .object({
    batchId: z.uuid(),
    plantId: z.uuid().optional(),
    kind: WeightKindSchema,
    value: z.number(),
    unit: WeightInputSchema.shape.unit,
    note: WeightNoteSchema.optional(),
    idempotencyKey: IdempotencyKeySchema.optional(),
  })
  .superRefine((input, ctx) => {
    const weight = WeightInputSchema.safeParse({ value: input.value, unit: input.unit })
    if (weight.success) return
    for (const issue of weight.error.issues) {
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message })
    }
  })
export type RecordWeightInput = z.infer<typeof RecordWeightInputSchema>

export const BatchWeightsInputSchema = z.object({ batchId: z.uuid() })
export type BatchWeightsInput = z.infer<typeof BatchWeightsInputSchema>
