import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { positionLabel, type FlowScan } from '../flows/flow-types.ts'
import { initialPlaceState, placeReducer, type PlaceState } from '../flows/place-flow.ts'
import { submitForFlow } from './submit-outcome.ts'
import { useFlowMachine } from './use-flow-machine.ts'

/** Quick place: every position scanned becomes a new plant of the batch, sent at once. */
export function usePlaceFlow() {
  const { t } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const [state, apply] = useFlowMachine(placeReducer, initialPlaceState)

  const send = (next: PlaceState) => {
    const batch = next.batch
    if (!batch) return
    for (const entry of next.entries.filter((item) => item.status === 'new')) {
      apply({ type: 'sending', key: entry.key })
      const input = {
        organizationId,
        batchId: batch.id,
        tagNumber: entry.tag,
        ...(entry.position.id
          ? { positionId: entry.position.id }
          : { positionAddress: entry.position.address }),
      }
      const label = t('scan.place.actionLabel', {
        tag: entry.tag,
        address: positionLabel(entry.position),
      })
      void submitForFlow({ type: 'place', input, label }, t).then((outcome) =>
        apply({ type: 'submitted', key: entry.key, outcome }),
      )
    }
  }

  return {
    state,
    onScan: (scan: FlowScan) => send(apply({ type: 'scan', scan })),
    reset: () => apply({ type: 'reset' }),
  }
}
