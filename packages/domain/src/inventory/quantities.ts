// Quantities are floats in the item's unit (litres, bags, each…). Every stored quantity goes
// through roundQuantity, so adding transactions up never drifts (INV1).

/** Decimal places every inventory quantity is kept to (a millilitre of a litre, a gram of a kg). */
export const QUANTITY_DECIMALS = 3

const FACTOR = 10 ** QUANTITY_DECIMALS

/** Largest quantity one transaction may move: beyond it the number is a typo. */
export const MAX_QUANTITY = 1_000_000

/** `value` rounded to {@link QUANTITY_DECIMALS} places (−0 becomes 0) (INV1). */
export function roundQuantity(value: number): number {
  const rounded = Math.round(value * FACTOR) / FACTOR
  return rounded === 0 ? 0 : rounded
}

/** The rounded sum of rounded quantities: the same whatever the order (INV1). */
export function sumQuantities(values: Iterable<number>): number {
  // Whole thousandths add exactly; dividing once at the end keeps the order irrelevant.
  let thousandths = 0
  for (const value of values) thousandths += Math.round(value * FACTOR)
  return roundQuantity(thousandths / FACTOR)
}

export type InventoryTransactionKind = 'RECEIVE' | 'USE' | 'ADJUST' | 'DISPOSE'

/**
 * The signed change a transaction makes to its lot (INV1): a receive adds, a use and a
 * disposal take away, an adjustment is signed as given.
 */
export function signedQuantity(kind: InventoryTransactionKind, quantity: number): number {
  const amount = roundQuantity(quantity)
  if (kind === 'ADJUST' || amount === 0) return amount
  return kind === 'RECEIVE' ? Math.abs(amount) : -Math.abs(amount)
}
