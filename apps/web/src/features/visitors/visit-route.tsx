// The lazily loaded route module of /visitors/:visitId and /visitors/badge/:badgeCode.
import { VisitPage } from './visit-page.tsx'

export function Component() {
  return <VisitPage />
}
