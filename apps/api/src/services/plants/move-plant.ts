// `plant.move`: one plant to another position. Of many concurrent moves into one position
// exactly one wins; the others get POSITION.OCCUPIED (claimPositions serializes them on the
// position's row; the unique Plant.positionId is the last word). A harvested plant moves only
// onto dry-rack hangers (assertMovable). After commit, `plant.moved` and `occupancy.changed`
// of both rooms go to live clients (a replayed request sends none).
import type { PrismaClient, TransactionClient } from '@growops/db'
import { DomainError, type MovePlantInput } from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { appendAuditEntry } from '../audit/append-audit-entry.ts'
import { runMaybeIdempotent } from '../idempotency/run-idempotent.ts'
import { claimPositions } from '../positions/claim-positions.ts'
import {
  createLiveBuffer,
  type LiveBuffer,
  type LiveMutationOptions,
} from '../realtime/live-buffer.ts'
import { occupancyEvents } from '../realtime/occupancy-events.ts'
import { assertMovable } from './movable-plant.ts'
import { placementConflict } from './placement-errors.ts'
import { lockPlantFor } from './plant-access.ts'
import { PLANT_VIEW_SELECT, toPlantView, type PlantView } from './plant-view.ts'

export interface PlantMove {
  plant: PlantView
  from: { positionId: string; address: string | null } | null
  to: { positionId: string; address: string }
  reason: MovePlantInput['reason']
  movedAt: string
}

async function applyMove(
  tx: TransactionClient,
  actor: Actor,
  input: Omit<MovePlantInput, 'idempotencyKey'>,
  now: Date,
  live: LiveBuffer,
): Promise<PlantMove> {
  const plant = await lockPlantFor(tx, actor, input.plantId)
  await assertMovable(tx, actor, plant, input.toPositionId)
  if (plant.positionId === input.toPositionId) {
    throw new DomainError(
      'PLANT.ALREADY_THERE',
      `Plant ${plant.tagNumber} is already at ${plant.address ?? 'that position'}.`,
      { tagNumber: plant.tagNumber, address: plant.address },
    )
  }
  const [target] = await claimPositions(tx, {
    organizationId: actor.organizationId,
    positionIds: [input.toPositionId],
    propertyId: plant.batch.propertyId,
    batchId: plant.batchId,
    claim: { status: 'OCCUPIED' },
    now,
  })
  if (!target) throw new Error('claimPositions returned without the claimed position')
  const moved = await tx.plant
    .update({
      where: { id: plant.id },
      data: { positionId: target.id, address: target.address },
      select: PLANT_VIEW_SELECT,
    })
    .catch((error: unknown) => {
      throw placementConflict(error, { address: target.address }) ?? error
    })
  const fromRoomId = plant.positionId
    ? (
        await tx.position.update({
          where: { id: plant.positionId },
          data: { status: 'EMPTY' },
          select: { roomId: true },
        })
      ).roomId
    : null
  await tx.plantLocationHistory.create({
    data: {
      plantId: plant.id,
      fromPositionId: plant.positionId,
      fromAddress: plant.address,
      toPositionId: target.id,
      toAddress: target.address,
      movedById: actor.userId,
      movedAt: now,
      reason: input.reason,
    },
  })
  const from = plant.positionId ? { positionId: plant.positionId, address: plant.address } : null
  const to = { positionId: target.id, address: target.address }
  await appendAuditEntry(tx, {
    organizationId: actor.organizationId,
    actorId: actor.userId,
    action: 'plant.move',
    entityType: 'Plant',
    entityId: plant.id,
    before: { tagNumber: plant.tagNumber, ...from },
    after: { tagNumber: plant.tagNumber, ...to, reason: input.reason },
  })
  const propertyId = plant.batch.propertyId
  await live.record(tx, [
    {
      type: 'plant.moved',
      organizationId: actor.organizationId,
      propertyId,
      roomId: target.roomId,
      payload: {
        plantId: plant.id,
        tag: plant.tagNumber,
        batchId: plant.batchId,
        fromPositionId: from?.positionId ?? null,
        fromAddress: from?.address ?? null,
        fromRoomId,
        toPositionId: target.id,
        toAddress: target.address,
        toRoomId: target.roomId,
        propertyId,
      },
    },
    ...(await occupancyEvents(
      tx,
      { organizationId: actor.organizationId, propertyId, roomIds: [fromRoomId, target.roomId] },
      now,
    )),
  ])
  return { plant: toPlantView(moved), from, to, reason: input.reason, movedAt: now.toISOString() }
}

export async function movePlant(
  prisma: PrismaClient,
  actor: Actor,
  input: MovePlantInput,
  { now = new Date(), live }: LiveMutationOptions = {},
): Promise<PlantMove> {
  const { idempotencyKey, ...request } = input
  const buffer = createLiveBuffer(live)
  const moved = await runMaybeIdempotent(
    prisma,
    {
      userId: actor.userId,
      key: idempotencyKey,
      scope: 'plant.move',
      input: { organizationId: actor.organizationId, ...request },
    },
    buffer.guard((tx) => applyMove(tx, actor, request, now, buffer)),
  )
  buffer.publish()
  return moved
}
