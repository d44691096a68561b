// Lazily loaded route module: the inventory pages load only when visited.
import { ItemPage } from './item-page.tsx'

export function Component() {
  return <ItemPage />
}
