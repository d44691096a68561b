// Label data for plants: a batch with its plants, or chosen plants. LIMITED actors (STAFF) see
// only plants of batches assigned to them; another organization's rows are NOT_FOUND.
import type { BatchStage, PlantStatus, PrismaClient } from '@growops/db'
import { DomainError, encodeQrPayload } from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { batchNotFound, visibleBatchWhere, visiblePlantWhere } from '../batches/batch-access.ts'

export interface PlantLabel {
  id: string
  tag: string
  /** Current address; null when the plant is not placed. */
  address: string | null
  status: PlantStatus
  batchId: string
  batchName: string
  strain: string
  payload: string
}

export interface BatchLabels {
  origin: string
  batch: { id: string; name: string; strain: string; stage: BatchStage; payload: string }
  plants: PlantLabel[]
}

const PLANT_LABEL_SELECT = {
  id: true,
  tagNumber: true,
  address: true,
  status: true,
  batch: { select: { id: true, name: true, strain: true } },
} as const

interface PlantLabelRow {
  id: string
  tagNumber: string
  address: string | null
  status: PlantStatus
  batch: { id: string; name: string; strain: string }
}

function toPlantLabel(plant: PlantLabelRow, origin: string): PlantLabel {
  return {
    id: plant.id,
    tag: plant.tagNumber,
    address: plant.address,
    status: plant.status,
    batchId: plant.batch.id,
    batchName: plant.batch.name,
    strain: plant.batch.strain,
    payload: encodeQrPayload({ kind: 'p', tag: plant.tagNumber }, origin),
  }
}

/** The batch's own label and every plant of it (by address, then tag). */
export async function batchLabels(
  prisma: PrismaClient,
  actor: Actor,
  batchId: string,
  origin: string,
): Promise<BatchLabels> {
  const batch = await prisma.batch.findFirst({
    where: { id: batchId, ...visibleBatchWhere(actor) },
    select: { id: true, name: true, strain: true, stage: true },
  })
  if (!batch) throw batchNotFound(batchId)
  const plants = await prisma.plant.findMany({
    where: { batchId: batch.id },
    select: PLANT_LABEL_SELECT,
    orderBy: [{ address: { sort: 'asc', nulls: 'last' } }, { tagNumber: 'asc' }],
  })
  return {
    origin,
    batch: { ...batch, payload: encodeQrPayload({ kind: 'b', id: batch.id }, origin) },
    plants: plants.map((plant) => toPlantLabel(plant, origin)),
  }
}

/** Labels of the given plants, in the order asked; NOT_FOUND names how many are not visible. */
export async function plantLabels(
  prisma: PrismaClient,
  actor: Actor,
  plantIds: readonly string[],
  origin: string,
): Promise<{ origin: string; plants: PlantLabel[] }> {
  const unique = [...new Set(plantIds)]
  const plants = await prisma.plant.findMany({
    where: { id: { in: unique }, ...visiblePlantWhere(actor) },
    select: PLANT_LABEL_SELECT,
  })
  if (plants.length !== unique.length) {
    const found = new Set(plants.map((plant) => plant.id))
    const missing = unique.filter((id) => !found.has(id))
    throw new DomainError(
      'NOT_FOUND',
      `${missing.length} of these plants are not in this organization (or not assigned to you).`,
      { entity: 'Plant', missing: missing.slice(0, 20) },
    )
  }
  const byId = new Map(plants.map((plant) => [plant.id, plant]))
  return {
    origin,
    plants: unique.flatMap((id) => {
      const plant = byId.get(id)
      return plant ? [toPlantLabel(plant, origin)] : []
    }),
  }
}
