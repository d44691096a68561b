// The lazily loaded route module of /evacuation.
import { EvacuationPage } from './evacuation-page.tsx'

export function Component() {
  return <EvacuationPage />
}
