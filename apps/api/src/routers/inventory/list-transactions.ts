import { InventoryTransactionListInputSchema } from '@growops/domain'
import { listTransactions } from '../../services/inventory/list-transactions.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** The ledger, newest first, by item, room, batch, kind and time range. */
export const transactions = areaProcedure('INVENTORY', 'read')
  .input(InventoryTransactionListInputSchema)
  .query(({ ctx, input }) => listTransactions(ctx.prisma, ctx.actor, input))
