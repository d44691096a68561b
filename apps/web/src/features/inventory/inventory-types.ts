import type { RouterOutputs } from '../../app/trpc.ts'

export type InventoryItem = RouterOutputs['inventory']['item']['item']
export type InventoryLot = RouterOutputs['inventory']['item']['lots'][number]
export type InventoryTransaction =
  RouterOutputs['inventory']['transactions']['transactions'][number]
export type StockChangeResult = RouterOutputs['inventory']['receive']
/** Called with what a stock form recorded. */
export type StockChangeDone = (result: StockChangeResult) => void
