// `inventory.transactions`: the ledger, newest first, by item, room, batch (its own uses and
// the room uses it shares), kind and time range, a page at a time.
import type { Prisma, PrismaClient } from '@growops/db'
import type { InventoryTransactionListInput } from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import {
  TRANSACTION_INCLUDE,
  transactionView,
  type InventoryTransactionView,
} from './inventory-views.ts'

export interface InventoryTransactionPage {
  transactions: InventoryTransactionView[]
  /** Pass as `cursor` for the next page; null on the last one. */
  nextCursor: string | null
}

function transactionWhere(
  actor: Actor,
  input: InventoryTransactionListInput,
): Prisma.InventoryTransactionWhereInput {
  return {
    organizationId: actor.organizationId,
    ...(input.itemId ? { itemId: input.itemId } : {}),
    ...(input.roomId ? { roomId: input.roomId } : {}),
    ...(input.batchId
      ? { OR: [{ batchId: input.batchId }, { sharedBatchIds: { has: input.batchId } }] }
      : {}),
    ...(input.kind ? { kind: input.kind } : {}),
    ...(input.from || input.to
      ? {
          performedAt: {
            ...(input.from ? { gte: input.from } : {}),
            ...(input.to ? { lte: input.to } : {}),
          },
        }
      : {}),
  }
}

export async function listTransactions(
  prisma: PrismaClient,
  actor: Actor,
  input: InventoryTransactionListInput,
): Promise<InventoryTransactionPage> {
  const rows = await prisma.inventoryTransaction.findMany({
    where: transactionWhere(actor, input),
    include: TRANSACTION_INCLUDE,
    orderBy: [{ performedAt: 'desc' }, { id: 'desc' }],
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
    take: input.limit + 1,
  })
  const page = rows.slice(0, input.limit)
  return {
    transactions: page.map(transactionView),
    nextCursor: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null,
  }
}
