import { useTranslation } from 'react-i18next'
import { translateApiError } from '../../../app/api-errors.ts'
import { useCurrentUser } from '../../auth/hooks/use-session.ts'
import {
  useAcknowledgeAnnouncement,
  useUnacknowledgedAnnouncements,
} from '../hooks/use-announcements.ts'

/**
 * Urgent announcements the signed-in person has not acknowledged, on every page under the
 * header. The container is an always-mounted alert region, so one that arrives live is read
 * out; each has an Acknowledge button (keyboard reachable, named after the announcement).
 */
export function UrgentAnnouncementBanner() {
  const { t, i18n } = useTranslation()
  const { organizationId, query } = useUnacknowledgedAnnouncements()
  const acknowledge = useAcknowledgeAnnouncement()
  const { user } = useCurrentUser()
  // The author knows what they posted: no banner for them.
  const urgent = (query.data ?? []).filter(
    (item) => item.priority === 'URGENT' && item.createdBy.id !== user.id,
  )
  return (
    <div role="alert" className="urgent-banner" data-empty={urgent.length === 0}>
      {urgent.map((item) => (
        <section
          key={item.id}
          className="urgent-banner__item"
          aria-labelledby={`urgent-${item.id}`}
        >
          <div className="urgent-banner__text">
            <h2 id={`urgent-${item.id}`} className="urgent-banner__title">
              <span className="urgent-banner__label">{t('announcements.urgentLabel')}</span>{' '}
              {item.title}
            </h2>
            <p className="urgent-banner__body">{item.body}</p>
            <p className="urgent-banner__meta">
              {t('announcements.postedBy', { name: item.createdBy.name })}
            </p>
          </div>
          <button
            aria-label={t('announcements.acknowledgeNamed', { title: item.title })}
            type="button"
            className="ui-button urgent-banner__ack"
            aria-disabled={acknowledge.isPending}
            onClick={() => {
              if (!acknowledge.isPending)
                acknowledge.mutate({ organizationId, announcementId: item.id })
            }}
          >
            {t('announcements.acknowledge')}
          </button>
        </section>
      ))}
      {acknowledge.isError ? (
        <p className="urgent-banner__error">{translateApiError(i18n, acknowledge.error)}</p>
      ) : null}
    </div>
  )
}
