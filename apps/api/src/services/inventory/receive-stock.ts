// `inventory.receive`: a new lot of the item with its quantity, unit cost, supplier and expiry.
import type { PrismaClient } from '@growops/db'
import { DomainError, drawFromLot, type InventoryReceiveInput } from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import type { LiveMutationOptions } from '../realtime/live-buffer.ts'
import { runStockChange } from './run-stock-change.ts'
import type { StockChangeResult } from './stock-change.ts'

export function receiveStock(
  prisma: PrismaClient,
  actor: Actor,
  input: InventoryReceiveInput,
  options: LiveMutationOptions = {},
): Promise<StockChangeResult> {
  return runStockChange(
    prisma,
    actor,
    'inventory.receive',
    input,
    async (tx, item, now) => {
      // The item's lock serializes receipts, so this check cannot race another receipt.
      if (item.lots.some((lot) => lot.lotCode === input.lotCode)) {
        throw new DomainError(
          'INVENTORY.LOT_EXISTS',
          `${item.name} already has a lot ${input.lotCode}.`,
          { item: item.name, lotCode: input.lotCode },
        )
      }
      const lot = await tx.inventoryLot.create({
        data: {
          itemId: item.id,
          lotCode: input.lotCode,
          supplier: input.supplier ?? null,
          receivedAt: now,
          expiresAt: input.expiresAt ?? null,
          unitCostCents: input.unitCostCents ?? null,
        },
      })
      item.lots.push(lot)
      return {
        kind: 'RECEIVE',
        draws: [drawFromLot(lot, input.quantity, item)],
        reason: input.reason,
      }
    },
    options,
  )
}
