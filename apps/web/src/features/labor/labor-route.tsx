// Lazily loaded route module: the labor pages load only when visited.
import { LaborPage } from './labor-page.tsx'

export function Component() {
  return <LaborPage />
}
