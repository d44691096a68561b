import { ComplianceDocumentKindSchema, type ComplianceDocumentKind } from '@growops/domain'
import { Alert, EmptyState, LoadingState } from '@growops/ui'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { translateApiError } from '../../../app/api-errors.ts'
import { trpc } from '../../../app/trpc.ts'
import { RetryButton } from '../../dashboard/components/retry-button.tsx'
import type { DocumentSummary } from '../hooks/use-documents.ts'
import { ExpiryBadge, StatusBadge } from './status-badges.tsx'

const STATUSES = ['DRAFT', 'IN_REVIEW', 'APPROVED'] as const
type StatusFilter = (typeof STATUSES)[number]
const STATUS_LABEL = {
  DRAFT: 'compliance.list.hasDraft',
  IN_REVIEW: 'compliance.list.hasReview',
  APPROVED: 'compliance.list.hasApproved',
} as const satisfies Record<StatusFilter, string>

/** The organization's documents with kind, status and expiry filters (COMPLIANCE readers). */
export function DocumentList() {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const id = useId()
  const [kind, setKind] = useState<ComplianceDocumentKind | ''>('')
  const [status, setStatus] = useState<StatusFilter | ''>('')
  const [expiring, setExpiring] = useState(false)
  const [includeArchived, setIncludeArchived] = useState(false)
  const list = trpc.document.list.useQuery({
    organizationId,
    ...(kind ? { kind } : {}),
    ...(status ? { status } : {}),
    ...(expiring ? { expiringWithinDays: 90 } : {}),
    includeArchived,
  })

  let body
  if (list.isPending) body = <LoadingState label={t('compliance.loading')} />
  else if (list.isError)
    body = (
      <div className="stack">
        <Alert>{translateApiError(i18n, list.error)}</Alert>
        <RetryButton onRetry={() => void list.refetch()} />
      </div>
    )
  else if (list.data.length === 0)
    body = (
      <EmptyState title={t('compliance.list.empty.title')} headingLevel={3}>
        <p>{t('compliance.list.empty.body')}</p>
      </EmptyState>
    )
  else
    body = (
      <ul className="dash-list" data-testid="document-list">
        {list.data.map((document) => (
          <DocumentRow key={document.id} document={document} />
        ))}
      </ul>
    )

  return (
    <div className="stack">
      <fieldset className="live-fieldset doc-filters">
        <legend className="ui-field__label">{t('compliance.list.filters')}</legend>
        <div className="form-row">
          <div className="ui-field">
            <label className="ui-field__label" htmlFor={`${id}-kind`}>
              {t('compliance.list.kind')}
            </label>
            <select
              id={`${id}-kind`}
              className="ui-select"
              value={kind}
              onChange={(event) => {
                const parsed = ComplianceDocumentKindSchema.safeParse(event.target.value)
                setKind(parsed.success ? parsed.data : '')
              }}
            >
              <option value="">{t('compliance.list.anyKind')}</option>
              {ComplianceDocumentKindSchema.options.map((value) => (
                <option key={value} value={value}>
                  {t(`compliance.kind.${value}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="ui-field">
            <label className="ui-field__label" htmlFor={`${id}-status`}>
              {t('compliance.list.status')}
            </label>
            <select
              id={`${id}-status`}
              className="ui-select"
              value={status}
              onChange={(event) =>
                setStatus(STATUSES.find((value) => value === event.target.value) ?? '')
              }
            >
              <option value="">{t('compliance.list.anyStatus')}</option>
              {STATUSES.map((value) => (
                <option key={value} value={value}>
                  {t(STATUS_LABEL[value])}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="choice-row">
          <label className="choice">
            <input
              type="checkbox"
              checked={expiring}
              onChange={(event) => setExpiring(event.target.checked)}
            />
            {t('compliance.list.expiring')}
          </label>
          <label className="choice">
            <input
              type="checkbox"
              checked={includeArchived}
              onChange={(event) => setIncludeArchived(event.target.checked)}
            />
            {t('compliance.list.includeArchived')}
          </label>
        </div>
      </fieldset>
      {body}
    </div>
  )
}

function DocumentRow({ document }: { document: DocumentSummary }) {
  const { t } = useTranslation()
  return (
    <li className="dash-list__item doc-item" data-testid="document-row">
      <h3 className="doc-item__title">
        <Link to={`/documents/${document.id}`}>
          {document.code} · {document.title}
        </Link>
      </h3>
      <p className="doc-item__badges">
        <span className="pill" data-tone="muted">
          {t(`compliance.kind.${document.kind}`)}
        </span>
        {document.archivedAt ? <StatusBadge status="ARCHIVED" /> : null}
        {document.approved ? (
          <StatusBadge status="APPROVED" />
        ) : (
          <span className="pill" data-tone="muted">
            {t('compliance.status.NONE')}
          </span>
        )}
        {document.open ? (
          <span
            className="pill"
            data-tone={document.open.status === 'IN_REVIEW' ? 'warning' : 'muted'}
          >
            {t('compliance.list.openVersion', {
              version: document.open.version,
              status: t(`compliance.status.${document.open.status}`),
            })}
          </span>
        ) : null}
        <ExpiryBadge expiry={document.expiry} />
      </p>
      {document.approved && document.acknowledgements.required > 0 ? (
        <p className="meta">{t('compliance.list.acknowledged', document.acknowledgements)}</p>
      ) : null}
    </li>
  )
}
