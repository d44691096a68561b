// What the inventory procedures answer with: plain JSON (ISO dates), identical for a first
// request and for an idempotent replay of it.
import type { InventoryLot, Prisma } from '@growops/db'
import { isLowStock, roundQuantity, useCostCents } from '@growops/domain'

export interface ItemStock {
  onHand: number
  /** Lots that still hold something. */
  lotCount: number
  /** The earliest expiry among lots that still hold something. */
  nextExpiry: string | null
}

export const ITEM_SELECT = {
  id: true,
  organizationId: true,
  propertyId: true,
  sku: true,
  name: true,
  category: true,
  unit: true,
  restockThreshold: true,
  lowStockSince: true,
  archivedAt: true,
  createdAt: true,
} satisfies Prisma.InventoryItemSelect

export type ItemRow = Prisma.InventoryItemGetPayload<{ select: typeof ITEM_SELECT }>

export function itemView(item: ItemRow, stock: ItemStock) {
  return {
    id: item.id,
    propertyId: item.propertyId,
    sku: item.sku,
    name: item.name,
    category: item.category,
    unit: item.unit,
    restockThreshold: item.restockThreshold,
    onHand: roundQuantity(stock.onHand),
    lowStock: isLowStock(stock.onHand, item.restockThreshold),
    lowStockSince: item.lowStockSince?.toISOString() ?? null,
    lotCount: stock.lotCount,
    nextExpiry: stock.nextExpiry,
    archived: item.archivedAt !== null,
    createdAt: item.createdAt.toISOString(),
  }
}
export type InventoryItemView = ReturnType<typeof itemView>

/** On-hand figures from an item's lots (lots never hold less than zero). */
export function stockOfLots(
  lots: readonly Pick<InventoryLot, 'quantityOnHand' | 'expiresAt'>[],
): ItemStock {
  const holding = lots.filter((lot) => roundQuantity(lot.quantityOnHand) > 0)
  const expiries = holding.flatMap((lot) => (lot.expiresAt ? [lot.expiresAt.getTime()] : []))
  return {
    onHand: roundQuantity(holding.reduce((sum, lot) => sum + lot.quantityOnHand, 0)),
    lotCount: holding.length,
    nextExpiry: expiries.length > 0 ? new Date(Math.min(...expiries)).toISOString() : null,
  }
}

export function lotView(lot: InventoryLot) {
  return {
    id: lot.id,
    lotCode: lot.lotCode,
    supplier: lot.supplier,
    receivedAt: lot.receivedAt.toISOString(),
    expiresAt: lot.expiresAt?.toISOString() ?? null,
    unitCostCents: lot.unitCostCents,
    quantityOnHand: roundQuantity(lot.quantityOnHand),
    /** What is left is worth, at the lot's unit cost. */
    valueCents: useCostCents(lot.quantityOnHand, lot.unitCostCents),
  }
}
export type InventoryLotView = ReturnType<typeof lotView>

export const TRANSACTION_INCLUDE = {
  item: { select: { id: true, sku: true, name: true, unit: true } },
  lot: { select: { id: true, lotCode: true } },
  room: { select: { id: true, code: true, name: true } },
  batch: { select: { id: true, name: true } },
  performedBy: { select: { id: true, name: true } },
} satisfies Prisma.InventoryTransactionInclude

type TransactionRow = Prisma.InventoryTransactionGetPayload<{
  include: typeof TRANSACTION_INCLUDE
}>

export function transactionView(row: TransactionRow) {
  return {
    id: row.id,
    kind: row.kind,
    /** Signed change of the lot, in the item's unit. */
    quantity: roundQuantity(row.quantity),
    /** The value of the quantity moved, at the lot's unit cost (null: the lot has none). */
    costCents: row.costCents,
    reason: row.reason,
    item: row.item,
    lot: row.lot,
    room: row.room,
    batch: row.batch,
    /** A room use: how many batches were in the room and share its cost. */
    sharedBatchCount: row.sharedBatchIds.length,
    performedBy: row.performedBy,
    performedAt: row.performedAt.toISOString(),
  }
}
export type InventoryTransactionView = ReturnType<typeof transactionView>
