import { Alert, EmptyState, LoadingState } from '@growops/ui'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { translateApiError } from '../../../app/api-errors.ts'
import { trpc, type RouterOutputs } from '../../../app/trpc.ts'
import { formatDateTime, formatTime, visitorLine } from '../visit-format.ts'
import { CheckOutButton } from './check-out-button.tsx'

export type Visit = RouterOutputs['visitor']['get']
type View = 'expected' | 'onSite' | 'history'

function When({ visit, view }: { visit: Visit; view: View }) {
  const { t, i18n } = useTranslation()
  if (view === 'expected' && visit.expectedAt) {
    return (
      <>{t('visitors.list.expectedAt', { time: formatTime(visit.expectedAt, i18n.language) })}</>
    )
  }
  if (view === 'onSite' && visit.checkedInAt) {
    return (
      <>{t('visitors.list.arrivedAt', { time: formatTime(visit.checkedInAt, i18n.language) })}</>
    )
  }
  const at = visit.checkedInAt ?? visit.expectedAt ?? visit.createdAt
  return <>{formatDateTime(at, i18n.language)}</>
}

/** Visits of a property: expected today, on site now (with check-out), or a history range. */
export function VisitList({
  propertyId,
  view,
  from,
  to,
}: {
  propertyId: string
  view: View
  from?: string
  to?: string
}) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const visits = trpc.visitor.list.useQuery({
    organizationId,
    propertyId,
    view,
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  })
  if (visits.isPending) return <LoadingState label={t('visitors.list.loading')} />
  if (visits.isError) return <Alert>{translateApiError(i18n, visits.error)}</Alert>
  if (visits.data.length === 0) {
    return (
      <EmptyState title={t(`visitors.list.empty.${view}.title`)} headingLevel={3}>
        <p>{t(`visitors.list.empty.${view}.body`)}</p>
      </EmptyState>
    )
  }
  return (
    <ul className="dash-list" data-testid={`visits-${view}`}>
      {visits.data.map((visit) => (
        <li key={visit.id} className="dash-list__item visitor-row">
          <div className="visitor-row__main">
            <h3 className="visitor-row__name">
              <Link to={`/visitors/${visit.id}`}>{visitorLine(visit)}</Link>
            </h3>
            <p className="meta">
              <When visit={visit} view={view} /> ·{' '}
              {t('visitors.list.host', { name: visit.host.name })}
              {visit.currentZone ? (
                <> · {t('visitors.list.inZone', { zone: visit.currentZone.name })}</>
              ) : null}
            </p>
            {view === 'history' ? (
              <p className="meta">
                <span className="pill" data-tone={visit.status === 'CHECKED_IN' ? 'info' : 'muted'}>
                  {t(`visitors.status.${visit.status}`)}
                </span>
              </p>
            ) : null}
          </div>
          {view === 'onSite' ? (
            <CheckOutButton visitId={visit.id} visitorName={visit.visitorName} />
          ) : null}
          {view === 'expected' ? (
            <Link
              className="ui-button ui-button--secondary ui-button--small"
              to={`/visitors/${visit.id}`}
            >
              {t('visitors.list.open')}
              <span className="ui-visually-hidden"> {visit.visitorName}</span>
            </Link>
          ) : null}
        </li>
      ))}
    </ul>
  )
}
