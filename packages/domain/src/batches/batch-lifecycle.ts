import { z } from 'zod'
import { DomainError } from '../errors/domain-error.ts'

/** A batch's stage, in lifecycle order (DESTROYED last). */
export const BatchStageSchema = z.enum([
  'PROPAGATION',
  'VEGETATIVE',
  'FLOWERING',
  'HARVESTED',
  'DRYING',
  'CURING',
  'FINISHED',
  'DESTROYED',
])
export type BatchStage = z.infer<typeof BatchStageSchema>

/** The forward path every batch follows (BATCH1). */
const PATH: readonly BatchStage[] = [
  'PROPAGATION',
  'VEGETATIVE',
  'FLOWERING',
  'HARVESTED',
  'DRYING',
  'CURING',
  'FINISHED',
]

/** Stages nothing leaves (BATCH2). */
export const FINAL_BATCH_STAGES: readonly BatchStage[] = ['FINISHED', 'DESTROYED']

/** Stages a batch may be created in (BATCH3): living plants, not yet harvested. */
export const GROWING_BATCH_STAGES = ['PROPAGATION', 'VEGETATIVE', 'FLOWERING'] as const
export const InitialBatchStageSchema = z.enum(GROWING_BATCH_STAGES)

export function isFinalBatchStage(stage: BatchStage): boolean {
  return FINAL_BATCH_STAGES.includes(stage)
}

/** Whether new plants may join a batch in `stage` (BATCH3): only while it is growing. */
export function batchAcceptsPlants(stage: BatchStage): boolean {
  return (GROWING_BATCH_STAGES as readonly BatchStage[]).includes(stage)
}

/**
 * The stages a batch in `stage` may move to (BATCH1, BATCH2): the next stage of the path,
 * and DESTROYED from any stage that is not final.
 */
export function nextBatchStages(stage: BatchStage): BatchStage[] {
  if (isFinalBatchStage(stage)) return []
  const next = PATH[PATH.indexOf(stage) + 1]
  return next ? [next, 'DESTROYED'] : ['DESTROYED']
}

export function canChangeBatchStage(from: BatchStage, to: BatchStage): boolean {
  return nextBatchStages(from).includes(to)
}

/**
 * Throws `BATCH.INVALID_STAGE_CHANGE` with `{ from, to, allowed }` unless `from → to` is
 * allowed (BATCH1, BATCH2).
 */
export function assertBatchStageChange(from: BatchStage, to: BatchStage): void {
  if (canChangeBatchStage(from, to)) return
  const allowed = nextBatchStages(from)
  const hint =
    allowed.length === 0
      ? `${from} is final.`
      : `From ${from} a batch can go to ${allowed.join(' or ')}.`
  throw new DomainError(
    'BATCH.INVALID_STAGE_CHANGE',
    `A batch cannot go from ${from} to ${to}. ${hint}`,
    { from, to, allowed },
  )
}
