// `position.reserve`: hold positions for a batch until a time, all or nothing. Re-reserving
// positions already held for the same batch moves their end. Live clients get the rooms'
// `occupancy.changed` after commit.
import type { PrismaClient } from '@growops/db'
import {
  assertReservationWindow,
  batchAcceptsPlants,
  DomainError,
  type ReservePositionsInput,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { appendAuditEntry } from '../audit/append-audit-entry.ts'
import { loadBatchFor } from '../batches/batch-access.ts'
import { createLiveBuffer, type LiveMutationOptions } from '../realtime/live-buffer.ts'
import { occupancyEvents } from '../realtime/occupancy-events.ts'
import { claimPositions } from './claim-positions.ts'

export interface ReservationResult {
  reserved: number
  batchId: string
  until: string
}

export async function reservePositions(
  prisma: PrismaClient,
  actor: Actor,
  input: ReservePositionsInput,
  { now = new Date(), live }: LiveMutationOptions = {},
): Promise<ReservationResult> {
  assertReservationWindow(input.until, now)
  const buffer = createLiveBuffer(live)
  const reservation = await prisma.$transaction(async (tx) => {
    const batch = await loadBatchFor(tx, actor, input.batchId)
    if (!batchAcceptsPlants(batch.stage)) {
      throw new DomainError(
        'CONFLICT',
        `Batch ${batch.name} is ${batch.stage}; positions are reserved only for growing batches.`,
        { batchId: batch.id, stage: batch.stage },
      )
    }
    const claimed = await claimPositions(tx, {
      organizationId: actor.organizationId,
      positionIds: input.positionIds,
      propertyId: batch.propertyId,
      batchId: batch.id,
      claim: { status: 'RESERVED', until: input.until },
      now,
    })
    const result = { reserved: claimed.length, batchId: batch.id, until: input.until.toISOString() }
    await appendAuditEntry(tx, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: 'position.reserve',
      entityType: 'Batch',
      entityId: batch.id,
      before: null,
      after: { ...result, addresses: claimed.map((position) => position.address).sort() },
    })
    const roomIds = claimed.map((position) => position.roomId)
    await buffer.record(
      tx,
      await occupancyEvents(
        tx,
        { organizationId: actor.organizationId, propertyId: batch.propertyId, roomIds },
        now,
      ),
    )
    return result
  })
  buffer.publish()
  return reservation
}
