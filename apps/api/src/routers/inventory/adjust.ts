import { InventoryAdjustInputSchema } from '@growops/domain'
import { adjustStock } from '../../services/inventory/adjust-stock.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** A counted correction of one lot, either way; idempotent with a key (INV9). */
export const adjust = areaProcedure('INVENTORY', 'write')
  .input(InventoryAdjustInputSchema)
  .mutation(({ ctx, input }) => adjustStock(ctx.prisma, ctx.actor, input, { live: ctx.live }))
