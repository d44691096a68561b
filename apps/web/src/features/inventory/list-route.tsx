// Lazily loaded route module: the inventory pages load only when visited.
import { InventoryPage } from './inventory-page.tsx'

export function Component() {
  return <InventoryPage />
}
