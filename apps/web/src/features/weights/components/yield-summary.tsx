import { Alert, LoadingState } from '@growops/ui'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { translateApiError } from '../../../app/api-errors.ts'
import type { RouterOutputs } from '../../../app/trpc.ts'
import type { WeightUnitChoice } from '../../scan/flows/weight-input.ts'
import { formatRatio, formatWeight } from '../weight-views.ts'

type BatchYield = RouterOutputs['batch']['yield']

function Fact({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="weights-fact">
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  )
}

/** A batch's yield in the chosen unit: plants harvested, totals, dry/wet ratio, averages. */
export function YieldSummary({
  query,
  unit,
  liveAt,
}: {
  query: { data?: BatchYield; isPending: boolean; error: unknown }
  unit: WeightUnitChoice
  liveAt: number | null
}) {
  const { t, i18n } = useTranslation()
  const headingId = useId()
  const data = query.data
  const unitLabel = t(`scan.units.${unit}`)
  const weight = (grams: number | null) =>
    grams === null ? '—' : formatWeight(grams, unit, i18n.language, unitLabel)

  let body
  if (query.error) body = <Alert>{translateApiError(i18n, query.error)}</Alert>
  else if (!data) body = <LoadingState label={t('weights.summary.loading')} />
  else
    body = (
      <dl className="weights-facts">
        <Fact
          label={t('weights.summary.harvested')}
          value={t('weights.summary.harvestedValue', {
            harvested: data.harvestedCount,
            total: data.plantCount,
          })}
          testId="yield-harvested"
        />
        <Fact label={t('weights.summary.wet')} value={weight(data.wetGrams)} testId="yield-wet" />
        <Fact label={t('weights.summary.dry')} value={weight(data.dryGrams)} testId="yield-dry" />
        <Fact
          label={t('weights.summary.waste')}
          value={weight(data.wasteGrams)}
          testId="yield-waste"
        />
        <Fact
          label={t('weights.summary.ratio')}
          value={formatRatio(data.dryToWetRatio, i18n.language) ?? '—'}
          testId="yield-ratio"
        />
        <Fact label={t('weights.summary.wetPerPlant')} value={weight(data.wetGramsPerPlant)} />
        <Fact label={t('weights.summary.dryPerPlant')} value={weight(data.dryGramsPerPlant)} />
        <Fact label={t('weights.summary.weighings')} value={String(data.logCount)} />
      </dl>
    )

  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId} className="card__heading">
        {t('weights.summary.heading', { batch: data?.batchName ?? '…' })}
      </h2>
      {body}
      <p className="muted" role="status">
        {liveAt !== null
          ? t('weights.summary.liveUpdated', {
              time: new Intl.DateTimeFormat(i18n.language, { timeStyle: 'medium' }).format(liveAt),
            })
          : ''}
      </p>
    </section>
  )
}
