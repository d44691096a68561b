import { BatchWeightsInputSchema } from '@growops/domain'
import { listWeights } from '../../services/weights/list-weights.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** A batch's weighings, newest first. */
export const list = areaProcedure('CULTIVATION_OPS', 'read')
  .input(BatchWeightsInputSchema)
  .query(({ ctx, input }) => listWeights(ctx.prisma, ctx.actor, input))
