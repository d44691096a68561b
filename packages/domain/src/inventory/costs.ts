// What inputs cost (INV4) and which batch carries the cost (INV6).
import { QUANTITY_DECIMALS, roundQuantity } from './quantities.ts'

const FACTOR = 10 ** QUANTITY_DECIMALS

/**
 * The cost of taking `quantity` from a lot (INV4): quantity × the lot's unit cost, in whole
 * cents (half a cent rounds up); null when the lot has no cost.
 */
export function useCostCents(quantity: number, unitCostCents: number | null): number | null {
  if (unitCostCents === null) return null
  // Whole thousandths × cents is exact; one division and one rounding at the end.
  const thousandths = Math.round(Math.abs(roundQuantity(quantity)) * FACTOR)
  return Math.round((thousandths * unitCostCents) / FACTOR)
}

/**
 * `totalCents` split into `parts` whole-cent shares that add up to it exactly (INV6): equal
 * shares, the left-over cents one each to the first shares.
 */
export function splitCents(totalCents: number, parts: number): number[] {
  if (parts <= 0) return []
  const base = Math.floor(totalCents / parts)
  const extra = totalCents - base * parts
  return Array.from({ length: parts }, (_, index) => base + (index < extra ? 1 : 0))
}

/** A USE transaction as cost allocation sees it. */
export interface CostedUse {
  batchId: string | null
  roomId: string | null
  /** Null: the lot had no unit cost. */
  costCents: number | null
  /** For a room use: the batches in the room when it was recorded. */
  sharedBatchIds: readonly string[]
}

export interface BatchInputCost {
  /** Uses recorded against the batch itself. */
  directCents: number
  /** The batch's equal shares of uses recorded against a room it was in. */
  roomShareCents: number
  totalCents: number
  /** Uses that count toward the batch (direct or shared). */
  useCount: number
  /** Of those, uses from lots without a cost (they add nothing). */
  uncostedUseCount: number
}

export interface CostAllocation {
  byBatch: Map<string, BatchInputCost>
  /** Room uses recorded while no batch was in the room: carried by none. */
  unallocatedCents: number
}

function emptyCost(): BatchInputCost {
  return { directCents: 0, roomShareCents: 0, totalCents: 0, useCount: 0, uncostedUseCount: 0 }
}

/**
 * Input cost per batch (INV6): a use against a batch counts in full for it; a use against a
 * room is split equally (splitCents, in sorted batch-id order) among the batches that had
 * plants in the room when it was recorded; with none, it is unallocated. Uses without a cost
 * are counted but add nothing.
 */
export function allocateUseCosts(uses: Iterable<CostedUse>): CostAllocation {
  const byBatch = new Map<string, BatchInputCost>()
  let unallocatedCents = 0
  const costOf = (batchId: string) => {
    let cost = byBatch.get(batchId)
    if (!cost) byBatch.set(batchId, (cost = emptyCost()))
    return cost
  }
  for (const use of uses) {
    const cents = use.costCents ?? 0
    const uncosted = use.costCents === null ? 1 : 0
    if (use.batchId !== null) {
      const cost = costOf(use.batchId)
      cost.directCents += cents
      cost.useCount += 1
      cost.uncostedUseCount += uncosted
      continue
    }
    const batches = [...new Set(use.sharedBatchIds)].sort()
    if (batches.length === 0) {
      unallocatedCents += cents
      continue
    }
    const shares = splitCents(cents, batches.length)
    batches.forEach((batchId, index) => {
      const cost = costOf(batchId)
      cost.roomShareCents += shares[index] ?? 0
      cost.useCount += 1
      cost.uncostedUseCount += uncosted
    })
  }
  for (const cost of byBatch.values()) cost.totalCents = cost.directCents + cost.roomShareCents
  return { byBatch, unallocatedCents }
}
