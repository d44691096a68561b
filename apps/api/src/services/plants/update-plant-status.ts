// `plant.updateStatus`: a plant ends (HARVESTED, DESTROYED, TRANSFERRED) and frees its
// position; the history records where it left from (PLANT1, PLANT2). HARVESTED here is a
// harvest without a weight: it is stamped with harvestedAt like `plant.harvest`'s, so every
// harvested plant says when (weights can follow with `weight.record`). Live clients get
// `plant.removed` and the room's `occupancy.changed` after commit.
import type { PrismaClient } from '@growops/db'
import { assertPlantActive, type UpdatePlantStatusInput } from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { appendAuditEntry } from '../audit/append-audit-entry.ts'
import { runMaybeIdempotent } from '../idempotency/run-idempotent.ts'
import { createLiveBuffer, type LiveMutationOptions } from '../realtime/live-buffer.ts'
import { occupancyEvents } from '../realtime/occupancy-events.ts'
import { lockPlantFor } from './plant-access.ts'
import { PLANT_VIEW_SELECT, toPlantView, type PlantView } from './plant-view.ts'

export interface PlantStatusChange {
  plant: PlantView
  /** The position given up, if the plant was placed. */
  freed: { positionId: string; address: string | null } | null
  /** When it was harvested (status HARVESTED), else null. */
  harvestedAt: string | null
}

export async function updatePlantStatus(
  prisma: PrismaClient,
  actor: Actor,
  input: UpdatePlantStatusInput,
  { now = new Date(), live }: LiveMutationOptions = {},
): Promise<PlantStatusChange> {
  const { idempotencyKey, ...request } = input
  const buffer = createLiveBuffer(live)
  const change = await runMaybeIdempotent(
    prisma,
    {
      userId: actor.userId,
      key: idempotencyKey,
      scope: 'plant.updateStatus',
      input: { organizationId: actor.organizationId, ...request },
    },
    buffer.guard(async (tx) => {
      const plant = await lockPlantFor(tx, actor, request.plantId)
      assertPlantActive(plant)
      const updated = await tx.plant.update({
        where: { id: plant.id },
        data: {
          status: request.status,
          positionId: null,
          address: null,
          ...(request.status === 'HARVESTED' ? { harvestedAt: now } : {}),
        },
        select: PLANT_VIEW_SELECT,
      })
      const freed = plant.positionId
        ? { positionId: plant.positionId, address: plant.address }
        : null
      let freedRoomId: string | null = null
      if (freed) {
        const position = await tx.position.update({
          where: { id: freed.positionId },
          data: { status: 'EMPTY' },
          select: { roomId: true },
        })
        freedRoomId = position.roomId
        await tx.plantLocationHistory.create({
          data: {
            plantId: plant.id,
            fromPositionId: freed.positionId,
            fromAddress: freed.address,
            movedById: actor.userId,
            movedAt: now,
            reason: request.status === 'HARVESTED' ? 'HARVEST' : null,
          },
        })
      }
      await appendAuditEntry(tx, {
        organizationId: actor.organizationId,
        actorId: actor.userId,
        action: 'plant.updateStatus',
        entityType: 'Plant',
        entityId: plant.id,
        before: { tagNumber: plant.tagNumber, status: plant.status, address: plant.address },
        after: { tagNumber: plant.tagNumber, status: updated.status, address: null },
      })
      const scope = { organizationId: actor.organizationId, propertyId: plant.batch.propertyId }
      await buffer.record(tx, [
        {
          type: 'plant.removed',
          ...scope,
          roomId: freedRoomId,
          payload: {
            plantId: plant.id,
            tag: plant.tagNumber,
            positionId: freed?.positionId ?? null,
            address: freed?.address ?? null,
            roomId: freedRoomId,
            propertyId: plant.batch.propertyId,
            reason: request.status,
          },
        },
        ...(await occupancyEvents(tx, { ...scope, roomIds: [freedRoomId] }, now)),
      ])
      const harvestedAt = request.status === 'HARVESTED' ? now.toISOString() : null
      return { plant: toPlantView(updated), freed, harvestedAt }
    }),
  )
  buffer.publish()
  return change
}
