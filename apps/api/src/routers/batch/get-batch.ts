import { GetBatchInputSchema } from '@growops/domain'
import { getBatch } from '../../services/batches/get-batch.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** One batch with plant counts, next stages and assignees. */
export const get = areaProcedure('CULTIVATION_OPS', 'read')
  .input(GetBatchInputSchema)
  .query(({ ctx, input }) => getBatch(ctx.prisma, ctx.actor, input.batchId))
