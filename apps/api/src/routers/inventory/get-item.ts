import { InventoryItemIdInputSchema } from '@growops/domain'
import { getItem } from '../../services/inventory/list-items.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** One item with its lots (in the order uses take them) and its latest transactions. */
export const item = areaProcedure('INVENTORY', 'read')
  .input(InventoryItemIdInputSchema)
  .query(({ ctx, input }) => getItem(ctx.prisma, ctx.actor, input))
