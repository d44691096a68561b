import type { MoveReason, PrismaClient } from '@growops/db'
import type { Actor } from '../access/actor.ts'
import { assertBatchAssigned } from '../batches/batch-access.ts'
import { plantNotFound } from './plant-access.ts'
import { PLANT_VIEW_SELECT, toPlantView, type PlantView } from './plant-view.ts'

export interface PlantHistoryEntry {
  id: string
  fromPositionId: string | null
  fromAddress: string | null
  toPositionId: string | null
  /** Null when the plant left its position for good (harvested, destroyed, transferred). */
  toAddress: string | null
  movedAt: string
  movedById: string | null
  movedByName: string | null
  reason: MoveReason | null
}

export interface PlantHistory {
  plant: PlantView
  entries: PlantHistoryEntry[]
}

/** Where a plant has been, oldest first, with who moved it. */
export async function plantHistory(
  prisma: PrismaClient,
  actor: Actor,
  plantId: string,
): Promise<PlantHistory> {
  const plant = await prisma.plant.findFirst({
    where: { id: plantId, organizationId: actor.organizationId },
    select: PLANT_VIEW_SELECT,
  })
  if (!plant) throw plantNotFound({ id: plantId })
  await assertBatchAssigned(prisma, actor, plant.batch)
  const entries = await prisma.plantLocationHistory.findMany({
    where: { plantId: plant.id },
    orderBy: [{ movedAt: 'asc' }, { id: 'asc' }],
  })
  const moverIds = [...new Set(entries.flatMap((entry) => entry.movedById ?? []))]
  const movers = await prisma.user.findMany({
    where: { id: { in: moverIds } },
    select: { id: true, name: true },
  })
  const nameById = new Map(movers.map((user) => [user.id, user.name]))
  return {
    plant: toPlantView(plant),
    entries: entries.map((entry) => ({
      id: entry.id,
      fromPositionId: entry.fromPositionId,
      fromAddress: entry.fromAddress,
      toPositionId: entry.toPositionId,
      toAddress: entry.toAddress,
      movedAt: entry.movedAt.toISOString(),
      movedById: entry.movedById,
      movedByName: entry.movedById ? (nameById.get(entry.movedById) ?? null) : null,
      reason: entry.reason,
    })),
  }
}
