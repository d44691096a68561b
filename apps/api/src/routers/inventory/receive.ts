import { InventoryReceiveInputSchema } from '@growops/domain'
import { receiveStock } from '../../services/inventory/receive-stock.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** A new lot of the item; idempotent with a key (INV9). */
export const receive = areaProcedure('INVENTORY', 'write')
  .input(InventoryReceiveInputSchema)
  .mutation(({ ctx, input }) => receiveStock(ctx.prisma, ctx.actor, input, { live: ctx.live }))
