// `inventory.use`: taking stock for the grow, from a named lot or first-expiring-first across
// lots (INV3), against a room or a batch. A room use remembers the batches that have plants in
// the room now, so its cost can be split among them later (INV6).
import type { PrismaClient, TransactionClient } from '@growops/db'
import {
  DomainError,
  drawFromLot,
  planFifoDraws,
  signedQuantity,
  type InventoryUseInput,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { loadBatchFor } from '../batches/batch-access.ts'
import { loadRoomFor } from '../positions/room-access.ts'
import type { LiveMutationOptions } from '../realtime/live-buffer.ts'
import { lotOf, type LockedItem } from './inventory-access.ts'
import { runStockChange } from './run-stock-change.ts'
import type { StockChangeResult } from './stock-change.ts'

function assertSameProperty(item: LockedItem, propertyId: string, field: string): void {
  if (item.propertyId === null || item.propertyId === propertyId) return
  throw new DomainError('VALIDATION.FAILED', `${item.name} is kept for another property.`, {
    field,
  })
}

/** Ids of the batches with a plant at a position of the room, sorted. */
async function batchesInRoom(tx: TransactionClient, actor: Actor, roomId: string) {
  const plants = await tx.plant.findMany({
    where: { organizationId: actor.organizationId, position: { roomId } },
    distinct: ['batchId'],
    select: { batchId: true },
  })
  return plants.map((plant) => plant.batchId).sort()
}

export function useStock(
  prisma: PrismaClient,
  actor: Actor,
  input: InventoryUseInput,
  options: LiveMutationOptions = {},
): Promise<StockChangeResult> {
  return runStockChange(
    prisma,
    actor,
    'inventory.use',
    input,
    async (tx, item) => {
      let sharedBatchIds: string[] = []
      if (input.batchId) {
        const batch = await loadBatchFor(tx, actor, input.batchId)
        assertSameProperty(item, batch.propertyId, 'batchId')
      }
      if (input.roomId) {
        const room = await loadRoomFor(tx, actor, input.roomId)
        assertSameProperty(item, room.propertyId, 'roomId')
        sharedBatchIds = await batchesInRoom(tx, actor, room.id)
      }
      const draws = input.lotId
        ? [drawFromLot(lotOf(item, input.lotId), signedQuantity('USE', input.quantity), item)]
        : planFifoDraws(item.lots, input.quantity, item)
      return {
        kind: 'USE',
        draws,
        reason: input.reason,
        roomId: input.roomId ?? null,
        batchId: input.batchId ?? null,
        sharedBatchIds,
      }
    },
    options,
  )
}
