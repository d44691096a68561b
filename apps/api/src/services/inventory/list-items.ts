// `inventory.items` and `inventory.item`: items with their on-hand totals and low-stock flag;
// one item with its lots (in the order uses take them) and its latest transactions.
import type { Prisma, PrismaClient } from '@growops/db'
import {
  compareLotsForUse,
  roundQuantity,
  type InventoryItemIdInput,
  type InventoryItemListInput,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { loadItemFor } from './inventory-access.ts'
import {
  ITEM_SELECT,
  itemView,
  lotView,
  stockOfLots,
  TRANSACTION_INCLUDE,
  transactionView,
  type InventoryItemView,
  type InventoryLotView,
  type InventoryTransactionView,
} from './inventory-views.ts'

/** How many transactions `inventory.item` shows; the rest through `inventory.transactions`. */
export const RECENT_TRANSACTIONS = 20

function itemWhere(actor: Actor, input: InventoryItemListInput): Prisma.InventoryItemWhereInput {
  const search = input.search?.trim()
  return {
    organizationId: actor.organizationId,
    ...(input.includeArchived ? {} : { archivedAt: null }),
    ...(input.category ? { category: input.category } : {}),
    ...(input.propertyId ? { OR: [{ propertyId: input.propertyId }, { propertyId: null }] } : {}),
    ...(search
      ? {
          AND: [
            {
              OR: [
                { name: { contains: search, mode: 'insensitive' } },
                { sku: { contains: search, mode: 'insensitive' } },
              ],
            },
          ],
        }
      : {}),
  }
}

export async function listItems(
  prisma: PrismaClient,
  actor: Actor,
  input: InventoryItemListInput,
): Promise<InventoryItemView[]> {
  const items = await prisma.inventoryItem.findMany({
    where: itemWhere(actor, input),
    select: ITEM_SELECT,
    orderBy: [{ name: 'asc' }, { sku: 'asc' }],
  })
  // Lots never hold less than zero, so the lots that hold something give the totals.
  const stock = await prisma.inventoryLot.groupBy({
    by: ['itemId'],
    where: { itemId: { in: items.map((item) => item.id) }, quantityOnHand: { gt: 0 } },
    _sum: { quantityOnHand: true },
    _count: { _all: true },
    _min: { expiresAt: true },
  })
  const byItem = new Map(stock.map((group) => [group.itemId, group]))
  const views = items.map((item) => {
    const group = byItem.get(item.id)
    return itemView(item, {
      onHand: roundQuantity(group?._sum.quantityOnHand ?? 0),
      lotCount: group?._count._all ?? 0,
      nextExpiry: group?._min.expiresAt?.toISOString() ?? null,
    })
  })
  return input.lowOnly ? views.filter((view) => view.lowStock) : views
}

export interface InventoryItemDetail {
  item: InventoryItemView
  lots: InventoryLotView[]
  recentTransactions: InventoryTransactionView[]
}

export async function getItem(
  prisma: PrismaClient,
  actor: Actor,
  input: InventoryItemIdInput,
): Promise<InventoryItemDetail> {
  const item = await loadItemFor(prisma, actor, input.itemId)
  const [lots, transactions] = await Promise.all([
    prisma.inventoryLot.findMany({ where: { itemId: item.id } }),
    prisma.inventoryTransaction.findMany({
      where: { itemId: item.id },
      include: TRANSACTION_INCLUDE,
      orderBy: [{ performedAt: 'desc' }, { id: 'desc' }],
      take: RECENT_TRANSACTIONS,
    }),
  ])
  // Lots with stock first, in the order a use takes them; emptied lots after, newest first.
  const holding = lots.filter((lot) => roundQuantity(lot.quantityOnHand) > 0)
  const empty = lots
    .filter((lot) => roundQuantity(lot.quantityOnHand) <= 0)
    .sort((a, b) => b.receivedAt.getTime() - a.receivedAt.getTime())
  return {
    item: itemView(item, stockOfLots(lots)),
    lots: [...holding.sort(compareLotsForUse), ...empty].map(lotView),
    recentTransactions: transactions.map(transactionView),
  }
}
