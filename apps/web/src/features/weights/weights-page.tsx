// /harvest: a batch's yield and weighings, phone first. Choose a batch (or arrive from its QR
// label or the scanner's harvest flow), read the summary in your unit, record dry and waste
// weights (wet ones too), and watch harvests by others land live.
import { canPerform, parseLivePayload } from '@growops/domain'
import { Alert, EmptyState, LoadingState } from '@growops/ui'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { useActiveOrganization } from '../../app/active-organization.tsx'
import { translateApiError } from '../../app/api-errors.ts'
import { trpc } from '../../app/trpc.ts'
import { useDocumentTitle } from '../../app/use-document-title.ts'
import { useLiveEvents } from '../live/hooks/use-live.ts'
import { WEIGHT_UNITS, type WeightUnitChoice } from '../scan/flows/weight-input.ts'
import { OfflineQueuePanel } from '../scan/offline/index.ts'
import { RecordWeightForm } from './components/record-weight-form.tsx'
import { WeighingsPanel } from './components/weighings-panel.tsx'
import { YieldSummary } from './components/yield-summary.tsx'
import { loadUnitChoice, saveUnitChoice } from './unit-preference.ts'
import './weights.css'

/** When a harvest or weighing of the batch last arrived live (the caches refetch themselves). */
function useLiveWeighingTime(batchId: string | null): number | null {
  const [last, setLast] = useState<{ batchId: string; at: number } | null>(null)
  useLiveEvents(['harvest.recorded', 'weight.recorded'], (envelope) => {
    const payload =
      envelope.type === 'harvest.recorded'
        ? parseLivePayload('harvest.recorded', envelope.payload)
        : parseLivePayload('weight.recorded', envelope.payload)
    if (payload) setLast({ batchId: payload.batchId, at: Date.now() })
  })
  return last && last.batchId === batchId ? last.at : null
}

function BatchYield({ batchId, unit }: { batchId: string; unit: WeightUnitChoice }) {
  const { organizationId, role } = useActiveOrganization()
  const { t } = useTranslation()
  const formId = useId()
  const yieldQuery = trpc.batch.yield.useQuery({ organizationId, batchId }, { retry: false })
  const weights = trpc.weight.list.useQuery({ organizationId, batchId }, { retry: false })
  const liveAt = useLiveWeighingTime(batchId)
  // STAFF's limited access counts: the api lets them weigh their assigned batches.
  const canRecord = canPerform(role, 'write', 'CULTIVATION_OPS', { own: true })
  return (
    <>
      <YieldSummary query={yieldQuery} unit={unit} liveAt={liveAt} />
      {canRecord ? (
        <section className="card stack" aria-labelledby={formId}>
          <h2 id={formId} className="card__heading">
            {t('weights.form.heading')}
          </h2>
          <RecordWeightForm key={batchId} batchId={batchId} unit={unit} />
        </section>
      ) : null}
      <WeighingsPanel query={weights} unit={unit} />
      {canRecord ? <OfflineQueuePanel /> : null}
    </>
  )
}

export function WeightsPage() {
  const { t, i18n } = useTranslation()
  const { organizationId, role } = useActiveOrganization()
  const [params, setParams] = useSearchParams()
  const [unit, setUnit] = useState<WeightUnitChoice>(loadUnitChoice)
  const ids = { batch: useId(), unit: useId() }
  useDocumentTitle(t('weights.pageTitle'))
  const batches = trpc.batch.list.useQuery({ organizationId })
  const canRecord = canPerform(role, 'write', 'CULTIVATION_OPS', { own: true })

  const chooseUnit = (next: WeightUnitChoice) => {
    setUnit(next)
    saveUnitChoice(next)
  }

  let body
  if (batches.isPending) body = <LoadingState label={t('weights.loading')} />
  else if (batches.isError) body = <Alert>{translateApiError(i18n, batches.error)}</Alert>
  else if (batches.data.length === 0)
    body = (
      <EmptyState title={t('weights.noBatches.title')}>
        <p>{t('weights.noBatches.body')}</p>
      </EmptyState>
    )
  else {
    const asked = params.get('batch')
    const batch = asked ? batches.data.find((item) => item.id === asked) : batches.data[0]
    body = (
      <>
        <div className="card weights-controls">
          <div className="ui-field">
            <label className="ui-field__label" htmlFor={ids.batch}>
              {t('weights.batch')}
            </label>
            <select
              id={ids.batch}
              className="ui-select weights-big"
              value={batch?.id ?? ''}
              onChange={(event) => setParams({ batch: event.target.value }, { replace: true })}
            >
              {batch ? null : <option value="">—</option>}
              {batches.data.map((item) => (
                <option key={item.id} value={item.id}>
                  {t('weights.batchOption', { name: item.name, strain: item.strain })}
                </option>
              ))}
            </select>
          </div>
          <div className="ui-field">
            <label className="ui-field__label" htmlFor={ids.unit}>
              {t('weights.unit')}
            </label>
            <select
              id={ids.unit}
              className="ui-select weights-big"
              value={unit}
              onChange={(event) => chooseUnit(event.target.value as WeightUnitChoice)}
            >
              {WEIGHT_UNITS.map((choice) => (
                <option key={choice} value={choice}>
                  {t(`scan.units.${choice}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        {batch ? (
          <BatchYield batchId={batch.id} unit={unit} />
        ) : (
          <Alert>{t('weights.unknownBatch')}</Alert>
        )}
      </>
    )
  }

  return (
    <div className="page stack weights-page">
      <div>
        <h1>{t('weights.heading')}</h1>
        <p className="muted">{t('weights.intro')}</p>
        {canRecord ? (
          <p>
            <Link to="/scan?mode=harvest" className="ui-button ui-button--secondary">
              {t('weights.scanHarvest')}
            </Link>
          </p>
        ) : null}
      </div>
      {body}
    </div>
  )
}
