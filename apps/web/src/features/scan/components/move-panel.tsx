import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { positionLabel } from '../flows/flow-types.ts'
import type { MoveReason } from '../flows/move-flow.ts'
import type { useMoveFlow } from '../hooks/use-move-flow.ts'
import { NoticeLine, OutcomeLine, StepPrompt } from './flow-bits.tsx'

/** Move: plant → destination → confirm. */
export function MovePanel({ flow }: { flow: ReturnType<typeof useMoveFlow> }) {
  const { t } = useTranslation()
  const reasonId = useId()
  const { state } = flow
  const plant = state.plant
  const destination = state.destination
  const prompt =
    state.step === 'plant' || state.step === 'done'
      ? t('scan.move.scanPlant')
      : state.step === 'destination'
        ? t('scan.move.scanDestination', { tag: plant?.tag ?? '' })
        : t('scan.move.confirmPrompt')
  return (
    <div className="scan-flow stack" data-testid="move-flow" data-step={state.step}>
      <StepPrompt>{prompt}</StepPrompt>
      <NoticeLine notice={state.notice} />
      {plant && state.step !== 'done' ? (
        <p className="scan-summary">
          {t('scan.move.from', {
            tag: plant.tag,
            address: plant.address ?? t('scan.unknownPlace'),
          })}
        </p>
      ) : null}
      {(state.step === 'confirm' || state.step === 'submitting') && plant && destination ? (
        <div className="scan-confirm stack">
          <p className="scan-confirm__what">
            {t('scan.move.summary', { tag: plant.tag, address: positionLabel(destination) })}
          </p>
          <label htmlFor={reasonId} className="ui-field__label">
            {t('scan.move.reason')}
          </label>
          <select
            id={reasonId}
            className="ui-select scan-big"
            value={state.reason}
            onChange={(event) => flow.setReason(event.target.value as MoveReason)}
          >
            <option value="TRANSPLANT">{t('scan.move.reasons.TRANSPLANT')}</option>
            <option value="REORGANIZE">{t('scan.move.reasons.REORGANIZE')}</option>
          </select>
          <div className="scan-actions">
            <button
              type="button"
              className="ui-button ui-button--primary scan-big"
              onClick={flow.confirm}
              aria-disabled={state.step === 'submitting' || undefined}
            >
              {state.step === 'submitting' ? t('scan.sending') : t('scan.move.confirm')}
            </button>
            <button
              type="button"
              className="ui-button ui-button--secondary scan-big"
              onClick={flow.back}
            >
              {t('scan.move.otherDestination')}
            </button>
          </div>
        </div>
      ) : null}
      <OutcomeLine
        outcome={state.outcome}
        done={t('scan.move.done', {
          tag: plant?.tag ?? '',
          address: destination ? positionLabel(destination) : '',
        })}
      />
      {state.step !== 'plant' ? (
        <button type="button" className="ui-button ui-button--secondary" onClick={flow.reset}>
          {t('scan.startOver')}
        </button>
      ) : null}
    </div>
  )
}
