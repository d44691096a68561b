// The lazily loaded route module of /scan: kept apart from the canvas and the other pages so
// a phone on a weak signal downloads only what scanning needs.
import { ScanPage } from './scan-page.tsx'

export function Component() {
  return <ScanPage />
}
