// `plant.harvest`: an ACTIVE plant becomes HARVESTED with its wet weight logged, and leaves its
// grow position: freed, or (with a hanger) moved onto an empty dry-rack hanger (HARV5). One
// transaction, keyed: a replay answers as the first call did and logs no second weight.
// After commit: `plant.removed` or `plant.moved`, `occupancy.changed` of the rooms touched, and
// `harvest.recorded` with the batch's new wet total.
import type { PrismaClient, TransactionClient } from '@growops/db'
import {
  assertPlantActive,
  DomainError,
  isHangerSectionType,
  toGrams,
  type HarvestPlantInput,
  type WeightUnit,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { appendAuditEntry } from '../audit/append-audit-entry.ts'
import { runIdempotent } from '../idempotency/run-idempotent.ts'
import { placementConflict } from '../plants/placement-errors.ts'
import { lockPlantFor } from '../plants/plant-access.ts'
import { PLANT_VIEW_SELECT, toPlantView, type PlantView } from '../plants/plant-view.ts'
import { claimPositions, type ClaimedPosition } from '../positions/claim-positions.ts'
import { createLiveBuffer, type LiveMutationOptions } from '../realtime/live-buffer.ts'
import type { NewLiveEvent } from '../realtime/live-events.ts'
import { occupancyEvents } from '../realtime/occupancy-events.ts'
import { batchWeightTotals } from '../weights/batch-weight-totals.ts'

export interface PlantHarvest {
  plant: PlantView & { harvestedAt: string }
  weight: { id: string; value: number; unit: WeightUnit; grams: number }
  /** The grow position it left (null when it was not placed). */
  freed: { positionId: string; address: string | null; roomId: string } | null
  /** The hanger it now hangs on. */
  hanger: { positionId: string; address: string; roomId: string } | null
  batchWetGrams: number
  harvestedAt: string
}

type LockedPlant = Awaited<ReturnType<typeof lockPlantFor>>

function assertNotHarvested(plant: LockedPlant): void {
  if (plant.status !== 'HARVESTED') return
  throw new DomainError(
    'PLANT.ALREADY_HARVESTED',
    `Plant ${plant.tagNumber} was already harvested${plant.harvestedAt ? ` on ${plant.harvestedAt.toISOString().slice(0, 10)}` : ''}.`,
    { tagNumber: plant.tagNumber, harvestedAt: plant.harvestedAt?.toISOString() ?? null },
  )
}

/** The empty hanger the plant goes to; refuses positions that are no hanger, or taken. */
async function claimHanger(
  tx: TransactionClient,
  actor: Actor,
  plant: LockedPlant,
  hangerPositionId: string,
  now: Date,
): Promise<ClaimedPosition> {
  const position = await tx.position.findFirst({
    where: { id: hangerPositionId, property: { organizationId: actor.organizationId } },
    select: { address: true, section: { select: { type: true } } },
  })
  if (!position) {
    throw new DomainError('NOT_FOUND', 'No such position in this organization.', {
      entity: 'Position',
      id: hangerPositionId,
    })
  }
  if (!isHangerSectionType(position.section.type)) {
    throw new DomainError(
      'POSITION.NOT_A_HANGER',
      `Position ${position.address} is on a ${position.section.type.toLowerCase()}, not a dry-rack hanger.`,
      { address: position.address, sectionType: position.section.type },
    )
  }
  const [hanger] = await claimPositions(tx, {
    organizationId: actor.organizationId,
    positionIds: [hangerPositionId],
    propertyId: plant.batch.propertyId,
    batchId: plant.batchId,
    claim: { status: 'OCCUPIED' },
    now,
  })
  if (!hanger) throw new Error('claimPositions returned without the claimed position')
  return hanger
}

async function applyHarvest(
  tx: TransactionClient,
  actor: Actor,
  input: Omit<HarvestPlantInput, 'idempotencyKey'>,
  now: Date,
  record: (events: NewLiveEvent[]) => Promise<void>,
): Promise<PlantHarvest> {
  const plant = await lockPlantFor(tx, actor, input.plantId)
  assertNotHarvested(plant)
  assertPlantActive(plant)
  const hanger = input.hangerPositionId
    ? await claimHanger(tx, actor, plant, input.hangerPositionId, now)
    : null
  const freedRoomId = plant.positionId
    ? (
        await tx.position.update({
          where: { id: plant.positionId },
          data: { status: 'EMPTY' },
          select: { roomId: true },
        })
      ).roomId
    : null
  const updated = await tx.plant
    .update({
      where: { id: plant.id },
      data: {
        status: 'HARVESTED',
        harvestedAt: now,
        positionId: hanger?.id ?? null,
        address: hanger?.address ?? null,
      },
      select: PLANT_VIEW_SELECT,
    })
    .catch((error: unknown) => {
      throw placementConflict(error, { address: hanger?.address ?? null }) ?? error
    })
  if (plant.positionId || hanger) {
    await tx.plantLocationHistory.create({
      data: {
        plantId: plant.id,
        fromPositionId: plant.positionId,
        fromAddress: plant.address,
        toPositionId: hanger?.id ?? null,
        toAddress: hanger?.address ?? null,
        movedById: actor.userId,
        movedAt: now,
        reason: 'HARVEST',
      },
    })
  }
  const grams = toGrams(input.wetWeight.value, input.wetWeight.unit)
  const log = await tx.weightLog.create({
    data: {
      organizationId: actor.organizationId,
      batchId: plant.batchId,
      plantId: plant.id,
      kind: 'WET',
      value: input.wetWeight.value,
      unit: input.wetWeight.unit,
      grams,
      recordedAt: now,
      recordedById: actor.userId,
    },
    select: { id: true },
  })
  const { wetGrams } = await batchWeightTotals(tx, plant.batchId)
  const freed =
    plant.positionId && freedRoomId
      ? { positionId: plant.positionId, address: plant.address, roomId: freedRoomId }
      : null
  const hung = hanger
    ? { positionId: hanger.id, address: hanger.address, roomId: hanger.roomId }
    : null
  await appendAuditEntry(tx, {
    organizationId: actor.organizationId,
    actorId: actor.userId,
    action: 'plant.harvest',
    entityType: 'Plant',
    entityId: plant.id,
    before: { tagNumber: plant.tagNumber, status: plant.status, address: plant.address },
    after: {
      tagNumber: plant.tagNumber,
      status: 'HARVESTED',
      address: hung?.address ?? null,
      wetWeight: { value: input.wetWeight.value, unit: input.wetWeight.unit, grams },
    },
  })
  await record(await harvestEvents(tx, actor, plant, { freed, hung, grams, wetGrams, now }))
  return {
    plant: { ...toPlantView(updated), harvestedAt: now.toISOString() },
    weight: { id: log.id, value: input.wetWeight.value, unit: input.wetWeight.unit, grams },
    freed,
    hanger: hung,
    batchWetGrams: wetGrams,
    harvestedAt: now.toISOString(),
  }
}

async function harvestEvents(
  tx: TransactionClient,
  actor: Actor,
  plant: LockedPlant,
  facts: {
    freed: PlantHarvest['freed']
    hung: PlantHarvest['hanger']
    grams: number
    wetGrams: number
    now: Date
  },
): Promise<NewLiveEvent[]> {
  const { freed, hung } = facts
  const propertyId = plant.batch.propertyId
  const scope = { organizationId: actor.organizationId, propertyId }
  const placement: NewLiveEvent = hung
    ? {
        type: 'plant.moved',
        ...scope,
        roomId: hung.roomId,
        payload: {
          plantId: plant.id,
          tag: plant.tagNumber,
          batchId: plant.batchId,
          fromPositionId: freed?.positionId ?? null,
          fromAddress: freed?.address ?? null,
          fromRoomId: freed?.roomId ?? null,
          toPositionId: hung.positionId,
          toAddress: hung.address,
          toRoomId: hung.roomId,
          propertyId,
        },
      }
    : {
        type: 'plant.removed',
        ...scope,
        roomId: freed?.roomId ?? null,
        payload: {
          plantId: plant.id,
          tag: plant.tagNumber,
          positionId: freed?.positionId ?? null,
          address: freed?.address ?? null,
          roomId: freed?.roomId ?? null,
          propertyId,
          reason: 'HARVESTED',
        },
      }
  return [
    placement,
    ...(await occupancyEvents(
      tx,
      { ...scope, roomIds: [freed?.roomId ?? null, hung?.roomId ?? null] },
      facts.now,
    )),
    {
      type: 'harvest.recorded',
      ...scope,
      roomId: freed?.roomId ?? hung?.roomId ?? null,
      payload: {
        batchId: plant.batchId,
        plantId: plant.id,
        tag: plant.tagNumber,
        propertyId,
        roomId: freed?.roomId ?? null,
        hangerPositionId: hung?.positionId ?? null,
        grams: facts.grams,
        batchWetGrams: facts.wetGrams,
        harvestedAt: facts.now.toISOString(),
      },
    },
  ]
}

export async function harvestPlant(
  prisma: PrismaClient,
  actor: Actor,
  input: HarvestPlantInput,
  { now = new Date(), live }: LiveMutationOptions = {},
): Promise<PlantHarvest> {
  const { idempotencyKey, ...request } = input
  const buffer = createLiveBuffer(live)
  const harvest = await runIdempotent(
    prisma,
    {
      userId: actor.userId,
      key: idempotencyKey,
      scope: 'plant.harvest',
      input: { organizationId: actor.organizationId, ...request },
    },
    buffer.guard((tx) =>
      applyHarvest(tx, actor, request, now, (events) => buffer.record(tx, events)),
    ),
  )
  buffer.publish()
  return harvest
}
