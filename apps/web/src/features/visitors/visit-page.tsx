import { Alert, LoadingState } from '@growops/ui'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { useActiveOrganization } from '../../app/active-organization.tsx'
import { translateApiError } from '../../app/api-errors.ts'
import { trpc } from '../../app/trpc.ts'
import { useDocumentTitle } from '../../app/use-document-title.ts'
import { useCurrentUser } from '../auth/hooks/use-session.ts'
import { CheckOutButton } from './components/check-out-button.tsx'
import { MoveZone } from './components/move-zone.tsx'
import { ReceptionCheckIn } from './components/reception-check-in.tsx'
import type { Visit } from './components/visit-list.tsx'
import { VisitorBadge } from './components/visitor-badge.tsx'
import { useVisitorLive } from './hooks/use-visitor-live.ts'
import { formatDateTime } from './visit-format.ts'
import './visitors.css'

function Facts({ visit }: { visit: Visit }) {
  const { t, i18n } = useTranslation()
  const when = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : '—')
  const rows: [string, string][] = [
    [t('visitors.visit.status'), t(`visitors.status.${visit.status}`)],
    [t('visitors.visit.company'), visit.company ?? '—'],
    [t('visitors.visit.purpose'), visit.purpose],
    [t('visitors.visit.host'), visit.host.name],
    [t('visitors.visit.property'), visit.property.name],
    [t('visitors.visit.expectedAt'), when(visit.expectedAt)],
    [t('visitors.visit.checkedInAt'), when(visit.checkedInAt)],
    [
      t('visitors.visit.idChecked'),
      visit.idCheckedAt ? (visit.idCheckedBy?.name ?? t('visitors.visit.atKiosk')) : '—',
    ],
    [t('visitors.visit.checkedOutAt'), when(visit.checkedOutAt)],
    [t('visitors.visit.zone'), visit.currentZone?.name ?? '—'],
    [t('visitors.visit.zones'), visit.zones.map((zone) => zone.name).join(', ') || '—'],
    [t('visitors.visit.badge'), visit.badgeLabel],
  ]
  return (
    <dl className="visitor-facts">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}

/** `/visitors/:visitId` and `/visitors/badge/:badgeCode`: one visit, its badge and actions. */
export function VisitPage() {
  const { t, i18n } = useTranslation()
  const { organizationId, canWrite } = useActiveOrganization()
  const { user } = useCurrentUser()
  const { visitId, badgeCode } = useParams()
  const actionsId = useId()
  useVisitorLive()
  const visit = trpc.visitor.get.useQuery(
    { organizationId, ...(badgeCode ? { badgeCode } : { visitId: visitId ?? '' }) },
    { retry: false },
  )
  const cancel = trpc.visitor.cancel.useMutation()
  const utils = trpc.useUtils()
  useDocumentTitle(visit.data ? visit.data.visitorName : t('visitors.visit.pageTitle'))

  let body
  if (visit.isPending) body = <LoadingState label={t('visitors.visit.loading')} />
  else if (visit.isError) body = <Alert>{translateApiError(i18n, visit.error)}</Alert>
  else {
    const data = visit.data
    const handles = canWrite('COMPLIANCE') || data.host.id === user.id
    body = (
      <>
        <h1 className="print-hide">{data.visitorName}</h1>
        <div className="visitor-columns">
          <section className="card stack print-hide" aria-labelledby={actionsId}>
            <h2 id={actionsId} className="card__heading">
              {t('visitors.visit.details')}
            </h2>
            <Facts visit={data} />
            {data.status === 'CHECKED_IN' ? (
              <div className="stack">
                <CheckOutButton visitId={data.id} visitorName={data.visitorName} />
                {handles ? <MoveZone visit={data} /> : null}
              </div>
            ) : null}
            {data.status === 'EXPECTED' && handles ? (
              <>
                <h2 className="card__heading">{t('visitors.checkIn.heading')}</h2>
                <ReceptionCheckIn visit={data} />
                <div>
                  <button
                    type="button"
                    className="ui-button ui-button--secondary"
                    onClick={() => {
                      if (
                        window.confirm(
                          t('visitors.visit.confirmCancel', { name: data.visitorName }),
                        )
                      ) {
                        cancel.mutate(
                          { organizationId, visitId: data.id },
                          { onSettled: () => void utils.visitor.invalidate() },
                        )
                      }
                    }}
                  >
                    {t('visitors.visit.cancel')}
                  </button>
                </div>
                <Alert>{cancel.isError ? translateApiError(i18n, cancel.error) : null}</Alert>
              </>
            ) : null}
          </section>
          <section className="stack visitor-badge-column" aria-label={t('visitors.badge.heading')}>
            <VisitorBadge
              badge={{
                visitorName: data.visitorName,
                company: data.company,
                hostName: data.host.name,
                date: data.checkedInAt ?? data.expectedAt ?? data.createdAt,
                zones: data.zones,
                badgeCode: data.badgeCode,
                badgeLabel: data.badgeLabel,
              }}
            />
            <div className="print-hide">
              <button
                type="button"
                className="ui-button ui-button--primary"
                onClick={() => window.print()}
              >
                {t('visitors.badge.print')}
              </button>
            </div>
          </section>
        </div>
      </>
    )
  }

  return (
    <div className="page stack">
      <p className="print-hide">
        <Link to="/visitors">{t('visitors.visit.back')}</Link>
      </p>
      {visit.isSuccess ? null : <h1>{t('visitors.visit.pageTitle')}</h1>}
      {body}
    </div>
  )
}
