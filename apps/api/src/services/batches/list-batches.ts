import type { PrismaClient } from '@growops/db'
import type { ListBatchesInput } from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { visibleBatchWhere } from './batch-access.ts'
import { toBatchView, type BatchView, type PlantCounts } from './batch-view.ts'

export type BatchListItem = BatchView & PlantCounts

/** Plant counts per batch, in one grouped query. */
export async function countPlantsByBatch(
  prisma: PrismaClient,
  batchIds: string[],
): Promise<Map<string, PlantCounts>> {
  const counts = new Map<string, PlantCounts>()
  if (batchIds.length === 0) return counts
  const groups = await prisma.plant.groupBy({
    by: ['batchId', 'status'],
    where: { batchId: { in: batchIds } },
    _count: { _all: true },
  })
  for (const group of groups) {
    const entry = counts.get(group.batchId) ?? { activePlants: 0, totalPlants: 0 }
    entry.totalPlants += group._count._all
    if (group.status === 'ACTIVE') entry.activePlants += group._count._all
    counts.set(group.batchId, entry)
  }
  return counts
}

/** The batches the actor may see (LIMITED: assigned ones), newest first, with plant counts. */
export async function listBatches(
  prisma: PrismaClient,
  actor: Actor,
  input: ListBatchesInput,
): Promise<BatchListItem[]> {
  const batches = await prisma.batch.findMany({
    where: {
      ...visibleBatchWhere(actor),
      ...(input.propertyId ? { propertyId: input.propertyId } : {}),
      ...(input.stage ? { stage: input.stage } : {}),
    },
    orderBy: [{ startedAt: 'desc' }, { name: 'asc' }],
  })
  const counts = await countPlantsByBatch(
    prisma,
    batches.map((batch) => batch.id),
  )
  return batches.map((batch) => ({
    ...toBatchView(batch),
    ...(counts.get(batch.id) ?? { activePlants: 0, totalPlants: 0 }),
  }))
}
