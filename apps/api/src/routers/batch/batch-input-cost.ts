import { GetBatchInputSchema } from '@growops/domain'
import { batchInputCost } from '../../services/inventory/batch-cost.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/**
 * `batch.inputCost`: what the batch's inputs (nutrients, media, supplies) cost, in cents: uses
 * against the batch plus its shares of uses against rooms it was in (INV6). Every role reads
 * inventory, so every member may see it.
 */
export const batchInputCostProcedure = areaProcedure('INVENTORY', 'read')
  .input(GetBatchInputSchema)
  .query(({ ctx, input }) => batchInputCost(ctx.prisma, ctx.actor, input.batchId))
