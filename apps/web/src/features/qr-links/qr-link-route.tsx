// The lazily loaded route module of /q/:version/:kind/:value.
import { QrLinkPage } from './qr-link-page.tsx'

export function Component() {
  return <QrLinkPage />
}
