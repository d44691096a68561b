// The shape batches travel in: plain JSON (dates as ISO strings), the same for queries and
// for mutation answers replayed from an idempotency key.
import type { Batch, BatchStage } from '@growops/db'

export interface BatchView {
  id: string
  propertyId: string
  name: string
  strain: string
  stage: BatchStage
  startedAt: string
  createdAt: string
  updatedAt: string
}

export interface PlantCounts {
  /** Plants still growing. */
  activePlants: number
  /** Every plant the batch ever had, ended ones included. */
  totalPlants: number
}

export function toBatchView(batch: Batch): BatchView {
  return {
    id: batch.id,
    propertyId: batch.propertyId,
    name: batch.name,
    strain: batch.strain,
    stage: batch.stage,
    startedAt: batch.startedAt.toISOString(),
    createdAt: batch.createdAt.toISOString(),
    updatedAt: batch.updatedAt.toISOString(),
  }
}
