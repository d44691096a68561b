import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import type { RouterOutputs } from '../../../app/trpc.ts'
import { When } from '../../live/components/when.tsx'
import { useAcknowledgeAnnouncement } from '../hooks/use-announcements.ts'
import { AcknowledgementList } from './acknowledgement-list.tsx'
import { PriorityPill } from './priority-pill.tsx'

type Announcement = RouterOutputs['announcement']['list'][number]

/** One announcement with my acknowledgement; managers can open who has / hasn't acknowledged. */
export function AnnouncementCard({
  announcement,
  manager,
  highlighted = false,
  headingLevel = 3,
}: {
  announcement: Announcement
  manager: boolean
  highlighted?: boolean
  headingLevel?: 3 | 4
}) {
  const { t } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const acknowledge = useAcknowledgeAnnouncement()
  const [showAcks, setShowAcks] = useState(false)
  const Heading = headingLevel === 3 ? 'h3' : 'h4'
  const acksId = `acks-${announcement.id}`
  return (
    <li
      id={`announcement-${announcement.id}`}
      className="dash-list__item announcement"
      data-highlighted={highlighted}
      data-testid="announcement"
    >
      <Heading className="announcement__title">
        <PriorityPill priority={announcement.priority} /> {announcement.title}
      </Heading>
      <p className="announcement__body">{announcement.body}</p>
      <p className="meta">
        {t('announcements.postedBy', { name: announcement.createdBy.name })} ·{' '}
        <When iso={announcement.createdAt} />
      </p>
      <div className="row-actions">
        {announcement.acknowledgedAt ? (
          <p className="meta announcement__acked">
            {t('announcements.youAcknowledged')} <When iso={announcement.acknowledgedAt} />
          </p>
        ) : (
          <button
            aria-label={t('announcements.acknowledgeNamed', { title: announcement.title })}
            type="button"
            className="ui-button ui-button--primary ui-button--small"
            aria-disabled={acknowledge.isPending}
            onClick={() => {
              if (!acknowledge.isPending)
                acknowledge.mutate({ organizationId, announcementId: announcement.id })
            }}
          >
            {t('announcements.acknowledge')}
          </button>
        )}
        {manager ? (
          <button
            aria-label={t('announcements.whoAcknowledgedNamed', { title: announcement.title })}
            type="button"
            className="ui-button ui-button--secondary ui-button--small"
            aria-expanded={showAcks}
            aria-controls={acksId}
            onClick={() => setShowAcks((value) => !value)}
          >
            {t('announcements.whoAcknowledged')}
          </button>
        ) : null}
      </div>
      <div id={acksId} hidden={!showAcks}>
        {showAcks ? <AcknowledgementList announcementId={announcement.id} /> : null}
      </div>
    </li>
  )
}
