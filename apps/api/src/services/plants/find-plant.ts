// Plant lookups by what people scan: a position address or a plant tag. Each is one indexed
// query scoped to the organization (Plant(organizationId, address), Plant(organizationId,
// tagNumber)); byAddress stays ≤ 5 ms at p99 with 100,000 positions (bench/plants.bench.ts).
import type { PrismaClient } from '@growops/db'
import { DomainError, effectivePositionStatus, type PositionStatus } from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { assertBatchAssigned } from '../batches/batch-access.ts'
import { plantNotFound } from './plant-access.ts'
import { PLANT_VIEW_SELECT, toPlantView, type PlantView } from './plant-view.ts'

export interface PlantAtAddress {
  position: {
    id: string
    address: string
    /** Effective (POS1). */
    status: PositionStatus
    roomId: string
  }
  /** The plant there; null when the position is empty or its plant is hidden. */
  plant: PlantView | null
  /** True when a LIMITED actor may not see the plant there (batch not assigned to them). */
  plantHidden: boolean
}

export async function findPlantByAddress(
  prisma: PrismaClient,
  actor: Actor,
  address: string,
  now = new Date(),
): Promise<PlantAtAddress> {
  const property = address.slice(0, address.indexOf('.'))
  const position = await prisma.position.findFirst({
    where: { address, property: { organizationId: actor.organizationId, code: property } },
    select: {
      id: true,
      address: true,
      status: true,
      reservedForBatchId: true,
      reservedUntil: true,
      roomId: true,
      plant: { select: PLANT_VIEW_SELECT },
    },
  })
  if (!position) {
    throw new DomainError('NOT_FOUND', `No position ${address} in this organization.`, {
      entity: 'Position',
      address,
    })
  }
  let plant = position.plant ? toPlantView(position.plant) : null
  let plantHidden = false
  if (plant && actor.level === 'LIMITED') {
    const assigned = await prisma.batchAssignment.findUnique({
      where: { batchId_userId: { batchId: plant.batchId, userId: actor.userId } },
      select: { batchId: true },
    })
    if (!assigned) [plant, plantHidden] = [null, true]
  }
  return {
    position: {
      id: position.id,
      address: position.address,
      status: effectivePositionStatus(position, now),
      roomId: position.roomId,
    },
    plant,
    plantHidden,
  }
}

export async function findPlantByTag(
  prisma: PrismaClient,
  actor: Actor,
  tagNumber: string,
): Promise<PlantView> {
  const plant = await prisma.plant.findUnique({
    where: { organizationId_tagNumber: { organizationId: actor.organizationId, tagNumber } },
    select: PLANT_VIEW_SELECT,
  })
  if (!plant) throw plantNotFound({ tagNumber })
  await assertBatchAssigned(prisma, actor, plant.batch)
  return toPlantView(plant)
}
