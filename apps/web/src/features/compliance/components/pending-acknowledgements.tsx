import { Alert, LoadingState } from '@growops/ui'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { translateApiError } from '../../../app/api-errors.ts'
import { When } from '../../live/components/when.tsx'
import { useAcknowledgeDocument, usePendingAcknowledgements } from '../hooks/use-documents.ts'

/**
 * The approved documents the caller still has to acknowledge (every member, STAFF included),
 * each with a link to read it and an Acknowledge button; refetched live.
 */
export function PendingAcknowledgements({
  headingLevel = 3,
  limit,
}: {
  headingLevel?: 3 | 4
  limit?: number
}) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const pending = usePendingAcknowledgements()
  const acknowledge = useAcknowledgeDocument()
  const [done, setDone] = useState<string | null>(null)
  const Heading = headingLevel === 3 ? 'h3' : 'h4'

  if (pending.isPending) return <LoadingState label={t('compliance.pending.loading')} />
  if (pending.isError) return <Alert>{translateApiError(i18n, pending.error)}</Alert>
  const items = limit === undefined ? pending.data : pending.data.slice(0, limit)
  return (
    <div className="stack">
      {items.length === 0 ? (
        <p className="muted">{t('compliance.pending.none')}</p>
      ) : (
        <ul className="dash-list" data-testid="to-acknowledge">
          {items.map((item) => (
            <li key={item.versionId} className="dash-list__item" data-testid="pending-document">
              <Heading className="doc-item__title">
                {item.code} · {item.title}
              </Heading>
              <p className="meta">
                {t('compliance.pending.approvedOn', { version: item.version })}{' '}
                {item.approvedAt ? <When iso={item.approvedAt} /> : null}
              </p>
              {item.changeSummary ? <p>{item.changeSummary}</p> : null}
              <div className="row-actions">
                <Link
                  to={`/documents/${item.documentId}`}
                  className="ui-button ui-button--secondary ui-button--small"
                >
                  {t('compliance.pending.read', { code: item.code })}
                </Link>
                <button
                  type="button"
                  className="ui-button ui-button--primary ui-button--small"
                  aria-label={t('compliance.pending.acknowledgeNamed', { title: item.title })}
                  aria-disabled={acknowledge.isPending}
                  onClick={() => {
                    if (acknowledge.isPending) return
                    setDone(null)
                    acknowledge.mutate(
                      { organizationId, documentId: item.documentId },
                      {
                        onSuccess: () =>
                          setDone(t('compliance.pending.acknowledged', { title: item.title })),
                      },
                    )
                  }}
                >
                  {t('compliance.pending.acknowledge')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <Alert>{acknowledge.isError ? translateApiError(i18n, acknowledge.error) : null}</Alert>
      <Alert tone="info">{done}</Alert>
    </div>
  )
}
