// Low-stock notifications (INV5): when a change leaves an armed item at or below its threshold,
// OWNER and HEAD_GROWER get one INVENTORY notification; rising above re-arms the item.
import type { Role, TransactionClient } from '@growops/db'
import { nextRestockState } from '@growops/domain'
import { createNotifications, membersWithRoles } from '../notifications/notify.ts'
import type { NewLiveEvent } from '../realtime/live-events.ts'

/** Who is told that an item runs low. */
export const RESTOCK_ROLES: readonly Role[] = ['OWNER', 'HEAD_GROWER']

export interface RestockItem {
  id: string
  organizationId: string
  name: string
  unit: string
  restockThreshold: number | null
  lowStockSince: Date | null
}

export interface RestockOutcome {
  lowStockSince: Date | null
  /** `notification.created` events to record in the same transaction. */
  events: NewLiveEvent[]
}

/**
 * Moves the item's restock state for its new on-hand total and returns the notification
 * events to record (none unless it just fell to its threshold). Runs in the item's lock.
 */
export async function applyRestockState(
  tx: TransactionClient,
  item: RestockItem,
  onHand: number,
  now: Date,
): Promise<RestockOutcome> {
  const step = nextRestockState(item, onHand, now)
  const outcome = { lowStockSince: step.lowStockSince, events: [] }
  if (step.action === 'NONE') return outcome
  await tx.inventoryItem.update({
    where: { id: item.id },
    data: { lowStockSince: step.lowStockSince },
  })
  if (step.action === 'REARM') return outcome
  const recipients = await membersWithRoles(tx, item.organizationId, RESTOCK_ROLES)
  const events = await createNotifications(tx, {
    organizationId: item.organizationId,
    userIds: recipients,
    kind: 'INVENTORY',
    title: `Low stock: ${item.name}`,
    body: `${onHand} ${item.unit} on hand; restock at ${item.restockThreshold ?? 0} ${item.unit}.`,
    link: `/inventory/${item.id}`,
    sourceId: item.id,
  })
  return { lowStockSince: step.lowStockSince, events }
}
