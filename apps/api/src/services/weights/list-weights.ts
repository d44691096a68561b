// `weight.list`: a batch's weighings, newest first, with who recorded them.
import type { PrismaClient } from '@growops/db'
import type { BatchWeightsInput } from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { loadBatchFor } from '../batches/batch-access.ts'
import { toWeightLogView, WEIGHT_LOG_SELECT, type WeightLogView } from './weight-log-view.ts'

/** Enough for every plant of a large batch weighed wet, dry and as waste. */
const LIST_LIMIT = 5000

export async function listWeights(
  prisma: PrismaClient,
  actor: Actor,
  input: BatchWeightsInput,
): Promise<WeightLogView[]> {
  const batch = await loadBatchFor(prisma, actor, input.batchId)
  const rows = await prisma.weightLog.findMany({
    where: { batchId: batch.id },
    orderBy: [{ recordedAt: 'desc' }, { id: 'desc' }],
    take: LIST_LIMIT,
    select: WEIGHT_LOG_SELECT,
  })
  const userIds = [...new Set(rows.map((row) => row.recordedById))]
  const users = await prisma.user.findMany({
    where: { id: { in: userIds } },
    select: { id: true, name: true },
  })
  const names = new Map(users.map((user) => [user.id, user.name]))
  return rows.map((row) => toWeightLogView(row, names.get(row.recordedById) ?? null))
}
