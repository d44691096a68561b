// Runs one stock procedure: idempotently when the client sent a key (a replay answers as the
// first request did and changes nothing), inside the item's row lock, publishing the live
// events only after commit.
import type { PrismaClient, TransactionClient } from '@growops/db'
import { toAuditJson } from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { runMaybeIdempotent } from '../idempotency/run-idempotent.ts'
import { createLiveBuffer, type LiveMutationOptions } from '../realtime/live-buffer.ts'
import { assertItemActive, lockItemFor, type LockedItem } from './inventory-access.ts'
import { recordStockChange, type StockChange, type StockChangeResult } from './stock-change.ts'

export interface StockRequest {
  itemId: string
  idempotencyKey?: string | undefined
}

/**
 * `plan` reads what it needs in the transaction (the item is locked and active) and returns
 * the change to record.
 */
export async function runStockChange<Input extends StockRequest>(
  prisma: PrismaClient,
  actor: Actor,
  scope: string,
  input: Input,
  plan: (tx: TransactionClient, item: LockedItem, now: Date) => Promise<StockChange>,
  { now = new Date(), live }: LiveMutationOptions = {},
): Promise<StockChangeResult> {
  const { idempotencyKey, ...request } = input
  const buffer = createLiveBuffer(live)
  const result = await runMaybeIdempotent(
    prisma,
    {
      userId: actor.userId,
      key: idempotencyKey,
      scope,
      // Dates as ISO text, so that another expiry with the same key is noticed.
      input: toAuditJson({ organizationId: actor.organizationId, ...request }),
    },
    buffer.guard(async (tx) => {
      const item = await lockItemFor(tx, actor, input.itemId)
      assertItemActive(item)
      const change = await plan(tx, item, now)
      return recordStockChange(tx, actor, item, change, now, buffer)
    }),
  )
  buffer.publish()
  return result
}
