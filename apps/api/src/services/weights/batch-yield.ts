// `batch.yield`: a batch's totals per kind, plant counts, dry/wet ratio and per-plant averages
// (HARV3, HARV4), from two grouped queries.
import type { PrismaClient } from '@growops/db'
import { summarizeYield, type BatchWeightsInput, type YieldSummary } from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { loadBatchFor } from '../batches/batch-access.ts'

export interface BatchYield extends YieldSummary {
  batchId: string
  batchName: string
  strain: string
}

export async function batchYield(
  prisma: PrismaClient,
  actor: Actor,
  input: BatchWeightsInput,
): Promise<BatchYield> {
  const batch = await loadBatchFor(prisma, actor, input.batchId)
  const [weights, plants] = await Promise.all([
    prisma.weightLog.groupBy({
      by: ['kind'],
      where: { batchId: batch.id },
      _sum: { grams: true },
      _count: { _all: true },
    }),
    prisma.plant.groupBy({
      by: ['status'],
      where: { batchId: batch.id },
      _count: { _all: true },
    }),
  ])
  const summary = summarizeYield(
    weights.map((group) => ({ kind: group.kind, grams: group._sum.grams ?? 0, plantId: null })),
    {
      plantCount: plants.reduce((sum, group) => sum + group._count._all, 0),
      harvestedCount: plants.find((group) => group.status === 'HARVESTED')?._count._all ?? 0,
    },
  )
  return {
    ...summary,
    logCount: weights.reduce((sum, group) => sum + group._count._all, 0),
    batchId: batch.id,
    batchName: batch.name,
    strain: batch.strain,
  }
}
