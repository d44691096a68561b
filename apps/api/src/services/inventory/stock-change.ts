// The one place stock changes are written (INV9): one transaction row per lot touched, the
// lot's quantity set to its new rounded total, the low-stock state, one audit entry per
// transaction and the `inventory.changed` event (with any low-stock notifications) last.
// Callers hold the item's row lock (lockItemFor) and run inside runMaybeIdempotent.
import type { TransactionClient } from '@growops/db'
import {
  isLowStock,
  useCostCents,
  type InventoryTransactionKind,
  type LotDraw,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { appendAuditEntries } from '../audit/append-audit-entry.ts'
import type { LiveBuffer } from '../realtime/live-buffer.ts'
import type { LockedItem } from './inventory-access.ts'
import {
  itemView,
  stockOfLots,
  TRANSACTION_INCLUDE,
  transactionView,
  type InventoryItemView,
  type InventoryTransactionView,
} from './inventory-views.ts'
import { applyRestockState } from './restock.ts'

export interface StockChange {
  kind: InventoryTransactionKind
  draws: readonly LotDraw[]
  reason: string
  roomId?: string | null
  batchId?: string | null
  /** A room use: the batches in the room now (sorted). */
  sharedBatchIds?: readonly string[]
}

export interface StockChangeResult {
  item: InventoryItemView
  transactions: InventoryTransactionView[]
}

export async function recordStockChange(
  tx: TransactionClient,
  actor: Actor,
  item: LockedItem,
  change: StockChange,
  now: Date,
  live: LiveBuffer,
): Promise<StockChangeResult> {
  const lots = new Map(item.lots.map((lot) => [lot.id, lot]))
  const rows = []
  for (const draw of change.draws) {
    const lot = lots.get(draw.lotId)
    if (!lot) throw new Error(`recordStockChange: lot ${draw.lotId} is not one of the item's`)
    await tx.inventoryLot.update({
      where: { id: lot.id },
      data: { quantityOnHand: draw.onHandAfter },
    })
    lots.set(lot.id, { ...lot, quantityOnHand: draw.onHandAfter })
    rows.push({
      before: lot.quantityOnHand,
      row: await tx.inventoryTransaction.create({
        data: {
          organizationId: actor.organizationId,
          itemId: item.id,
          lotId: lot.id,
          kind: change.kind,
          quantity: draw.delta,
          costCents: useCostCents(draw.delta, lot.unitCostCents),
          reason: change.reason,
          roomId: change.roomId ?? null,
          batchId: change.batchId ?? null,
          sharedBatchIds: [...(change.sharedBatchIds ?? [])],
          performedById: actor.userId,
          performedAt: now,
        },
        include: TRANSACTION_INCLUDE,
      }),
    })
  }
  const stock = stockOfLots([...lots.values()])
  const restock = await applyRestockState(tx, item, stock.onHand, now)
  await appendAuditEntries(
    tx,
    rows.map(({ before, row }) => ({
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: `inventory.${change.kind.toLowerCase()}`,
      entityType: 'InventoryTransaction',
      entityId: row.id,
      before: { lotCode: row.lot.lotCode, quantityOnHand: before },
      after: {
        itemId: item.id,
        sku: item.sku,
        lotId: row.lotId,
        lotCode: row.lot.lotCode,
        quantity: row.quantity,
        quantityOnHand: lots.get(row.lotId)?.quantityOnHand ?? null,
        costCents: row.costCents,
        reason: row.reason,
        roomId: row.roomId,
        batchId: row.batchId,
        sharedBatchIds: row.sharedBatchIds,
      },
    })),
  )
  await live.record(tx, [
    {
      type: 'inventory.changed',
      organizationId: actor.organizationId,
      propertyId: item.propertyId,
      payload: {
        itemId: item.id,
        propertyId: item.propertyId,
        change: change.kind,
        onHand: stock.onHand,
        lowStock: isLowStock(stock.onHand, item.restockThreshold),
        batchIds: change.batchId ? [change.batchId] : [...(change.sharedBatchIds ?? [])],
      },
    },
    ...restock.events,
  ])
  return {
    item: itemView({ ...item, lowStockSince: restock.lowStockSince }, stock),
    transactions: rows.map(({ row }) => transactionView(row)),
  }
}
