// `inventory.adjust` (a counted correction, either way) and `inventory.dispose` (spoiled,
// expired, broken): both change one named lot, which never goes below zero (INV2).
import type { PrismaClient } from '@growops/db'
import {
  drawFromLot,
  signedQuantity,
  type InventoryAdjustInput,
  type InventoryDisposeInput,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import type { LiveMutationOptions } from '../realtime/live-buffer.ts'
import { lotOf } from './inventory-access.ts'
import { runStockChange } from './run-stock-change.ts'
import type { StockChangeResult } from './stock-change.ts'

export function adjustStock(
  prisma: PrismaClient,
  actor: Actor,
  input: InventoryAdjustInput,
  options: LiveMutationOptions = {},
): Promise<StockChangeResult> {
  return runStockChange(
    prisma,
    actor,
    'inventory.adjust',
    input,
    (_tx, item) =>
      Promise.resolve({
        kind: 'ADJUST',
        draws: [
          drawFromLot(lotOf(item, input.lotId), signedQuantity('ADJUST', input.quantity), item),
        ],
        reason: input.reason,
      }),
    options,
  )
}

export function disposeStock(
  prisma: PrismaClient,
  actor: Actor,
  input: InventoryDisposeInput,
  options: LiveMutationOptions = {},
): Promise<StockChangeResult> {
  return runStockChange(
    prisma,
    actor,
    'inventory.dispose',
    input,
    (_tx, item) =>
      Promise.resolve({
        kind: 'DISPOSE',
        draws: [
          drawFromLot(lotOf(item, input.lotId), signedQuantity('DISPOSE', input.quantity), item),
        ],
        reason: input.reason,
      }),
    options,
  )
}
