// The lazily loaded route module of /layout/:propertyId (tldraw stays out of the main chunk).
import { LayoutPage } from './layout-page.tsx'

export function Component() {
  return <LayoutPage />
}
