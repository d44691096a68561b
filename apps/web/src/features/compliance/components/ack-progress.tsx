import { Alert, LoadingState } from '@growops/ui'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { translateApiError } from '../../../app/api-errors.ts'
import { trpc } from '../../../app/trpc.ts'
import { When } from '../../live/components/when.tsx'

/** Who in the required roles has and has not acknowledged the version in force (CDOC8). */
export function AckProgress({ documentId }: { documentId: string }) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const status = trpc.document.ackStatus.useQuery({ organizationId, documentId })
  if (status.isPending) return <LoadingState label={t('compliance.acks.loading')} />
  if (status.isError) return <Alert>{translateApiError(i18n, status.error)}</Alert>
  const { acknowledged, pending, required, version } = status.data
  if (version === null) return <p className="muted">{t('compliance.acks.nothingApproved')}</p>
  if (required === 0) return <p className="muted">{t('compliance.acks.noneRequired')}</p>
  return (
    <div className="stack">
      <p>
        <progress className="doc-progress" max={required} value={acknowledged.length}>
          {acknowledged.length}/{required}
        </progress>{' '}
        {t('compliance.acks.progress', { acknowledged: acknowledged.length, required, version })}
      </p>
      <div className="acks">
        <div>
          <h3 className="acks__heading">
            {t('compliance.acks.acknowledged', { count: acknowledged.length })}
          </h3>
          {acknowledged.length === 0 ? (
            <p className="meta">{t('compliance.acks.noneYet')}</p>
          ) : (
            <ul className="acks__list" data-testid="acknowledged">
              {acknowledged.map((person) => (
                <li key={person.userId}>
                  {person.name} ({t(`common.roles.${person.role}`)}) ·{' '}
                  {person.acknowledgedAt ? <When iso={person.acknowledgedAt} /> : null}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3 className="acks__heading">
            {t('compliance.acks.pending', { count: pending.length })}
          </h3>
          {pending.length === 0 ? (
            <p className="meta">{t('compliance.acks.everyone')}</p>
          ) : (
            <ul className="acks__list" data-testid="not-acknowledged">
              {pending.map((person) => (
                <li key={person.userId}>
                  {person.name} ({t(`common.roles.${person.role}`)})
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  )
}
