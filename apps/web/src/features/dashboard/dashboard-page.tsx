import { Alert, EmptyState, LoadingState } from '@growops/ui'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import {
  useActiveOrganization,
  useActiveOrganizationOrNull,
} from '../../app/active-organization.tsx'
import { translateApiError } from '../../app/api-errors.ts'
import { trpc } from '../../app/trpc.ts'
import { useDocumentTitle } from '../../app/use-document-title.ts'
import { useCurrentUser } from '../auth/hooks/use-session.ts'
import { DocumentsToAcknowledgeCard } from '../compliance/components/documents-card.tsx'
import { FloorPanels } from './components/floor-panels.tsx'
import { OccupancyTiles } from './components/occupancy-tiles.tsx'
import { PropertyPicker } from './components/property-picker.tsx'
import { RetryButton } from './components/retry-button.tsx'

/**
 * `/`: the head grower's live view of one property — room occupancy, environment, open alerts,
 * unacknowledged announcements, latest shift notes. Every role sees the parts its access allows;
 * everything updates through the live connection, no refresh needed.
 */
export function DashboardPage() {
  const { t } = useTranslation()
  const { user } = useCurrentUser()
  const member = useActiveOrganizationOrNull() !== null
  useDocumentTitle(t('dashboard.pageTitle'))
  return (
    <div className="page page--wide stack">
      <div>
        <h1>{t('dashboard.heading')}</h1>
        <p className="muted">{t('dashboard.welcome', { name: user.name })}</p>
      </div>
      {member ? (
        <>
          <DocumentsToAcknowledgeCard />
          <OrganizationDashboard />
        </>
      ) : (
        <EmptyState title={t('dashboard.empty.title')}>
          <p>{t('dashboard.empty.body')}</p>
        </EmptyState>
      )}
    </div>
  )
}

function OrganizationDashboard() {
  const { t, i18n } = useTranslation()
  const { organizationId, organizationName } = useActiveOrganization()
  const [searchParams, setSearchParams] = useSearchParams()
  const properties = trpc.property.list.useQuery({ organizationId })

  if (properties.isPending) return <LoadingState label={t('dashboard.loading')} />
  if (properties.isError)
    return (
      <div className="stack">
        <Alert>{translateApiError(i18n, properties.error)}</Alert>
        <RetryButton onRetry={() => void properties.refetch()} />
      </div>
    )
  const chosen = searchParams.get('property')
  const property =
    properties.data.find((candidate) => candidate.id === chosen) ?? properties.data[0]
  if (!property)
    return (
      <EmptyState title={t('dashboard.noProperty.title')}>
        <p>{t('dashboard.noProperty.body', { organization: organizationName })}</p>
      </EmptyState>
    )
  return (
    <>
      <PropertyPicker
        properties={properties.data}
        value={property.id}
        onChange={(propertyId) => setSearchParams({ property: propertyId }, { replace: true })}
      />
      <div className="dash-grid">
        <OccupancyTiles propertyId={property.id} />
        <FloorPanels propertyId={property.id} />
      </div>
    </>
  )
}
