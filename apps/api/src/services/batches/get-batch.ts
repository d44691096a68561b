import type { PrismaClient } from '@growops/db'
import { nextBatchStages, type BatchStage } from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { loadBatchFor } from './batch-access.ts'
import { toBatchView, type BatchView, type PlantCounts } from './batch-view.ts'
import { countPlantsByBatch } from './list-batches.ts'

export interface BatchDetail extends BatchView, PlantCounts {
  /** Stages the batch may move to next (BATCH1). */
  nextStages: BatchStage[]
  assignees: { userId: string; name: string; email: string }[]
}

export async function getBatch(
  prisma: PrismaClient,
  actor: Actor,
  batchId: string,
): Promise<BatchDetail> {
  const batch = await loadBatchFor(prisma, actor, batchId)
  const [counts, assignments] = await Promise.all([
    countPlantsByBatch(prisma, [batch.id]),
    prisma.batchAssignment.findMany({
      where: { batchId: batch.id },
      select: { user: { select: { id: true, name: true, email: true } } },
      orderBy: { createdAt: 'asc' },
    }),
  ])
  return {
    ...toBatchView(batch),
    ...(counts.get(batch.id) ?? { activePlants: 0, totalPlants: 0 }),
    nextStages: nextBatchStages(batch.stage),
    assignees: assignments.map(({ user }) => ({
      userId: user.id,
      name: user.name,
      email: user.email,
    })),
  }
}
