import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { loadUnitChoice, saveUnitChoice } from '../../weights/unit-preference.ts'
import type { FlowScan } from '../flows/flow-types.ts'
import { harvestReducer, harvestWeight, initialHarvestState } from '../flows/harvest-flow.ts'
import type { WeightUnitChoice } from '../flows/weight-input.ts'
import { submitForFlow } from './submit-outcome.ts'
import { useFlowMachine } from './use-flow-machine.ts'

/** The harvest flow; the weight unit chosen last is remembered on this phone. */
export function useHarvestFlow() {
  const { t } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const [state, apply] = useFlowMachine(harvestReducer, () => initialHarvestState(loadUnitChoice()))

  const setUnit = (unit: WeightUnitChoice) => {
    apply({ type: 'setUnit', unit })
    saveUnitChoice(unit)
  }

  const confirm = () => {
    const next = apply({ type: 'confirm' })
    const value = harvestWeight(next)
    if (next.step !== 'submitting' || !next.plant || value === null) return
    const { plant, hanger } = next
    const input = {
      organizationId,
      ...(plant.id ? { plantId: plant.id } : { plantTag: plant.tag }),
      wetWeight: { value, unit: next.unit },
      ...(hanger?.id ? { hangerPositionId: hanger.id } : {}),
      ...(hanger && !hanger.id ? { hangerAddress: hanger.address } : {}),
    }
    const label = t('scan.harvest.actionLabel', {
      tag: plant.tag,
      weight: `${next.weight} ${t(`scan.units.${next.unit}`)}`,
    })
    void submitForFlow({ type: 'harvest', input, label }, t).then((outcome) =>
      apply({ type: 'submitted', outcome }),
    )
  }

  return {
    state,
    onScan: (scan: FlowScan) => apply({ type: 'scan', scan }),
    setWeight: (weight: string) => apply({ type: 'setWeight', weight }),
    setUnit,
    clearHanger: () => apply({ type: 'clearHanger' }),
    confirm,
    reset: () => apply({ type: 'reset' }),
  }
}
