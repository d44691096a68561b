import { InventoryItemUpdateInputSchema } from '@growops/domain'
import { updateInventoryItem } from '../../services/inventory/manage-items.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Name, category, unit (before any transaction) and restock threshold. */
export const updateItem = areaProcedure('INVENTORY', 'write')
  .input(InventoryItemUpdateInputSchema)
  .mutation(({ ctx, input }) =>
    updateInventoryItem(ctx.prisma, ctx.actor, input, { live: ctx.live }),
  )
