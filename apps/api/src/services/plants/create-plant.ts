// `plant.create`: a new tagged plant in a growing batch, placed in a position or not. A placed
// one is announced to live clients after commit (`plant.placed`, `occupancy.changed`).
import type { PrismaClient, TransactionClient } from '@growops/db'
import {
  batchAcceptsPlants,
  DomainError,
  type BatchStage,
  type CreatePlantInput,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { appendAuditEntry } from '../audit/append-audit-entry.ts'
import { loadBatchFor } from '../batches/batch-access.ts'
import { runMaybeIdempotent } from '../idempotency/run-idempotent.ts'
import { claimPositions } from '../positions/claim-positions.ts'
import {
  createLiveBuffer,
  type LiveBuffer,
  type LiveMutationOptions,
} from '../realtime/live-buffer.ts'
import { occupancyEvents } from '../realtime/occupancy-events.ts'
import { placementConflict, tagsTakenError } from './placement-errors.ts'
import { PLANT_VIEW_SELECT, toPlantView, type PlantView } from './plant-view.ts'

/** Refuses a batch that no longer takes new plants (BATCH3). */
export function assertBatchAcceptsPlants(batch: {
  id: string
  name: string
  stage: BatchStage
}): void {
  if (batchAcceptsPlants(batch.stage)) return
  throw new DomainError(
    'CONFLICT',
    `Batch ${batch.name} is ${batch.stage}; new plants join only growing batches (propagation, vegetative, flowering).`,
    { batchId: batch.id, stage: batch.stage },
  )
}

async function insertPlant(
  tx: TransactionClient,
  actor: Actor,
  input: CreatePlantInput,
  now: Date,
  live: LiveBuffer,
): Promise<PlantView> {
  const batch = await loadBatchFor(tx, actor, input.batchId)
  assertBatchAcceptsPlants(batch)
  const taken = await tx.plant.findUnique({
    where: {
      organizationId_tagNumber: {
        organizationId: actor.organizationId,
        tagNumber: input.tagNumber,
      },
    },
    select: { id: true },
  })
  if (taken) throw tagsTakenError([input.tagNumber])
  const [position] = input.positionId
    ? await claimPositions(tx, {
        organizationId: actor.organizationId,
        positionIds: [input.positionId],
        propertyId: batch.propertyId,
        batchId: batch.id,
        claim: { status: 'OCCUPIED' },
        now,
      })
    : []
  const plant = await tx.plant
    .create({
      data: {
        organizationId: actor.organizationId,
        tagNumber: input.tagNumber,
        batchId: batch.id,
        positionId: position?.id ?? null,
        address: position?.address ?? null,
      },
      select: PLANT_VIEW_SELECT,
    })
    .catch((error: unknown) => {
      throw (
        placementConflict(error, { address: position?.address, tagNumbers: [input.tagNumber] }) ??
        error
      )
    })
  if (position) {
    await tx.plantLocationHistory.create({
      data: {
        plantId: plant.id,
        toPositionId: position.id,
        toAddress: position.address,
        movedById: actor.userId,
        movedAt: now,
        reason: 'PLACEMENT',
      },
    })
  }
  const view = toPlantView(plant)
  await appendAuditEntry(tx, {
    organizationId: actor.organizationId,
    actorId: actor.userId,
    action: 'plant.create',
    entityType: 'Plant',
    entityId: plant.id,
    before: null,
    after: view,
  })
  if (position) {
    const scope = { organizationId: actor.organizationId, propertyId: batch.propertyId }
    await live.record(tx, [
      {
        type: 'plant.placed',
        ...scope,
        roomId: position.roomId,
        payload: {
          plantId: plant.id,
          tag: plant.tagNumber,
          batchId: batch.id,
          positionId: position.id,
          address: position.address,
          roomId: position.roomId,
          propertyId: batch.propertyId,
        },
      },
      ...(await occupancyEvents(tx, { ...scope, roomIds: [position.roomId] }, now)),
    ])
  }
  return view
}

export async function createPlant(
  prisma: PrismaClient,
  actor: Actor,
  input: CreatePlantInput,
  { now = new Date(), live }: LiveMutationOptions = {},
): Promise<PlantView> {
  const { idempotencyKey, ...request } = input
  const buffer = createLiveBuffer(live)
  const created = await runMaybeIdempotent(
    prisma,
    {
      userId: actor.userId,
      key: idempotencyKey,
      scope: 'plant.create',
      input: { organizationId: actor.organizationId, ...request },
    },
    buffer.guard((tx) => insertPlant(tx, actor, request, now, buffer)),
  )
  buffer.publish()
  return created
}
