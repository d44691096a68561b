import { z } from 'zod'
import { BatchStageSchema, InitialBatchStageSchema } from './batch-lifecycle.ts'

function hasControlCharacter(text: string): boolean {
  return [...text].some((char) => {
    const code = char.charCodeAt(0)
    return code < 0x20 || code === 0x7f
  })
}

/** Batch names are unique in an organization, e.g. "B-2026-014 Blue Dream" (BATCH4). */
export const BatchNameSchema = z
  .string()
  .trim()
  .min(1, 'Give the batch a name.')
  .max(80, 'A batch name has at most 80 characters.')
  .refine((name) => !hasControlCharacter(name), 'A batch name cannot hold control characters.')

export const StrainSchema = z
  .string()
  .trim()
  .min(1, 'Give the strain.')
  .max(80, 'A strain has at most 80 characters.')
  .refine((name) => !hasControlCharacter(name), 'A strain cannot hold control characters.')

export const CreateBatchInputSchema = z.object({
  propertyId: z.uuid(),
  name: BatchNameSchema,
  strain: StrainSchema,
  stage: InitialBatchStageSchema.default('PROPAGATION'),
})
export type CreateBatchInput = z.infer<typeof CreateBatchInputSchema>

export const ListBatchesInputSchema = z.object({
  propertyId: z.uuid().optional(),
  stage: BatchStageSchema.optional(),
})
export type ListBatchesInput = z.infer<typeof ListBatchesInputSchema>

export const GetBatchInputSchema = z.object({ batchId: z.uuid() })
export type GetBatchInput = z.infer<typeof GetBatchInputSchema>

export const ChangeBatchStageInputSchema = z.object({ batchId: z.uuid(), stage: BatchStageSchema })
export type ChangeBatchStageInput = z.infer<typeof ChangeBatchStageInputSchema>

export const BatchAssignmentInputSchema = z.object({ batchId: z.uuid(), userId: z.uuid() })
export type BatchAssignmentInput = z.infer<typeof BatchAssignmentInputSchema>
