import { Alert, EmptyState, LoadingState } from '@growops/ui'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { useActiveOrganization } from '../../app/active-organization.tsx'
import { translateApiError } from '../../app/api-errors.ts'
import { trpc } from '../../app/trpc.ts'
import { useDocumentTitle } from '../../app/use-document-title.ts'
import { PropertyPicker } from '../dashboard/components/property-picker.tsx'
import { InventoryTabs } from './components/inventory-tabs.tsx'
import { formatCents } from './format.ts'
import './inventory.css'

/** `/inventory/costs`: what each batch's inputs cost, direct uses and shares of room uses. */
export function CostsPage() {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const id = useId()
  const [searchParams, setSearchParams] = useSearchParams()
  useDocumentTitle(t('inventory.costs.pageTitle'))
  const properties = trpc.property.list.useQuery({ organizationId })
  const chosen = searchParams.get('property')
  const property = properties.data?.find((item) => item.id === chosen) ?? properties.data?.[0]
  const costs = trpc.inventory.batchCosts.useQuery(
    { organizationId, ...(property ? { propertyId: property.id } : {}) },
    { enabled: !properties.isPending },
  )
  const lng = i18n.language

  let body
  if (costs.isPending) body = <LoadingState label={t('inventory.costs.loading')} />
  else if (costs.isError) body = <Alert>{translateApiError(i18n, costs.error)}</Alert>
  else if (costs.data.batches.length === 0)
    body = (
      <EmptyState title={t('inventory.costs.empty.title')} headingLevel={3}>
        <p>{t('inventory.costs.empty.body')}</p>
      </EmptyState>
    )
  else
    body = (
      <table className="inv-table" data-testid="batch-costs">
        <thead>
          <tr>
            <th scope="col">{t('inventory.costs.batch')}</th>
            <th scope="col">{t('inventory.costs.total')}</th>
            <th scope="col">{t('inventory.costs.direct')}</th>
            <th scope="col">{t('inventory.costs.roomShare')}</th>
            <th scope="col">{t('inventory.costs.uses')}</th>
          </tr>
        </thead>
        <tbody>
          {costs.data.batches.map((batch) => (
            <tr key={batch.batchId} data-testid="batch-cost">
              <th scope="row">
                {batch.name}
                <span className="meta inv-table__sku">
                  {batch.strain} · {t(`rooms.stages.${batch.stage}`)}
                </span>
              </th>
              <td data-label={t('inventory.costs.total')} className="inv-table__number">
                <strong>{formatCents(lng, batch.totalCents)}</strong>
              </td>
              <td data-label={t('inventory.costs.direct')}>
                {formatCents(lng, batch.directCents)}
              </td>
              <td data-label={t('inventory.costs.roomShare')}>
                {formatCents(lng, batch.roomShareCents)}
              </td>
              <td data-label={t('inventory.costs.uses')}>
                {t('inventory.costs.useCount', { count: batch.useCount })}
                {batch.uncostedUseCount > 0
                  ? ` · ${t('inventory.costs.uncosted', { count: batch.uncostedUseCount })}`
                  : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    )

  return (
    <div className="page stack">
      <div>
        <h1>{t('inventory.costs.heading')}</h1>
        <p className="muted">{t('inventory.costs.intro')}</p>
      </div>
      <InventoryTabs />
      {properties.data && property ? (
        <PropertyPicker
          properties={properties.data}
          value={property.id}
          onChange={(propertyId) => setSearchParams({ property: propertyId }, { replace: true })}
        />
      ) : null}
      <section className="card stack" aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`} className="card__heading">
          {t('inventory.costs.tableHeading')}
        </h2>
        {body}
        {costs.data && costs.data.unallocatedCents > 0 ? (
          <p className="meta">
            {t('inventory.costs.unallocated', {
              cost: formatCents(lng, costs.data.unallocatedCents),
            })}
          </p>
        ) : null}
      </section>
    </div>
  )
}
