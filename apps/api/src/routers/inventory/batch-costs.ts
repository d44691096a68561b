import { InventoryBatchCostsInputSchema } from '@growops/domain'
import { listBatchCosts } from '../../services/inventory/batch-cost.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Input cost per batch: direct uses plus shares of room uses (INV6). */
export const batchCosts = areaProcedure('INVENTORY', 'read')
  .input(InventoryBatchCostsInputSchema)
  .query(({ ctx, input }) => listBatchCosts(ctx.prisma, ctx.actor, input))
