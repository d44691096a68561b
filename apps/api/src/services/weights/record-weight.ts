// `weight.record`: one weighing (wet, dry or waste) of a plant or of a whole batch, stored with
// its grams (HARV1). Keyed when the phone sends a key. After commit, `weight.recorded` carries
// the batch's new totals so open yield views update.
import type { PrismaClient, TransactionClient } from '@growops/db'
import { DomainError, toGrams, type RecordWeightInput } from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { appendAuditEntry } from '../audit/append-audit-entry.ts'
import { loadBatchFor } from '../batches/batch-access.ts'
import { runMaybeIdempotent } from '../idempotency/run-idempotent.ts'
import { plantNotFound } from '../plants/plant-access.ts'
import { createLiveBuffer, type LiveMutationOptions } from '../realtime/live-buffer.ts'
import { batchWeightTotals, type BatchWeightTotals } from './batch-weight-totals.ts'
import { toWeightLogView, WEIGHT_LOG_SELECT, type WeightLogView } from './weight-log-view.ts'

export interface RecordedWeight {
  log: WeightLogView
  batchTotals: BatchWeightTotals
}

async function plantOfBatch(
  tx: TransactionClient,
  actor: Actor,
  plantId: string,
  batch: { id: string; name: string },
): Promise<void> {
  const plant = await tx.plant.findFirst({
    where: { id: plantId, organizationId: actor.organizationId },
    select: { batchId: true, tagNumber: true },
  })
  if (!plant) throw plantNotFound({ id: plantId })
  if (plant.batchId === batch.id) return
  throw new DomainError(
    'WEIGHT.PLANT_NOT_IN_BATCH',
    `Plant ${plant.tagNumber} is not in batch ${batch.name}.`,
    { tagNumber: plant.tagNumber, batchId: batch.id },
  )
}

export async function recordWeight(
  prisma: PrismaClient,
  actor: Actor,
  input: RecordWeightInput,
  { now = new Date(), live }: LiveMutationOptions = {},
): Promise<RecordedWeight> {
  const { idempotencyKey, ...request } = input
  const buffer = createLiveBuffer(live)
  const recorded = await runMaybeIdempotent(
    prisma,
    {
      userId: actor.userId,
      key: idempotencyKey,
      scope: 'weight.record',
      input: { organizationId: actor.organizationId, ...request },
    },
    buffer.guard(async (tx) => {
      const batch = await loadBatchFor(tx, actor, request.batchId)
      if (request.plantId) await plantOfBatch(tx, actor, request.plantId, batch)
      const grams = toGrams(request.value, request.unit)
      const log = await tx.weightLog.create({
        data: {
          organizationId: actor.organizationId,
          batchId: batch.id,
          plantId: request.plantId ?? null,
          kind: request.kind,
          value: request.value,
          unit: request.unit,
          grams,
          note: request.note ?? null,
          recordedAt: now,
          recordedById: actor.userId,
        },
        select: WEIGHT_LOG_SELECT,
      })
      const batchTotals = await batchWeightTotals(tx, batch.id)
      await appendAuditEntry(tx, {
        organizationId: actor.organizationId,
        actorId: actor.userId,
        action: 'weight.record',
        entityType: 'WeightLog',
        entityId: log.id,
        before: null,
        after: {
          batchId: batch.id,
          plantId: log.plantId,
          kind: log.kind,
          value: log.value,
          unit: log.unit,
          grams,
        },
      })
      await buffer.record(tx, [
        {
          type: 'weight.recorded',
          organizationId: actor.organizationId,
          propertyId: batch.propertyId,
          payload: {
            weightLogId: log.id,
            batchId: batch.id,
            plantId: log.plantId,
            propertyId: batch.propertyId,
            kind: log.kind,
            grams,
            batchTotals,
          },
        },
      ])
      return { log: toWeightLogView(log, null), batchTotals }
    }),
  )
  buffer.publish()
  return recorded
}
