// Weight logs as they travel: plain JSON, the value as entered and its grams.
import type { Prisma, WeightKind, WeightUnit } from '@growops/db'

export const WEIGHT_LOG_SELECT = {
  id: true,
  batchId: true,
  plantId: true,
  kind: true,
  value: true,
  unit: true,
  grams: true,
  note: true,
  recordedAt: true,
  recordedById: true,
  plant: { select: { tagNumber: true } },
} satisfies Prisma.WeightLogSelect

export type WeightLogRow = Prisma.WeightLogGetPayload<{ select: typeof WEIGHT_LOG_SELECT }>

export interface WeightLogView {
  id: string
  batchId: string
  /** Null for a whole-batch weighing. */
  plantId: string | null
  plantTag: string | null
  kind: WeightKind
  value: number
  unit: WeightUnit
  grams: number
  note: string | null
  recordedAt: string
  recordedById: string
  recordedByName: string | null
}

export function toWeightLogView(row: WeightLogRow, recordedByName: string | null): WeightLogView {
  return {
    id: row.id,
    batchId: row.batchId,
    plantId: row.plantId,
    plantTag: row.plant?.tagNumber ?? null,
    kind: row.kind,
    value: row.value,
    unit: row.unit,
    grams: row.grams,
    note: row.note,
    recordedAt: row.recordedAt.toISOString(),
    recordedById: row.recordedById,
    recordedByName,
  }
}
