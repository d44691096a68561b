// Low stock (INV5): an item with a restock threshold is low when its on-hand total is at or
// below it. Falling to it notifies once; the item is re-armed only when stock rises above.
import { roundQuantity } from './quantities.ts'

/** Whether `onHand` is at or below `threshold` (never without a threshold). */
export function isLowStock(onHand: number, threshold: number | null): boolean {
  return threshold !== null && roundQuantity(onHand) <= roundQuantity(threshold)
}

export interface RestockState {
  restockThreshold: number | null
  /** Set when the low-stock notification went out; null = armed. */
  lowStockSince: Date | null
}

export type RestockStep =
  /** Just crossed to or below the threshold: notify, and remember when. */
  | { action: 'NOTIFY'; lowStockSince: Date }
  /** Back above the threshold (or no threshold any more): clear, so the next fall notifies. */
  | { action: 'REARM'; lowStockSince: null }
  | { action: 'NONE'; lowStockSince: Date | null }

/**
 * The restock state after a change that leaves `onHand` (INV5): NOTIFY exactly once per fall
 * to the threshold, REARM when stock rises above it or the threshold is removed, else NONE.
 */
export function nextRestockState(state: RestockState, onHand: number, now: Date): RestockStep {
  const low = isLowStock(onHand, state.restockThreshold)
  if (low && state.lowStockSince === null) return { action: 'NOTIFY', lowStockSince: now }
  if (!low && state.lowStockSince !== null) return { action: 'REARM', lowStockSince: null }
  return { action: 'NONE', lowStockSince: state.lowStockSince }
}
