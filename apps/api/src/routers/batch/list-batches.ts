import { ListBatchesInputSchema } from '@growops/domain'
import { listBatches } from '../../services/batches/list-batches.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Batches the caller may see, with plant counts. */
export const list = areaProcedure('CULTIVATION_OPS', 'read')
  .input(ListBatchesInputSchema)
  .query(({ ctx, input }) => listBatches(ctx.prisma, ctx.actor, input))
