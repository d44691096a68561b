import { BatchWeightsInputSchema } from '@growops/domain'
import { batchYield } from '../../services/weights/batch-yield.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** `batch.yield`: totals per kind in grams, plant counts, dry/wet ratio, per-plant averages. */
export const batchYieldProcedure = areaProcedure('CULTIVATION_OPS', 'read')
  .input(BatchWeightsInputSchema)
  .query(({ ctx, input }) => batchYield(ctx.prisma, ctx.actor, input))
