// A batch's weight totals in grams per kind, as the transaction sees them (its own new logs
// included): one grouped query on the (batchId, kind) index.
import type { TransactionClient } from '@growops/db'
import { roundGrams, type WeightKind } from '@growops/domain'

export interface BatchWeightTotals {
  wetGrams: number
  dryGrams: number
  wasteGrams: number
}

export async function batchWeightTotals(
  db: TransactionClient,
  batchId: string,
): Promise<BatchWeightTotals> {
  const groups = await db.weightLog.groupBy({
    by: ['kind'],
    where: { batchId },
    _sum: { grams: true },
  })
  const total = (kind: WeightKind) =>
    roundGrams(groups.find((group) => group.kind === kind)?._sum.grams ?? 0)
  return { wetGrams: total('WET'), dryGrams: total('DRY'), wasteGrams: total('WASTE') }
}
