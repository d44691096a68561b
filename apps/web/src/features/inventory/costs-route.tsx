// Lazily loaded route module: the inventory pages load only when visited.
import { CostsPage } from './costs-page.tsx'

export function Component() {
  return <CostsPage />
}
