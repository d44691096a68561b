import { InventoryDisposeInputSchema } from '@growops/domain'
import { disposeStock } from '../../services/inventory/adjust-stock.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Throws away part of a lot (expired, spoiled, broken); idempotent with a key (INV9). */
export const dispose = areaProcedure('INVENTORY', 'write')
  .input(InventoryDisposeInputSchema)
  .mutation(({ ctx, input }) => disposeStock(ctx.prisma, ctx.actor, input, { live: ctx.live }))
