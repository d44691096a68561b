// The lazily loaded route module of /harvest.
import { WeightsPage } from './weights-page.tsx'

export function Component() {
  return <WeightsPage />
}
