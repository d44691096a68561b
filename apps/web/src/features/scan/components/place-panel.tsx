import { useTranslation } from 'react-i18next'
import { positionLabel } from '../flows/flow-types.ts'
import type { usePlaceFlow } from '../hooks/use-place-flow.ts'
import { NoticeLine, StepPrompt } from './flow-bits.tsx'

/** Quick place: batch → first tag → positions one after another, each a new plant. */
export function PlacePanel({ flow }: { flow: ReturnType<typeof usePlaceFlow> }) {
  const { t } = useTranslation()
  const { state } = flow
  const prompt = !state.batch
    ? t('scan.place.scanBatch')
    : state.waiting
      ? t('scan.place.scanTagFor', { address: positionLabel(state.waiting) })
      : state.nextTag === null
        ? t('scan.place.scanFirstTag')
        : t('scan.place.scanPositions', { tag: state.nextTag })
  return (
    <div className="scan-flow stack" data-testid="place-flow">
      <StepPrompt>{prompt}</StepPrompt>
      <NoticeLine notice={state.notice} />
      {state.batch ? (
        <p className="scan-summary">
          {t('scan.place.batch', { batch: state.batch.name ?? state.batch.id })}
        </p>
      ) : null}
      {state.entries.length > 0 ? (
        <>
          <h3 className="scan-list__heading">
            {t('scan.place.placedHeading', { count: state.entries.length })}
          </h3>
          <ul className="scan-list">
            {state.entries.map((entry) => (
              <li key={entry.key} className={`scan-list__item scan-list__item--${entry.status}`}>
                <span className="scan-list__main">
                  {t('scan.place.entry', {
                    tag: entry.tag,
                    address: positionLabel(entry.position),
                  })}
                </span>
                <span className="scan-list__status">{t(`scan.status.${entry.status}`)}</span>
                {entry.message ? <span className="scan-list__message">{entry.message}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {state.batch ? (
        <button type="button" className="ui-button ui-button--secondary" onClick={flow.reset}>
          {t('scan.place.otherBatch')}
        </button>
      ) : null}
    </div>
  )
}
