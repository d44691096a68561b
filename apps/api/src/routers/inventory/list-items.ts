import { InventoryItemListInputSchema } from '@growops/domain'
import { listItems } from '../../services/inventory/list-items.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Items with on-hand totals and the low-stock flag; filters category, low, search (INV7). */
export const items = areaProcedure('INVENTORY', 'read')
  .input(InventoryItemListInputSchema)
  .query(({ ctx, input }) => listItems(ctx.prisma, ctx.actor, input))
