import { canClockOwnTime } from '@growops/domain'
import { Alert, EmptyState, LoadingState } from '@growops/ui'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useActiveOrganization } from '../../app/active-organization.tsx'
import { translateApiError } from '../../app/api-errors.ts'
import { trpc } from '../../app/trpc.ts'
import { useDocumentTitle } from '../../app/use-document-title.ts'
import { ClockPanel } from './components/clock-panel.tsx'
import { EntryTable } from './components/entry-table.tsx'
import { MyWeek } from './components/my-week.tsx'
import { browserTimeZone } from './labor-format.ts'
import './labor.css'

/** `/time`: the time clock — a big button for the phone, today's entries, and this week. */
export function TimePage() {
  const { t, i18n } = useTranslation()
  const { organizationId, role } = useActiveOrganization()
  useDocumentTitle(t('labor.time.pageTitle'))
  // Every role with labor access records its own time (LAB11).
  const clocks = canClockOwnTime(role)
  const status = trpc.labor.status.useQuery(
    { organizationId, timeZone: browserTimeZone() },
    { enabled: clocks, refetchOnWindowFocus: true },
  )

  let body
  if (!clocks) {
    body = (
      <EmptyState title={t('labor.time.readOnly.title')}>
        <p>{t('labor.time.readOnly.body')}</p>
        <p>
          <Link to="/labor">{t('labor.time.readOnly.link')}</Link>
        </p>
      </EmptyState>
    )
  } else if (status.isPending) body = <LoadingState label={t('labor.time.loading')} />
  else if (status.isError) body = <Alert>{translateApiError(i18n, status.error)}</Alert>
  else {
    body = (
      <>
        <ClockPanel status={status.data} fetchedAt={status.dataUpdatedAt} />
        <section className="card stack" aria-labelledby="labor-today-heading">
          <h2 id="labor-today-heading" className="card__heading">
            {t('labor.time.todayHeading')}
          </h2>
          {status.data.todayEntries.length > 0 ? (
            <EntryTable
              entries={status.data.todayEntries}
              labelledBy="labor-today-heading"
              canEdit={(entry) => entry.clockOutAt !== null}
              compact
            />
          ) : (
            <p className="muted">{t('labor.time.noEntriesToday')}</p>
          )}
        </section>
        <MyWeek />
      </>
    )
  }

  return (
    <div className="page stack labor-page">
      <div>
        <h1>{t('labor.time.heading')}</h1>
        <p className="muted">{t('labor.time.intro')}</p>
      </div>
      {body}
    </div>
  )
}
