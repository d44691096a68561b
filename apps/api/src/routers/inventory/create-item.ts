import { InventoryItemCreateInputSchema } from '@growops/domain'
import { createInventoryItem } from '../../services/inventory/manage-items.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** A new item (INVENTORY FULL); its SKU is unique in the organization. */
export const createItem = areaProcedure('INVENTORY', 'write')
  .input(InventoryItemCreateInputSchema)
  .mutation(({ ctx, input }) =>
    createInventoryItem(ctx.prisma, ctx.actor, input, { live: ctx.live }),
  )
