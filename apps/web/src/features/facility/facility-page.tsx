import { Alert, EmptyState, LoadingState } from '@growops/ui'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { useActiveOrganization } from '../../app/active-organization.tsx'
import { translateApiError } from '../../app/api-errors.ts'
import { trpc } from '../../app/trpc.ts'
import { useDocumentTitle } from '../../app/use-document-title.ts'
import { AddressLookup } from '../lookup/components/address-lookup.tsx'
import { PropertyTree } from './components/property-tree.tsx'

/** /facility: find an address, or browse properties → buildings → rooms → sections. */
export function FacilityPage() {
  const { t, i18n } = useTranslation()
  const { organizationId, organizationName } = useActiveOrganization()
  const [searchParams] = useSearchParams()
  useDocumentTitle(t('facility.pageTitle'))
  const properties = trpc.property.list.useQuery({ organizationId })
  const focusPropertyId = searchParams.get('property')
  const focusBuildingId = searchParams.get('building')

  let body
  if (properties.isPending) body = <LoadingState label={t('facility.loading')} />
  else if (properties.isError)
    body = (
      <div className="stack">
        <Alert>{translateApiError(i18n, properties.error)}</Alert>
        <div>
          <button
            type="button"
            className="ui-button ui-button--secondary"
            onClick={() => void properties.refetch()}
          >
            {t('common.retry')}
          </button>
        </div>
      </div>
    )
  else if (properties.data.length === 0)
    body = (
      <EmptyState title={t('facility.empty.title')}>
        <p>{t('facility.empty.body', { organization: organizationName })}</p>
      </EmptyState>
    )
  else
    body = properties.data
      // A property found by address comes first.
      .toSorted((a, b) => Number(b.id === focusPropertyId) - Number(a.id === focusPropertyId))
      .map((property) => (
        <PropertyTree key={property.id} property={property} focusBuildingId={focusBuildingId} />
      ))

  return (
    <div className="page stack">
      <div>
        <h1>{t('facility.heading')}</h1>
        <p className="muted">{t('facility.intro', { organization: organizationName })}</p>
        <p>
          <Link to="/labels">{t('labels.links.printLabels')}</Link>
        </p>
      </div>
      <section className="card" aria-labelledby="facility-lookup-heading">
        <h2 id="facility-lookup-heading" className="card__heading">
          {t('lookup.heading')}
        </h2>
        <AddressLookup />
      </section>
      {body}
    </div>
  )
}
