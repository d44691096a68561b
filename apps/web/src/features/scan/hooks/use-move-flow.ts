import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { positionLabel, type FlowScan } from '../flows/flow-types.ts'
import { initialMoveState, moveReducer, type MoveReason } from '../flows/move-flow.ts'
import { submitForFlow } from './submit-outcome.ts'
import { useFlowMachine } from './use-flow-machine.ts'

/** The move flow with its action sent through the offline queue. */
export function useMoveFlow() {
  const { t } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const [state, apply] = useFlowMachine(moveReducer, initialMoveState)

  const confirm = () => {
    const next = apply({ type: 'confirm' })
    const { plant, destination } = next
    if (next.step !== 'submitting' || !plant || !destination) return
    // Ids when the api answered the scans; otherwise the tag and address as scanned, which the
    // queue resolves when it sends the move.
    const input = {
      organizationId,
      reason: next.reason,
      ...(plant.id ? { plantId: plant.id } : { plantTag: plant.tag }),
      ...(destination.id ? { toPositionId: destination.id } : { toAddress: destination.address }),
    }
    const label = t('scan.move.actionLabel', {
      tag: plant.tag,
      address: positionLabel(destination),
    })
    void submitForFlow({ type: 'move', input, label }, t).then((outcome) =>
      apply({ type: 'submitted', outcome }),
    )
  }

  return {
    state,
    onScan: (scan: FlowScan) => apply({ type: 'scan', scan }),
    setReason: (reason: MoveReason) => apply({ type: 'setReason', reason }),
    confirm,
    back: () => apply({ type: 'back' }),
    reset: () => apply({ type: 'reset' }),
  }
}
