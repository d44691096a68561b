// Creating, editing and archiving items (INV7). Each is audited and announced with an
// `inventory.changed` event (change ITEM) after commit.
import { isUniqueViolation, type PrismaClient, type TransactionClient } from '@growops/db'
import {
  DomainError,
  isLowStock,
  type InventoryItemArchiveInput,
  type InventoryItemCreateInput,
  type InventoryItemUpdateInput,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { appendAuditEntry } from '../audit/append-audit-entry.ts'
import { assertPropertyInOrganization } from '../comms/comms-helpers.ts'
import {
  createLiveBuffer,
  type LiveBuffer,
  type LiveMutationOptions,
} from '../realtime/live-buffer.ts'
import type { NewLiveEvent } from '../realtime/live-events.ts'
import { lockItemFor } from './inventory-access.ts'
import { ITEM_SELECT, itemView, stockOfLots, type InventoryItemView } from './inventory-views.ts'
import { applyRestockState } from './restock.ts'

function skuTaken(sku: string): DomainError {
  return new DomainError('INVENTORY.SKU_TAKEN', `Another item already has SKU ${sku}.`, { sku })
}

async function recordItemChanged(
  tx: TransactionClient,
  live: LiveBuffer,
  actor: Actor,
  view: InventoryItemView,
  notifications: readonly NewLiveEvent[] = [],
): Promise<void> {
  await live.record(tx, [
    {
      type: 'inventory.changed',
      organizationId: actor.organizationId,
      propertyId: view.propertyId,
      payload: {
        itemId: view.id,
        propertyId: view.propertyId,
        change: 'ITEM',
        onHand: view.onHand,
        lowStock: view.lowStock,
        batchIds: [],
      },
    },
    ...notifications,
  ])
}

export async function createInventoryItem(
  prisma: PrismaClient,
  actor: Actor,
  input: InventoryItemCreateInput,
  { now = new Date(), live }: LiveMutationOptions = {},
): Promise<InventoryItemView> {
  if (input.propertyId) await assertPropertyInOrganization(prisma, actor, input.propertyId)
  const buffer = createLiveBuffer(live)
  const threshold = input.restockThreshold ?? null
  try {
    const view = await prisma.$transaction(async (tx) => {
      const item = await tx.inventoryItem.create({
        data: {
          organizationId: actor.organizationId,
          propertyId: input.propertyId ?? null,
          sku: input.sku,
          name: input.name,
          category: input.category,
          unit: input.unit,
          restockThreshold: threshold,
          // A new item starts empty: below its threshold already, which is no news to anyone.
          // It is armed once a receipt lifts it above (INV5).
          lowStockSince: isLowStock(0, threshold) ? now : null,
        },
        select: ITEM_SELECT,
      })
      const created = itemView(item, stockOfLots([]))
      await appendAuditEntry(tx, {
        organizationId: actor.organizationId,
        actorId: actor.userId,
        action: 'inventory.item.create',
        entityType: 'InventoryItem',
        entityId: item.id,
        after: input,
      })
      await recordItemChanged(tx, buffer, actor, created)
      return created
    })
    buffer.publish()
    return view
  } catch (error) {
    if (isUniqueViolation(error)) throw skuTaken(input.sku)
    throw error
  }
}

export async function updateInventoryItem(
  prisma: PrismaClient,
  actor: Actor,
  input: InventoryItemUpdateInput,
  { now = new Date(), live }: LiveMutationOptions = {},
): Promise<InventoryItemView> {
  const buffer = createLiveBuffer(live)
  const { itemId, ...changes } = input
  const view = await prisma.$transaction(async (tx) => {
    const item = await lockItemFor(tx, actor, itemId)
    if (changes.unit !== undefined && changes.unit !== item.unit) {
      const used = await tx.inventoryTransaction.count({ where: { itemId } })
      if (used > 0) {
        throw new DomainError(
          'VALIDATION.FAILED',
          `${item.name} has transactions in ${item.unit}; its unit can no longer change.`,
          { field: 'unit' },
        )
      }
    }
    const updated = await tx.inventoryItem.update({
      where: { id: itemId },
      data: changes,
      select: ITEM_SELECT,
    })
    const stock = stockOfLots(item.lots)
    const restock = await applyRestockState(tx, updated, stock.onHand, now)
    const view = itemView({ ...updated, lowStockSince: restock.lowStockSince }, stock)
    const before = Object.fromEntries(
      Object.keys(changes).map((key) => [key, item[key as keyof typeof changes]]),
    )
    await appendAuditEntry(tx, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: 'inventory.item.update',
      entityType: 'InventoryItem',
      entityId: itemId,
      before,
      after: changes,
    })
    await recordItemChanged(tx, buffer, actor, view, restock.events)
    return view
  })
  buffer.publish()
  return view
}

export async function archiveInventoryItem(
  prisma: PrismaClient,
  actor: Actor,
  input: InventoryItemArchiveInput,
  { now = new Date(), live }: LiveMutationOptions = {},
): Promise<InventoryItemView> {
  const buffer = createLiveBuffer(live)
  const view = await prisma.$transaction(async (tx) => {
    const item = await lockItemFor(tx, actor, input.itemId)
    const updated = await tx.inventoryItem.update({
      where: { id: item.id },
      data: { archivedAt: input.archived ? (item.archivedAt ?? now) : null },
      select: ITEM_SELECT,
    })
    const view = itemView(updated, stockOfLots(item.lots))
    await appendAuditEntry(tx, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: input.archived ? 'inventory.item.archive' : 'inventory.item.restore',
      entityType: 'InventoryItem',
      entityId: item.id,
      before: { archivedAt: item.archivedAt },
      after: { archivedAt: updated.archivedAt },
    })
    await recordItemChanged(tx, buffer, actor, view)
    return view
  })
  buffer.publish()
  return view
}
