// `plant.bulkPlace`: a batch into many positions at once, all or nothing. Set-based: one
// conditional UPDATE claims every position, one INSERT … SELECT FROM unnest(…) adds every
// plant and one more every history row, so 10,000 plants take well under 2 s
// (bench/plants.bench.ts) instead of 30,000 statements. Live clients get `occupancy.changed`
// for every room filled and, for up to LIVE_PLACED_MAX plants, one `plant.placed` each
// (a bigger placement is announced by the occupancy events alone: refetch the room).
import { randomUUID } from 'node:crypto'
import { Prisma, type PrismaClient, type TransactionClient } from '@growops/db'
import type { BulkPlaceInput } from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { appendAuditEntry } from '../audit/append-audit-entry.ts'
import { loadBatchFor } from '../batches/batch-access.ts'
import { runMaybeIdempotent } from '../idempotency/run-idempotent.ts'
import { claimPositions } from '../positions/claim-positions.ts'
import { utcTimestampText } from '../positions/utc-timestamp.ts'
import {
  createLiveBuffer,
  type LiveBuffer,
  type LiveMutationOptions,
} from '../realtime/live-buffer.ts'
import type { NewLiveEvent } from '../realtime/live-events.ts'
import { occupancyEvents } from '../realtime/occupancy-events.ts'
import { assertBatchAcceptsPlants } from './create-plant.ts'
import { placementConflict, tagsTakenError } from './placement-errors.ts'

/** Above this many plants, one placement sends no per-plant `plant.placed` events. */
export const LIVE_PLACED_MAX = 200

export interface BulkPlacement {
  batchId: string
  placed: number
  placedAt: string
}

async function placeAll(
  tx: TransactionClient,
  actor: Actor,
  input: Omit<BulkPlaceInput, 'idempotencyKey'>,
  now: Date,
  live: LiveBuffer,
): Promise<BulkPlacement> {
  const batch = await loadBatchFor(tx, actor, input.batchId)
  assertBatchAcceptsPlants(batch)
  const taken = await tx.$queryRaw<{ tagNumber: string }[]>`
    SELECT "tagNumber" FROM "Plant"
    WHERE "organizationId" = ${actor.organizationId} AND "tagNumber" = ANY(${input.tagNumbers}::text[])
    ORDER BY "tagNumber"`
  if (taken.length > 0) throw tagsTakenError(taken.map((row) => row.tagNumber))

  const claimed = await claimPositions(tx, {
    organizationId: actor.organizationId,
    positionIds: input.positionIds,
    propertyId: batch.propertyId,
    batchId: batch.id,
    claim: { status: 'OCCUPIED' },
    now,
  })
  const addressById = new Map(claimed.map((position) => [position.id, position.address]))
  const roomById = new Map(claimed.map((position) => [position.id, position.roomId]))
  const addresses = input.positionIds.map((id) => addressById.get(id) ?? '')
  const plantIds = input.positionIds.map(() => randomUUID())
  const historyIds = input.positionIds.map(() => randomUUID())
  const at = utcTimestampText(now)
  try {
    await tx.$executeRaw(Prisma.sql`
      INSERT INTO "Plant" (id, "organizationId", "tagNumber", "batchId", "positionId", address,
        status, "createdAt", "updatedAt")
      SELECT p.id, ${actor.organizationId}, p.tag, ${batch.id}, p.position, p.address,
        'ACTIVE'::"PlantStatus", ${at}::timestamp, ${at}::timestamp
      FROM unnest(${plantIds}::text[], ${input.tagNumbers}::text[], ${input.positionIds}::text[],
        ${addresses}::text[]) AS p(id, tag, position, address)`)
  } catch (error) {
    throw placementConflict(error, { tagNumbers: input.tagNumbers }) ?? error
  }
  await tx.$executeRaw(Prisma.sql`
    INSERT INTO "PlantLocationHistory" (id, "plantId", "toPositionId", "toAddress", "movedById",
      "movedAt", reason)
    SELECT h.id, h.plant, h.position, h.address, ${actor.userId}, ${at}::timestamp,
      'PLACEMENT'::"MoveReason"
    FROM unnest(${historyIds}::text[], ${plantIds}::text[], ${input.positionIds}::text[],
      ${addresses}::text[]) AS h(id, plant, position, address)`)
  const result = { batchId: batch.id, placed: plantIds.length, placedAt: now.toISOString() }
  await appendAuditEntry(tx, {
    organizationId: actor.organizationId,
    actorId: actor.userId,
    action: 'plant.bulkPlace',
    entityType: 'Batch',
    entityId: batch.id,
    before: null,
    after: {
      ...result,
      plants: input.tagNumbers.map((tagNumber, index) => ({
        id: plantIds[index],
        tagNumber,
        address: addresses[index],
      })),
    },
  })
  const scope = { organizationId: actor.organizationId, propertyId: batch.propertyId }
  const placed: NewLiveEvent<'plant.placed'>[] =
    plantIds.length > LIVE_PLACED_MAX
      ? []
      : input.positionIds.map((positionId, index) => {
          const roomId = roomById.get(positionId) ?? ''
          return {
            type: 'plant.placed',
            ...scope,
            roomId,
            payload: {
              plantId: plantIds[index] ?? '',
              tag: input.tagNumbers[index] ?? '',
              batchId: batch.id,
              positionId,
              address: addresses[index] ?? '',
              roomId,
              propertyId: batch.propertyId,
            },
          }
        })
  await live.record(tx, [
    ...placed,
    ...(await occupancyEvents(tx, { ...scope, roomIds: [...roomById.values()] }, now)),
  ])
  return result
}

export async function bulkPlacePlants(
  prisma: PrismaClient,
  actor: Actor,
  input: BulkPlaceInput,
  { now = new Date(), live }: LiveMutationOptions = {},
): Promise<BulkPlacement> {
  const { idempotencyKey, ...request } = input
  const buffer = createLiveBuffer(live)
  const placement = await runMaybeIdempotent(
    prisma,
    {
      userId: actor.userId,
      key: idempotencyKey,
      scope: 'plant.bulkPlace',
      input: { organizationId: actor.organizationId, ...request },
    },
    buffer.guard((tx) => placeAll(tx, actor, request, now, buffer)),
    { timeoutMs: 60_000 },
  )
  buffer.publish()
  return placement
}
