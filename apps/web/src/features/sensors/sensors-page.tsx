import { Alert, EmptyState, LoadingState } from '@growops/ui'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { useActiveOrganization } from '../../app/active-organization.tsx'
import { translateApiError } from '../../app/api-errors.ts'
import { trpc } from '../../app/trpc.ts'
import { useDocumentTitle } from '../../app/use-document-title.ts'
import { PropertyPicker } from '../dashboard/components/property-picker.tsx'
import { RuleForm } from './components/rule-form.tsx'
import { RuleList } from './components/rule-list.tsx'
import { SensorForm } from './components/sensor-form.tsx'
import { SensorList } from './components/sensor-list.tsx'

/** `/sensors`: sensors with latest values, and alert rules per room; changes need CULTIVATION_OPS FULL. */
export function SensorsPage() {
  const { t, i18n } = useTranslation()
  const { organizationId, organizationName, canWrite } = useActiveOrganization()
  const [searchParams, setSearchParams] = useSearchParams()
  const ids = { sensors: useId(), add: useId(), rules: useId(), addRule: useId() }
  useDocumentTitle(t('sensors.pageTitle'))
  const properties = trpc.property.list.useQuery({ organizationId })
  const canChange = canWrite('CULTIVATION_OPS')

  let body
  if (properties.isPending) body = <LoadingState label={t('sensors.loading')} />
  else if (properties.isError) body = <Alert>{translateApiError(i18n, properties.error)}</Alert>
  else {
    const chosen = searchParams.get('property')
    const property = properties.data.find((item) => item.id === chosen) ?? properties.data[0]
    body = property ? (
      <>
        <PropertyPicker
          properties={properties.data}
          value={property.id}
          onChange={(propertyId) => setSearchParams({ property: propertyId }, { replace: true })}
        />
        <section className="card stack" aria-labelledby={ids.sensors}>
          <h2 id={ids.sensors} className="card__heading">
            {t('sensors.listHeading')}
          </h2>
          <SensorList propertyId={property.id} />
        </section>
        {canChange ? (
          <section className="card stack" aria-labelledby={ids.add}>
            <h2 id={ids.add} className="card__heading">
              {t('sensors.form.heading')}
            </h2>
            <SensorForm key={property.id} propertyId={property.id} />
          </section>
        ) : null}
        <section className="card stack" aria-labelledby={ids.rules}>
          <h2 id={ids.rules} className="card__heading">
            {t('sensors.rules.heading')}
          </h2>
          <RuleList propertyId={property.id} canChange={canChange} />
        </section>
        {canChange ? (
          <section className="card stack" aria-labelledby={ids.addRule}>
            <h2 id={ids.addRule} className="card__heading">
              {t('sensors.rules.addHeading')}
            </h2>
            <RuleForm key={property.id} propertyId={property.id} />
          </section>
        ) : null}
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
        <h1>{t('sensors.heading')}</h1>
        <p className="muted">{t('sensors.intro')}</p>
      </div>
      {body}
    </div>
  )
}
