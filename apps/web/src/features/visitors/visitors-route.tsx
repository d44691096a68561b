// The lazily loaded route module of /visitors.
import { VisitorsPage } from './visitors-page.tsx'

export function Component() {
  return <VisitorsPage />
}
