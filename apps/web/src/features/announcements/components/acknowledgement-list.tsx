import { Alert, LoadingState } from '@growops/ui'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { translateApiError } from '../../../app/api-errors.ts'
import { trpc } from '../../../app/trpc.ts'
import { When } from '../../live/components/when.tsx'

/** Who among the audience has acknowledged and who hasn't yet (COMMS FULL); live-refetched. */
export function AcknowledgementList({ announcementId }: { announcementId: string }) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const acks = trpc.announcement.acknowledgements.useQuery({ organizationId, announcementId })
  if (acks.isPending) return <LoadingState label={t('announcements.acks.loading')} />
  if (acks.isError) return <Alert>{translateApiError(i18n, acks.error)}</Alert>
  const { acknowledged, pending } = acks.data
  return (
    <div className="acks">
      <div>
        <h4 className="acks__heading">
          {t('announcements.acks.acknowledged', { count: acknowledged.length })}
        </h4>
        {acknowledged.length === 0 ? (
          <p className="meta">{t('announcements.acks.noneYet')}</p>
        ) : (
          <ul className="acks__list" data-testid="acknowledged">
            {acknowledged.map((person) => (
              <li key={person.id}>
                {person.name} ({t(`common.roles.${person.role}`)}) ·{' '}
                {person.acknowledgedAt ? <When iso={person.acknowledgedAt} /> : null}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h4 className="acks__heading">
          {t('announcements.acks.pending', { count: pending.length })}
        </h4>
        {pending.length === 0 ? (
          <p className="meta">{t('announcements.acks.everyone')}</p>
        ) : (
          <ul className="acks__list" data-testid="not-acknowledged">
            {pending.map((person) => (
              <li key={person.id}>
                {person.name} ({t(`common.roles.${person.role}`)})
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  )
}
