// `plant.updateStatus`: a plant ends (HARVESTED, DESTROYED, TRANSFERRED) and frees its
// position; the history records where it left from (PLANT1, PLANT2).
import type { PrismaClient } from '@growops/db'
import { assertPlantActive, type UpdatePlantStatusInput } from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { appendAuditEntry } from '../audit/append-audit-entry.ts'
import { runMaybeIdempotent } from '../idempotency/run-idempotent.ts'
import { lockPlantFor } from './plant-access.ts'
import { PLANT_VIEW_SELECT, toPlantView, type PlantView } from './plant-view.ts'

export interface PlantStatusChange {
  plant: PlantView
  /** The position given up, if the plant was placed. */
  freed: { positionId: string; address: string | null } | null
}

export async function updatePlantStatus(
  prisma: PrismaClient,
  actor: Actor,
  input: UpdatePlantStatusInput,
  now = new Date(),
): Promise<PlantStatusChange> {
  const { idempotencyKey, ...request } = input
  return runMaybeIdempotent(
    prisma,
    {
      userId: actor.userId,
      key: idempotencyKey,
      scope: 'plant.updateStatus',
      input: { organizationId: actor.organizationId, ...request },
    },
    async (tx) => {
      const plant = await lockPlantFor(tx, actor, request.plantId)
      assertPlantActive(plant)
      const updated = await tx.plant.update({
        where: { id: plant.id },
        data: { status: request.status, positionId: null, address: null },
        select: PLANT_VIEW_SELECT,
      })
      const freed = plant.positionId
        ? { positionId: plant.positionId, address: plant.address }
        : null
      if (freed) {
        await tx.position.update({ where: { id: freed.positionId }, data: { status: 'EMPTY' } })
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
      return { plant: toPlantView(updated), freed }
    },
  )
}
