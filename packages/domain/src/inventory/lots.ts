// Lots: how much each holds, and which lots a use draws from when none is named (INV2, INV3).
import { DomainError } from '../errors/domain-error.ts'
import { roundQuantity, sumQuantities } from './quantities.ts'

/** What the rules need to know of a lot. */
export interface LotState {
  id: string
  lotCode: string
  quantityOnHand: number
  receivedAt: Date
  expiresAt: Date | null
}

/** One lot's part of a change: `delta` is signed, in the item's unit. */
export interface LotDraw {
  lotId: string
  lotCode: string
  delta: number
  /** The lot's quantity after the change. */
  onHandAfter: number
}

/** Names the item and its unit in refusals. */
export interface ItemLabel {
  name: string
  unit: string
}

function insufficient(
  item: ItemLabel,
  onHand: number,
  requested: number,
  lotCode: string | null,
): DomainError {
  const where = lotCode === null ? `of ${item.name}` : `of ${item.name} in lot ${lotCode}`
  return new DomainError(
    'INVENTORY.INSUFFICIENT_STOCK',
    `Only ${onHand} ${item.unit} ${where} on hand; ${requested} ${item.unit} cannot be taken.`,
    { item: item.name, unit: item.unit, onHand, requested, lotCode },
  )
}

/**
 * Applies a signed `delta` to one lot (INV2). A lot never goes below zero: taking more than it
 * holds is `INVENTORY.INSUFFICIENT_STOCK`, naming what is on hand.
 */
export function drawFromLot(lot: LotState, delta: number, item: ItemLabel): LotDraw {
  const change = roundQuantity(delta)
  const after = roundQuantity(lot.quantityOnHand + change)
  if (after < 0) throw insufficient(item, roundQuantity(lot.quantityOnHand), -change, lot.lotCode)
  return { lotId: lot.id, lotCode: lot.lotCode, delta: change, onHandAfter: after }
}

/**
 * The order lots are used in when a use names none (INV3): the first to expire first (lots
 * without an expiry last), then the first received, then by lot code so the order is total.
 */
export function compareLotsForUse(a: LotState, b: LotState): number {
  const expiryA = a.expiresAt?.getTime() ?? Number.POSITIVE_INFINITY
  const expiryB = b.expiresAt?.getTime() ?? Number.POSITIVE_INFINITY
  if (expiryA !== expiryB) return expiryA < expiryB ? -1 : 1
  const receivedA = a.receivedAt.getTime()
  const receivedB = b.receivedAt.getTime()
  if (receivedA !== receivedB) return receivedA - receivedB
  return a.lotCode < b.lotCode ? -1 : a.lotCode > b.lotCode ? 1 : 0
}

/**
 * Takes `quantity` (> 0) from the item's lots in {@link compareLotsForUse} order, spanning as
 * many lots as it needs (INV3). Not enough in all lots together is
 * `INVENTORY.INSUFFICIENT_STOCK` with the item's total on hand; nothing is taken then.
 */
export function planFifoDraws(
  lots: readonly LotState[],
  quantity: number,
  item: ItemLabel,
): LotDraw[] {
  const wanted = roundQuantity(quantity)
  const available = lots.filter((lot) => roundQuantity(lot.quantityOnHand) > 0)
  const onHand = sumQuantities(available.map((lot) => lot.quantityOnHand))
  if (onHand < wanted) throw insufficient(item, onHand, wanted, null)
  const draws: LotDraw[] = []
  let remaining = wanted
  for (const lot of available.toSorted(compareLotsForUse)) {
    if (remaining <= 0) break
    const take = Math.min(roundQuantity(lot.quantityOnHand), remaining)
    draws.push(drawFromLot(lot, -take, item))
    remaining = roundQuantity(remaining - take)
  }
  return draws
}
