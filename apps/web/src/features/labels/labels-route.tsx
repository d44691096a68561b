// The lazily loaded route module of /labels: `qrcode` and the print styles stay out of the
// main chunk.
import { LabelsPage } from './labels-page.tsx'

export function Component() {
  return <LabelsPage />
}
