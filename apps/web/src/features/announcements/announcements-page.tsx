import { Alert, EmptyState, LoadingState } from '@growops/ui'
import { useEffect, useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { useActiveOrganization } from '../../app/active-organization.tsx'
import { translateApiError } from '../../app/api-errors.ts'
import { trpc } from '../../app/trpc.ts'
import { useDocumentTitle } from '../../app/use-document-title.ts'
import { RetryButton } from '../dashboard/components/retry-button.tsx'
import { AnnouncementCard } from './components/announcement-card.tsx'
import { AnnouncementForm } from './components/announcement-form.tsx'

/**
 * `/announcements` (and `/announcements/:announcementId`, where notifications link): what was
 * announced to me and whether I acknowledged it; COMMS FULL roles post here and see who has and
 * hasn't acknowledged.
 */
export function AnnouncementsPage() {
  const { t, i18n } = useTranslation()
  const { organizationId, canWrite } = useActiveOrganization()
  const { announcementId } = useParams()
  const formHeadingId = useId()
  const listHeadingId = useId()
  useDocumentTitle(t('announcements.pageTitle'))
  const list = trpc.announcement.list.useQuery({ organizationId, limit: 50 })
  const manager = canWrite('COMMS')

  useEffect(() => {
    if (announcementId && list.data)
      document.getElementById(`announcement-${announcementId}`)?.scrollIntoView({ block: 'center' })
  }, [announcementId, list.data])

  let body
  if (list.isPending) body = <LoadingState label={t('announcements.loading')} />
  else if (list.isError)
    body = (
      <div className="stack">
        <Alert>{translateApiError(i18n, list.error)}</Alert>
        <RetryButton onRetry={() => void list.refetch()} />
      </div>
    )
  else if (list.data.length === 0)
    body = (
      <EmptyState title={t('announcements.empty.title')} headingLevel={3}>
        <p>{t('announcements.empty.body')}</p>
      </EmptyState>
    )
  else
    body = (
      <ul className="dash-list">
        {list.data.map((item) => (
          <AnnouncementCard
            key={item.id}
            announcement={item}
            manager={manager}
            highlighted={item.id === announcementId}
          />
        ))}
      </ul>
    )

  return (
    <div className="page stack">
      <div>
        <h1>{t('announcements.heading')}</h1>
        <p className="muted">{t('announcements.intro')}</p>
      </div>
      {manager ? (
        <section className="card" aria-labelledby={formHeadingId}>
          <h2 id={formHeadingId} className="card__heading">
            {t('announcements.form.heading')}
          </h2>
          <AnnouncementForm />
        </section>
      ) : null}
      <section className="card" aria-labelledby={listHeadingId}>
        <h2 id={listHeadingId} className="card__heading">
          {t('announcements.listHeading')}
        </h2>
        {body}
      </section>
    </div>
  )
}
