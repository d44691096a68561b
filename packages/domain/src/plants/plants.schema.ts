import { z } from 'zod'
import { PositionAddressInputSchema } from '../addressing/address.schema.ts'
import { MAX_POSITIONS_PER_REQUEST, PositionIdsSchema } from '../positions/positions.schema.ts'
import { PlantTagInputSchema } from './plant-tag.ts'
import { FinalPlantStatusSchema, MoveReasonSchema, PlantStatusSchema } from './plant-status.ts'

/**
 * A client-made key (e.g. a UUID created when the scan happened) so that a retried request
 * never applies twice (IDEM1).
 */
export const IdempotencyKeySchema = z
  .string()
  .trim()
  .min(8, 'An idempotency key has at least 8 characters.')
  .max(200, 'An idempotency key has at most 200 characters.')

export const CreatePlantInputSchema = z.object({
  tagNumber: PlantTagInputSchema,
  batchId: z.uuid(),
  /** Where to place it; absent leaves the plant unplaced. */
  positionId: z.uuid().optional(),
  idempotencyKey: IdempotencyKeySchema.optional(),
})
export type CreatePlantInput = z.infer<typeof CreatePlantInputSchema>

export const MovePlantInputSchema = z.object({
  plantId: z.uuid(),
  toPositionId: z.uuid(),
  reason: MoveReasonSchema,
  idempotencyKey: IdempotencyKeySchema.optional(),
})
export type MovePlantInput = z.infer<typeof MovePlantInputSchema>

/** `plant.bulkPlace`: tagNumbers[i] goes to positionIds[i]; all or nothing (PLANT3). */
export const BulkPlaceInputSchema = z
  .object({
    batchId: z.uuid(),
    positionIds: PositionIdsSchema,
    tagNumbers: z.array(PlantTagInputSchema).min(1).max(MAX_POSITIONS_PER_REQUEST),
    idempotencyKey: IdempotencyKeySchema.optional(),
  })
  .superRefine((input, ctx) => {
    if (input.tagNumbers.length !== input.positionIds.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['tagNumbers'],
        message: `Give one tag per position: ${input.positionIds.length} positions but ${input.tagNumbers.length} tags.`,
      })
    }
    const seen = new Set<string>()
    const repeated = input.tagNumbers.find((tag) => (seen.has(tag) ? true : (seen.add(tag), false)))
    if (repeated !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['tagNumbers'],
        message: `Tag ${repeated} is given twice.`,
      })
    }
  })
export type BulkPlaceInput = z.infer<typeof BulkPlaceInputSchema>

export const PlantByAddressInputSchema = z.object({ address: PositionAddressInputSchema })
export type PlantByAddressInput = z.infer<typeof PlantByAddressInputSchema>

export const PlantByTagInputSchema = z.object({ tagNumber: PlantTagInputSchema })
export type PlantByTagInput = z.infer<typeof PlantByTagInputSchema>

export const PlantHistoryInputSchema = z.object({ plantId: z.uuid() })
export type PlantHistoryInput = z.infer<typeof PlantHistoryInputSchema>

export const UpdatePlantStatusInputSchema = z.object({
  plantId: z.uuid(),
  status: FinalPlantStatusSchema,
  idempotencyKey: IdempotencyKeySchema.optional(),
})
export type UpdatePlantStatusInput = z.infer<typeof UpdatePlantStatusInputSchema>

export const PLANT_LIST_MAX_LIMIT = 500

export const ListPlantsInputSchema = z.object({
  batchId: z.uuid().optional(),
  roomId: z.uuid().optional(),
  status: PlantStatusSchema.optional(),
  /** The `nextCursor` of the previous page. */
  cursor: z.uuid().optional(),
  limit: z.int().min(1).max(PLANT_LIST_MAX_LIMIT).default(100),
})
export type ListPlantsInput = z.infer<typeof ListPlantsInputSchema>
