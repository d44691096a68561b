import { Alert, EmptyState, LoadingState } from '@growops/ui'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams, useSearchParams } from 'react-router'
import { useActiveOrganization } from '../../app/active-organization.tsx'
import { translateApiError } from '../../app/api-errors.ts'
import { trpc } from '../../app/trpc.ts'
import { useDocumentTitle } from '../../app/use-document-title.ts'
import { PropertyPicker } from '../dashboard/components/property-picker.tsx'
import { AlertList, type AlertStatusFilter } from './components/alert-list.tsx'

const FILTERS: AlertStatusFilter[] = ['ACTIVE', 'OPEN', 'ACKNOWLEDGED', 'RESOLVED']

/** `/alerts` (and `/alerts/:alertId` from notifications): filter by status, acknowledge, resolve. */
export function AlertsPage() {
  const { t, i18n } = useTranslation()
  const { organizationId, organizationName } = useActiveOrganization()
  const { alertId } = useParams()
  const [searchParams, setSearchParams] = useSearchParams()
  const filterId = useId()
  const listId = useId()
  useDocumentTitle(t('alerts.pageTitle'))
  const properties = trpc.property.list.useQuery({ organizationId })
  // Held here as well as in the URL: the radio must change the moment it is chosen, not after
  // the router's navigation settles.
  const [status, setStatus] = useState<AlertStatusFilter>(
    () => FILTERS.find((value) => value === searchParams.get('status')) ?? 'ACTIVE',
  )

  function update(next: Record<string, string>) {
    setSearchParams({ ...Object.fromEntries(searchParams), ...next }, { replace: true })
  }

  let body
  if (properties.isPending) body = <LoadingState label={t('alerts.loading')} />
  else if (properties.isError) body = <Alert>{translateApiError(i18n, properties.error)}</Alert>
  else {
    const chosen = searchParams.get('property')
    const property = properties.data.find((item) => item.id === chosen) ?? properties.data[0]
    body = property ? (
      <>
        <PropertyPicker
          properties={properties.data}
          value={property.id}
          onChange={(propertyId) => update({ property: propertyId })}
        />
        <fieldset className="live-fieldset">
          <legend className="ui-field__label">{t('alerts.filter')}</legend>
          <div className="choice-row">
            {FILTERS.map((value) => (
              <label key={value} className="choice">
                <input
                  type="radio"
                  name={filterId}
                  checked={status === value}
                  onChange={() => {
                    setStatus(value)
                    update({ status: value })
                  }}
                />
                {t(`alerts.filters.${value}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <section className="card" aria-labelledby={listId}>
          <h2 id={listId} className="card__heading">
            {t(`alerts.filters.${status}`)}
          </h2>
          <AlertList propertyId={property.id} status={status} highlightId={alertId ?? null} />
        </section>
      </>
    ) : (
      <EmptyState title={t('dashboard.noProperty.title')}>
        <p>{t('dashboard.noProperty.body', { organization: organizationName })}</p>
      </EmptyState>
    )
  }

  return (
    <div className="page stack">
      <div>
        <h1>{t('alerts.heading')}</h1>
        <p className="muted">{t('alerts.intro')}</p>
      </div>
      {body}
    </div>
  )
}
