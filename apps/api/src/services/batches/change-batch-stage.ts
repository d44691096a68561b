import type { PrismaClient } from '@growops/db'
import { assertBatchStageChange, isFinalBatchStage, type BatchStage } from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { appendAuditEntry } from '../audit/append-audit-entry.ts'
import { createLiveBuffer } from '../realtime/live-buffer.ts'
import type { LiveEventPublisher } from '../realtime/live-events.ts'
import { occupancyEvents } from '../realtime/occupancy-events.ts'
import { assertBatchAssigned, batchNotFound } from './batch-access.ts'
import { toBatchView, type BatchView } from './batch-view.ts'

/**
 * Moves a batch one step along its lifecycle (BATCH1, BATCH2). The row is locked first, so
 * two concurrent changes cannot both start from the same stage. A batch that ends (FINISHED,
 * DESTROYED) gives up the positions still reserved for it (their rooms' `occupancy.changed`
 * reach live clients after commit).
 */
export async function changeBatchStage(
  prisma: PrismaClient,
  actor: Actor,
  input: { batchId: string; stage: BatchStage },
  options: { live?: LiveEventPublisher; now?: Date } = {},
): Promise<BatchView> {
  const buffer = createLiveBuffer(options.live)
  const view = await prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Batch"
      WHERE id = ${input.batchId} AND "organizationId" = ${actor.organizationId}
      FOR UPDATE`
    if (locked.length === 0) throw batchNotFound(input.batchId)
    const batch = await tx.batch.findUniqueOrThrow({ where: { id: input.batchId } })
    await assertBatchAssigned(tx, actor, batch)
    assertBatchStageChange(batch.stage, input.stage)
    const updated = await tx.batch.update({
      where: { id: batch.id },
      data: { stage: input.stage },
    })
    const released = isFinalBatchStage(input.stage)
      ? await tx.position.updateManyAndReturn({
          where: { reservedForBatchId: batch.id, status: 'RESERVED' },
          data: { status: 'EMPTY', reservedForBatchId: null, reservedUntil: null },
          select: { roomId: true },
        })
      : []
    const releasedReservations = released.length
    await appendAuditEntry(tx, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: 'batch.changeStage',
      entityType: 'Batch',
      entityId: batch.id,
      before: { stage: batch.stage },
      after: { stage: updated.stage, releasedReservations },
    })
    const scope = { organizationId: actor.organizationId, propertyId: batch.propertyId }
    const roomIds = released.map((position) => position.roomId)
    await buffer.record(
      tx,
      await occupancyEvents(tx, { ...scope, roomIds }, options.now ?? new Date()),
    )
    return toBatchView(updated)
  })
  buffer.publish()
  return view
}
