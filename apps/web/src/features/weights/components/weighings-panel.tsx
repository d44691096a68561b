import { Alert, LoadingState } from '@growops/ui'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { translateApiError } from '../../../app/api-errors.ts'
import type { RouterOutputs } from '../../../app/trpc.ts'
import { When } from '../../live/components/when.tsx'
import type { WeightUnitChoice } from '../../scan/flows/weight-input.ts'
import { formatWeight, plantWetWeights } from '../weight-views.ts'

type WeightLog = RouterOutputs['weight']['list'][number]

/** How many of the latest weighings are listed (the totals above count them all). */
const SHOWN = 30

/** Each harvested plant's wet weight, then the latest weighings of any kind. */
export function WeighingsPanel({
  query,
  unit,
}: {
  query: { data?: WeightLog[]; isPending: boolean; error: unknown }
  unit: WeightUnitChoice
}) {
  const { t, i18n } = useTranslation()
  const plantsId = useId()
  const logId = useId()
  const unitLabel = t(`scan.units.${unit}`)
  if (query.error) return <Alert>{translateApiError(i18n, query.error)}</Alert>
  if (!query.data) return <LoadingState label={t('weights.plants.loading')} />
  const logs = query.data
  const plants = plantWetWeights(logs)
  const latest = logs.slice(0, SHOWN)

  return (
    <>
      <section className="card stack" aria-labelledby={plantsId}>
        <h2 id={plantsId} className="card__heading">
          {t('weights.plants.heading')}
        </h2>
        {plants.length === 0 ? (
          <p className="muted">{t('weights.plants.empty')}</p>
        ) : (
          <div className="weights-table-wrap">
            <table className="weights-table" data-testid="plant-wet-weights">
              <thead>
                <tr>
                  <th scope="col">{t('weights.plants.tag')}</th>
                  <th scope="col" className="weights-table__number">
                    {t('weights.plants.wet')}
                  </th>
                  <th scope="col" className="weights-table__number">
                    {t('weights.plants.weighings')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {plants.map((plant) => (
                  <tr key={plant.plantId}>
                    <th scope="row" className="weights-table__tag">
                      {plant.tag}
                    </th>
                    <td className="weights-table__number">
                      {formatWeight(plant.grams, unit, i18n.language, unitLabel)}
                    </td>
                    <td className="weights-table__number">{plant.weighings}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="card stack" aria-labelledby={logId}>
        <h2 id={logId} className="card__heading">
          {t('weights.log.heading')}
        </h2>
        {latest.length === 0 ? (
          <p className="muted">{t('weights.log.empty')}</p>
        ) : (
          <ul className="weights-log">
            {latest.map((log) => (
              <li key={log.id} className="weights-log__item">
                <span className="weights-log__what">
                  {t('weights.log.entry', {
                    kind: t(`weights.kinds.${log.kind}`),
                    weight: formatWeight(log.grams, unit, i18n.language, unitLabel),
                    what: log.plantTag
                      ? t('weights.log.plant', { tag: log.plantTag })
                      : t('weights.log.wholeBatch'),
                  })}
                </span>
                <span className="muted">
                  {t('weights.log.by', { name: log.recordedByName ?? t('weights.log.someone') })}
                  {' · '}
                  <When iso={log.recordedAt} />
                </span>
                {log.note ? <span className="weights-log__note">{log.note}</span> : null}
              </li>
            ))}
          </ul>
        )}
        {logs.length > latest.length ? (
          <p className="muted">
            {t('weights.log.more', { count: latest.length, total: logs.length })}
          </p>
        ) : null}
      </section>
    </>
  )
}
