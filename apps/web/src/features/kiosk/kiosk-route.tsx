// The lazily loaded route module of /kiosk (outside the app shell: no member session).
import { KioskPage } from './kiosk-page.tsx'

export function Component() {
  return <KioskPage />
}
