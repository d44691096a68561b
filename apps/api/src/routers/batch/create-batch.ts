import { CreateBatchInputSchema } from '@growops/domain'
import { createBatch } from '../../services/batches/create-batch.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Starts a batch at a property (FULL access). */
export const create = areaProcedure('CULTIVATION_OPS', 'write')
  .input(CreateBatchInputSchema)
  .mutation(({ ctx, input }) => createBatch(ctx.prisma, ctx.actor, input))
