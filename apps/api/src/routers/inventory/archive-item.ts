import { InventoryItemArchiveInputSchema } from '@growops/domain'
import { archiveInventoryItem } from '../../services/inventory/manage-items.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Archives (or, with archived: false, restores) an item; archived items take no stock. */
export const archiveItem = areaProcedure('INVENTORY', 'write')
  .input(InventoryItemArchiveInputSchema)
  .mutation(({ ctx, input }) =>
    archiveInventoryItem(ctx.prisma, ctx.actor, input, { live: ctx.live }),
  )
