import { router } from '../../trpc/init.ts'
import { adjust } from './adjust.ts'
import { archiveItem } from './archive-item.ts'
import { batchCosts } from './batch-costs.ts'
import { createItem } from './create-item.ts'
import { dispose } from './dispose.ts'
import { item } from './get-item.ts'
import { items } from './list-items.ts'
import { transactions } from './list-transactions.ts'
import { receive } from './receive.ts'
import { updateItem } from './update-item.ts'
import { use } from './use.ts'

export const inventoryRouter = router({
  items,
  item,
  createItem,
  updateItem,
  archiveItem,
  receive,
  use,
  adjust,
  dispose,
  transactions,
  batchCosts,
})
