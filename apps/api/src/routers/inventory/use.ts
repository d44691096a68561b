import { InventoryUseInputSchema } from '@growops/domain'
import { useStock } from '../../services/inventory/use-stock.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Takes stock from a lot or first-expiring-first, against a room or a batch (INV3, INV9). */
export const use = areaProcedure('INVENTORY', 'write')
  .input(InventoryUseInputSchema)
  .mutation(({ ctx, input }) => useStock(ctx.prisma, ctx.actor, input, { live: ctx.live }))
