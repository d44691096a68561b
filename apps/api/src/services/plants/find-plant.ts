// Plant lookups by what people scan: a position address or a plant tag, each one indexed
// statement scoped to the organization. byAddress stays well under 5 ms at p99 with 100,000
// positions (bench/cultivation.bench.ts).
import type { BatchStage, PlantStatus, PrismaClient } from '@growops/db'
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

interface AddressRow {
  id: string
  address: string
  status: PositionStatus
  reservedForBatchId: string | null
  reservedUntil: Date | null
  roomId: string
  plantId: string | null
  tagNumber: string | null
  plantStatus: PlantStatus | null
  plantCreatedAt: Date | null
  plantUpdatedAt: Date | null
  batchId: string | null
  batchName: string | null
  strain: string | null
  stage: BatchStage | null
  assigned: boolean
}

/**
 * The position at `address` (canonical) and its plant, in one statement: the property by its
 * code in the organization, the position by the unique (propertyId, address), the plant by
 * its unique positionId. A scan is answered in one round trip.
 */
export async function findPlantByAddress(
  prisma: PrismaClient,
  actor: Actor,
  address: string,
  now = new Date(),
): Promise<PlantAtAddress> {
  const propertyCode = address.slice(0, address.indexOf('.'))
  const [row] = await prisma.$queryRaw<AddressRow[]>`
    SELECT pos.id, pos.address, pos.status, pos."reservedForBatchId", pos."reservedUntil",
      pos."roomId", pl.id AS "plantId", pl."tagNumber", pl.status AS "plantStatus",
      pl."createdAt" AS "plantCreatedAt", pl."updatedAt" AS "plantUpdatedAt",
      b.id AS "batchId", b.name AS "batchName", b.strain, b.stage,
      EXISTS (
        SELECT 1 FROM "BatchAssignment" ba WHERE ba."batchId" = b.id AND ba."userId" = ${actor.userId}
      ) AS assigned
    FROM "Property" pr
    JOIN "Position" pos ON pos."propertyId" = pr.id AND pos.address = ${address}
    LEFT JOIN "Plant" pl ON pl."positionId" = pos.id
    LEFT JOIN "Batch" b ON b.id = pl."batchId"
    WHERE pr."organizationId" = ${actor.organizationId} AND pr.code = ${propertyCode}`
  if (!row) {
    throw new DomainError('NOT_FOUND', `No position ${address} in this organization.`, {
      entity: 'Position',
      address,
    })
  }
  const hidden = row.plantId !== null && actor.level === 'LIMITED' && !row.assigned
  return {
    position: {
      id: row.id,
      address: row.address,
      status: effectivePositionStatus(row, now),
      roomId: row.roomId,
    },
    plant: hidden ? null : plantOf(row),
    plantHidden: hidden,
  }
}

function plantOf(row: AddressRow): PlantView | null {
  if (row.plantId === null || row.batchId === null) return null
  return {
    id: row.plantId,
    tagNumber: row.tagNumber ?? '',
    status: row.plantStatus ?? 'ACTIVE',
    batchId: row.batchId,
    batchName: row.batchName ?? '',
    strain: row.strain ?? '',
    stage: row.stage ?? 'PROPAGATION',
    positionId: row.id,
    address: row.address,
    roomId: row.roomId,
    createdAt: new Date(row.plantCreatedAt ?? 0).toISOString(),
    updatedAt: new Date(row.plantUpdatedAt ?? 0).toISOString(),
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
