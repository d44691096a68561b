// Finding and locking an organization's inventory items. Every stock change takes the item's
// row lock first, so changes of one item run one after another: two uses of the last units
// cannot both see them (INV9), and the low-stock state moves in order.
import type { InventoryLot, TransactionClient } from '@growops/db'
import { DomainError } from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { ITEM_SELECT, type ItemRow } from './inventory-views.ts'

export function itemNotFound(itemId: string): DomainError {
  return new DomainError('NOT_FOUND', 'No such inventory item in this organization.', {
    entity: 'InventoryItem',
    id: itemId,
  })
}

/** The item, when it is the actor's organization's; NOT_FOUND otherwise. */
export async function loadItemFor(
  db: TransactionClient,
  actor: Actor,
  itemId: string,
): Promise<ItemRow> {
  const item = await db.inventoryItem.findFirst({
    where: { id: itemId, organizationId: actor.organizationId },
    select: ITEM_SELECT,
  })
  if (!item) throw itemNotFound(itemId)
  return item
}

export interface LockedItem extends ItemRow {
  lots: InventoryLot[]
}

/** Locks the item's row for the rest of the transaction and reads it with its lots. */
export async function lockItemFor(
  tx: TransactionClient,
  actor: Actor,
  itemId: string,
): Promise<LockedItem> {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "InventoryItem"
    WHERE "id" = ${itemId} AND "organizationId" = ${actor.organizationId}
    FOR UPDATE`
  if (locked.length === 0) throw itemNotFound(itemId)
  const item = await tx.inventoryItem.findUniqueOrThrow({
    where: { id: itemId },
    select: { ...ITEM_SELECT, lots: true },
  })
  return item
}

/** An archived item takes no stock changes (INV7). */
export function assertItemActive(item: Pick<ItemRow, 'archivedAt' | 'name'>): void {
  if (item.archivedAt === null) return
  throw new DomainError(
    'INVENTORY.ITEM_ARCHIVED',
    `${item.name} is archived; restore it before changing its stock.`,
    { item: item.name },
  )
}

/** The lot of this item; NOT_FOUND for a lot of another item. */
export function lotOf(item: LockedItem, lotId: string): InventoryLot {
  const lot = item.lots.find((candidate) => candidate.id === lotId)
  if (lot) return lot
  throw new DomainError('NOT_FOUND', `No such lot of ${item.name}.`, {
    entity: 'InventoryLot',
    id: lotId,
  })
}
