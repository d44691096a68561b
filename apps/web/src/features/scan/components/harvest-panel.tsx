import { fromGrams, parseLivePayload } from '@growops/domain'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { trpc } from '../../../app/trpc.ts'
import { useLiveEvents } from '../../live/hooks/use-live.ts'
import { positionLabel } from '../flows/flow-types.ts'
import { WEIGHT_UNITS, type WeightUnitChoice } from '../flows/weight-input.ts'
import type { useHarvestFlow } from '../hooks/use-harvest-flow.ts'
import { NoticeLine, OutcomeLine, StepPrompt } from './flow-bits.tsx'

/**
 * A batch's wet total: `batch.yield`, and newer still the total each `harvest.recorded` event
 * carries (anyone's harvest of the batch shows here at once).
 */
function useBatchWetTotal(batchId: string | null): number | null {
  const { organizationId } = useActiveOrganization()
  const yieldQuery = trpc.batch.yield.useQuery(
    { organizationId, batchId: batchId ?? '' },
    { enabled: batchId !== null },
  )
  const [live, setLive] = useState<{ batchId: string; grams: number; at: number } | null>(null)
  useLiveEvents(['harvest.recorded'], (envelope) => {
    const payload = parseLivePayload('harvest.recorded', envelope.payload)
    if (payload) setLive({ batchId: payload.batchId, grams: payload.batchWetGrams, at: Date.now() })
  })
  if (live && live.batchId === batchId && live.at >= yieldQuery.dataUpdatedAt) return live.grams
  return yieldQuery.data?.wetGrams ?? null
}

/** Harvest: plant → wet weight (+ optional hanger) → confirm; the batch total updates live. */
export function HarvestPanel({ flow }: { flow: ReturnType<typeof useHarvestFlow> }) {
  const { t, i18n } = useTranslation()
  const ids = { weight: useId(), unit: useId() }
  const { state } = flow
  const plant = state.plant
  const [lastBatch, setLastBatch] = useState<{ id: string; name: string | null } | null>(null)
  const batchId = plant?.batchId ?? null
  if (batchId && lastBatch?.id !== batchId)
    setLastBatch({ id: batchId, name: plant?.batchName ?? null })
  const total = useBatchWetTotal(lastBatch?.id ?? null)
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 })
  const editing = state.step === 'weight' || state.step === 'submitting'

  return (
    <div className="scan-flow stack" data-testid="harvest-flow" data-step={state.step}>
      <StepPrompt>
        {editing
          ? t('scan.harvest.weighPrompt', { tag: plant?.tag ?? '' })
          : t('scan.harvest.scanPlant')}
      </StepPrompt>
      <NoticeLine notice={state.notice} />
      {editing && plant ? (
        <form
          className="scan-confirm stack"
          noValidate
          onSubmit={(event) => {
            event.preventDefault()
            flow.confirm()
          }}
        >
          <p className="scan-summary">
            {t('scan.harvest.plantAt', {
              tag: plant.tag,
              address: plant.address ?? t('scan.unknownPlace'),
              batch: plant.batchName ?? t('scan.unknownBatch'),
            })}
          </p>
          <div className="scan-weight">
            <div className="scan-weight__value">
              <label htmlFor={ids.weight} className="ui-field__label">
                {t('scan.harvest.wetWeight')}
              </label>
              <input
                id={ids.weight}
                className="ui-field__input scan-big"
                inputMode="decimal"
                autoComplete="off"
                value={state.weight}
                onChange={(event) => flow.setWeight(event.target.value)}
              />
            </div>
            <div className="scan-weight__unit">
              <label htmlFor={ids.unit} className="ui-field__label">
                {t('scan.harvest.unit')}
              </label>
              <select
                id={ids.unit}
                className="ui-select scan-big"
                value={state.unit}
                onChange={(event) => flow.setUnit(event.target.value as WeightUnitChoice)}
              >
                {WEIGHT_UNITS.map((unit) => (
                  <option key={unit} value={unit}>
                    {t(`scan.units.${unit}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <p className="muted">
            {state.hanger
              ? t('scan.harvest.hanger', { address: positionLabel(state.hanger) })
              : t('scan.harvest.hangerHint')}
          </p>
          {state.hanger ? (
            <button
              type="button"
              className="ui-button ui-button--secondary"
              onClick={flow.clearHanger}
            >
              {t('scan.harvest.noHanger')}
            </button>
          ) : null}
          <button
            type="submit"
            className="ui-button ui-button--primary scan-big"
            aria-disabled={state.step === 'submitting' || undefined}
          >
            {state.step === 'submitting' ? t('scan.sending') : t('scan.harvest.confirm')}
          </button>
        </form>
      ) : null}
      <OutcomeLine
        outcome={state.outcome}
        done={t('scan.harvest.done', { tag: plant?.tag ?? '' })}
      />
      {lastBatch ? (
        <p className="scan-total" data-testid="batch-wet-total">
          {total !== null
            ? t('scan.harvest.batchTotal', {
                batch: lastBatch.name ?? t('scan.unknownBatch'),
                weight: number.format(fromGrams(total, state.unit, 2)),
                unit: t(`scan.units.${state.unit}`),
              })
            : t('scan.harvest.batchTotalWaiting', {
                batch: lastBatch.name ?? t('scan.unknownBatch'),
              })}
        </p>
      ) : null}
      {lastBatch ? (
        <Link to={`/harvest?${new URLSearchParams({ batch: lastBatch.id }).toString()}`}>
          {t('scan.harvest.batchYield', { batch: lastBatch.name ?? t('scan.unknownBatch') })}
        </Link>
      ) : null}
      {state.step !== 'plant' ? (
        <button type="button" className="ui-button ui-button--secondary" onClick={flow.reset}>
          {t('scan.startOver')}
        </button>
      ) : null}
    </div>
  )
}
