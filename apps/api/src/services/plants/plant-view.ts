// The shape plants travel in: plain JSON (dates as ISO strings), the same for queries and
// for mutation answers replayed from an idempotency key.
import type { BatchStage, PlantStatus, Prisma } from '@growops/db'

export const PLANT_VIEW_SELECT = {
  id: true,
  tagNumber: true,
  status: true,
  positionId: true,
  address: true,
  createdAt: true,
  updatedAt: true,
  batch: { select: { id: true, name: true, strain: true, stage: true } },
  position: { select: { roomId: true } },
} satisfies Prisma.PlantSelect

export type PlantViewRow = Prisma.PlantGetPayload<{ select: typeof PLANT_VIEW_SELECT }>

export interface PlantView {
  id: string
  tagNumber: string
  status: PlantStatus
  batchId: string
  batchName: string
  strain: string
  stage: BatchStage
  /** Null when the plant is not placed (never placed, or ended). */
  positionId: string | null
  address: string | null
  roomId: string | null
  createdAt: string
  updatedAt: string
}

export function toPlantView(plant: PlantViewRow): PlantView {
  return {
    id: plant.id,
    tagNumber: plant.tagNumber,
    status: plant.status,
    batchId: plant.batch.id,
    batchName: plant.batch.name,
    strain: plant.batch.strain,
    stage: plant.batch.stage,
    positionId: plant.positionId,
    address: plant.address,
    roomId: plant.position?.roomId ?? null,
    createdAt: plant.createdAt.toISOString(),
    updatedAt: plant.updatedAt.toISOString(),
  }
}
