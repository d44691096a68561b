import { Alert, EmptyState, LoadingState } from '@growops/ui'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../app/active-organization.tsx'
import { translateApiError } from '../../app/api-errors.ts'
import { trpc } from '../../app/trpc.ts'
import { useDocumentTitle } from '../../app/use-document-title.ts'
import { PropertyPicker } from '../dashboard/components/property-picker.tsx'
import { useChosenProperty } from './hooks/use-chosen-property.ts'
import { useVisitorLive } from './hooks/use-visitor-live.ts'
import { formatDateTime, formatTime } from './visit-format.ts'
import './visitors.css'

/** Clock-ins have no live event: the roll call also refreshes itself every half minute. */
const REFRESH_MS = 30_000

function RollCall({ propertyId }: { propertyId: string }) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const visitorsId = useId()
  const membersId = useId()
  const onSite = trpc.visitor.onSiteNow.useQuery(
    { organizationId, propertyId },
    { refetchInterval: REFRESH_MS },
  )
  if (onSite.isPending) return <LoadingState label={t('visitors.evacuation.loading')} />
  if (onSite.isError) return <Alert>{translateApiError(i18n, onSite.error)}</Alert>
  const data = onSite.data
  return (
    <div className="stack evacuation">
      <p className="evacuation__total" role="status">
        {t('visitors.evacuation.total', { count: data.total, property: data.property.name })}
      </p>
      <p className="meta">
        {t('visitors.evacuation.generatedAt', {
          when: formatDateTime(data.generatedAt, i18n.language),
        })}
      </p>
      <section aria-labelledby={visitorsId} className="stack">
        <h2 id={visitorsId}>
          {t('visitors.evacuation.visitors', { count: data.visitors.length })}
        </h2>
        {data.visitors.length === 0 ? (
          <p>{t('visitors.evacuation.noVisitors')}</p>
        ) : (
          <table className="evacuation__table">
            <thead>
              <tr>
                <th scope="col">{t('visitors.evacuation.name')}</th>
                <th scope="col">{t('visitors.evacuation.zone')}</th>
                <th scope="col">{t('visitors.evacuation.host')}</th>
                <th scope="col">{t('visitors.evacuation.since')}</th>
              </tr>
            </thead>
            <tbody>
              {data.visitors.map((visitor) => (
                <tr key={visitor.id}>
                  <th scope="row">
                    {visitor.visitorName}
                    {visitor.company ? (
                      <span className="evacuation__company"> · {visitor.company}</span>
                    ) : null}
                  </th>
                  <td>{visitor.zone?.name ?? '—'}</td>
                  <td>{visitor.host.name}</td>
                  <td className="evacuation__time">
                    {visitor.checkedInAt ? formatTime(visitor.checkedInAt, i18n.language) : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby={membersId} className="stack">
        <h2 id={membersId}>{t('visitors.evacuation.members', { count: data.members.length })}</h2>
        {data.members.length === 0 ? (
          <p>{t('visitors.evacuation.noMembers')}</p>
        ) : (
          <table className="evacuation__table">
            <thead>
              <tr>
                <th scope="col">{t('visitors.evacuation.name')}</th>
                <th scope="col">{t('visitors.evacuation.room')}</th>
                <th scope="col">{t('visitors.evacuation.since')}</th>
              </tr>
            </thead>
            <tbody>
              {data.members.map((member) => (
                <tr key={member.userId}>
                  <th scope="row">{member.name}</th>
                  <td>{member.room ? `${member.room.buildingCode} · ${member.room.code}` : '—'}</td>
                  <td className="evacuation__time">
                    {formatTime(member.clockInAt, i18n.language)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  )
}

/** `/evacuation`: everyone on site now, in large print, for a roll call at the assembly point. */
export function EvacuationPage() {
  const { t } = useTranslation()
  const { organizationName } = useActiveOrganization()
  const { properties, property, choose } = useChosenProperty()
  useDocumentTitle(t('visitors.evacuation.pageTitle'))
  useVisitorLive()
  let body
  if (properties.isPending) body = <LoadingState label={t('visitors.evacuation.loading')} />
  else if (properties.isError || !property) {
    body = (
      <EmptyState title={t('dashboard.noProperty.title')}>
        <p>{t('dashboard.noProperty.body', { organization: organizationName })}</p>
      </EmptyState>
    )
  } else {
    body = (
      <>
        <div className="print-hide stack">
          <PropertyPicker properties={properties.data} value={property.id} onChange={choose} />
          <div>
            <button
              type="button"
              className="ui-button ui-button--primary"
              onClick={() => window.print()}
            >
              {t('visitors.evacuation.print')}
            </button>
          </div>
        </div>
        <RollCall propertyId={property.id} />
      </>
    )
  }
  return (
    <div className="page page--wide stack print-area">
      <h1>{t('visitors.evacuation.heading')}</h1>
      {body}
    </div>
  )
}
