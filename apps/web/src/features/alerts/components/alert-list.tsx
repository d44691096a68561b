import { Alert, EmptyState, LoadingState } from '@growops/ui'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { translateApiError } from '../../../app/api-errors.ts'
import { trpc } from '../../../app/trpc.ts'
import { AlertItem } from './alert-item.tsx'

export type AlertStatusFilter = 'ACTIVE' | 'OPEN' | 'ACKNOWLEDGED' | 'RESOLVED'

const STATUSES = {
  ACTIVE: ['OPEN', 'ACKNOWLEDGED'],
  OPEN: ['OPEN'],
  ACKNOWLEDGED: ['ACKNOWLEDGED'],
  RESOLVED: ['RESOLVED'],
} as const

/** Alerts of a property with a status filter; refetched live on `sensor.alert`. */
export function AlertList({
  propertyId,
  status,
  limit = 100,
  headingLevel = 3,
  highlightId = null,
}: {
  propertyId: string
  status: AlertStatusFilter
  limit?: number
  headingLevel?: 3 | 4
  highlightId?: string | null
}) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const alerts = trpc.alert.list.useQuery({
    organizationId,
    propertyId,
    status: [...STATUSES[status]],
    limit,
  })
  if (alerts.isPending) return <LoadingState label={t('alerts.loading')} />
  if (alerts.isError) return <Alert>{translateApiError(i18n, alerts.error)}</Alert>
  if (alerts.data.length === 0)
    return (
      <EmptyState title={t(`alerts.empty.${status}.title`)} headingLevel={3}>
        <p>{t(`alerts.empty.${status}.body`)}</p>
      </EmptyState>
    )
  return (
    <ul className="dash-list">
      {alerts.data.map((alert) => (
        <AlertItem
          key={alert.alertId}
          alert={alert}
          headingLevel={headingLevel}
          highlighted={alert.alertId === highlightId}
        />
      ))}
    </ul>
  )
}
