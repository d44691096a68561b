import { approvedVersionOf, canPerform, openVersionOf } from '@growops/domain'
import { Alert, LoadingState } from '@growops/ui'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { useActiveOrganization } from '../../app/active-organization.tsx'
import { translateApiError } from '../../app/api-errors.ts'
import { trpc } from '../../app/trpc.ts'
import { useDocumentTitle } from '../../app/use-document-title.ts'
import { RetryButton } from '../dashboard/components/retry-button.tsx'
import { When } from '../live/components/when.tsx'
import { AckProgress } from './components/ack-progress.tsx'
import { ReviewActions } from './components/review-actions.tsx'
import { ExpiryBadge, StatusBadge } from './components/status-badges.tsx'
import { VersionContent } from './components/version-content.tsx'
import { VersionTimeline } from './components/version-timeline.tsx'
import {
  useAcknowledgeDocument,
  useDocumentLiveRefresh,
  useDocumentMutationOptions,
  type DocumentDetail,
} from './hooks/use-documents.ts'
import './compliance.css'

/** `/documents/:documentId`: the version in force, the one being worked on, history, acks. */
export function DocumentPage() {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const { documentId = '' } = useParams()
  useDocumentLiveRefresh()
  const query = trpc.document.get.useQuery({ organizationId, documentId })
  useDocumentTitle(
    query.data ? `${query.data.code} · ${query.data.title}` : t('compliance.pageTitle'),
  )
  if (query.isPending) return <LoadingState label={t('compliance.document.loading')} />
  if (query.isError)
    return (
      <div className="page stack">
        <Alert>{translateApiError(i18n, query.error)}</Alert>
        <RetryButton onRetry={() => void query.refetch()} />
        <p>
          <Link to="/documents">{t('compliance.document.back')}</Link>
        </p>
      </div>
    )
  return <DocumentView document={query.data} />
}

function DocumentView({ document }: { document: DocumentDetail }) {
  const { t } = useTranslation()
  const { role } = useActiveOrganization()
  const currentId = useId()
  const openId = useId()
  const versionsId = useId()
  const acksId = useId()
  const approved = approvedVersionOf(document.versions)
  const open = openVersionOf(document.versions)
  const reader = canPerform(role, 'read', 'COMPLIANCE')
  // Kept here: the section that took the step can disappear with it (approving ends the open
  // version), and the confirmation must stay on screen.
  const [notice, setNotice] = useState<string | null>(null)
  return (
    <div className="page stack" data-testid="document-page">
      <p>
        <Link to="/documents">{t('compliance.document.back')}</Link>
      </p>
      <div>
        <h1>
          {document.code} · {document.title}
        </h1>
        <p className="doc-item__badges">
          <span className="pill" data-tone="muted">
            {t(`compliance.kind.${document.kind}`)}
          </span>
          {document.archivedAt ? <StatusBadge status="ARCHIVED" /> : null}
          <ExpiryBadge expiry={document.expiry} />
        </p>
        <dl className="doc-facts">
          <dt>{t('compliance.document.requiredRoles')}</dt>
          <dd>
            {document.requiredAckRoles.length === 0
              ? t('compliance.document.nobody')
              : document.requiredAckRoles.map((r) => t(`common.roles.${r}`)).join(', ')}
          </dd>
          {document.issuer ? (
            <>
              <dt>{t('compliance.document.issuer')}</dt>
              <dd>{document.issuer}</dd>
            </>
          ) : null}
        </dl>
        <p className="meta">
          {t('compliance.document.createdBy', { name: document.createdBy.name })} ·{' '}
          <When iso={document.createdAt} />
        </p>
      </div>
      <Alert tone="info">{notice}</Alert>
      <MyAcknowledgement document={document} />
      <section className="card" aria-labelledby={currentId}>
        <h2 id={currentId} className="card__heading">
          {t('compliance.document.current')}
          {approved
            ? ` · ${t('compliance.document.versionLabel', { version: approved.version })}`
            : ''}
        </h2>
        {approved ? (
          <VersionContent version={approved} />
        ) : (
          <p className="muted">{t('compliance.document.noApproved')}</p>
        )}
      </section>
      {open && reader ? (
        <section className="card" aria-labelledby={openId} data-testid="open-version">
          <h2 id={openId} className="card__heading">
            {t('compliance.document.open')} ·{' '}
            {t('compliance.document.versionLabel', { version: open.version })}{' '}
            <StatusBadge status={open.status} />
          </h2>
          {open.reviewNote && open.status === 'DRAFT' ? (
            <p className="doc-note">
              <strong>{t('compliance.document.reviewNote')}:</strong> {open.reviewNote}
            </p>
          ) : null}
          <VersionContent version={open} />
          <ReviewActions document={document} version={open} onDone={setNotice} />
        </section>
      ) : null}
      {reader ? <DocumentAdmin document={document} onDone={setNotice} /> : null}
      {reader ? (
        <section className="card" aria-labelledby={acksId}>
          <h2 id={acksId} className="card__heading">
            {t('compliance.acks.heading')}
          </h2>
          <AckProgress documentId={document.id} />
        </section>
      ) : null}
      {reader ? (
        <section className="card" aria-labelledby={versionsId}>
          <h2 id={versionsId} className="card__heading">
            {t('compliance.document.versions')}
          </h2>
          <VersionTimeline versions={document.versions} />
        </section>
      ) : null}
    </div>
  )
}

/** The caller's own acknowledgement of the version in force, with the button when due. */
function MyAcknowledgement({ document }: { document: DocumentDetail }) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const acknowledge = useAcknowledgeDocument()
  const mine = document.myAcknowledgement
  if (!mine.required) return null
  return (
    <section className="card doc-my-ack" data-testid="my-acknowledgement">
      {mine.acknowledgedAt ? (
        <p>
          {t('compliance.document.myAck.done')} <When iso={mine.acknowledgedAt} />
        </p>
      ) : (
        <div className="stack">
          <p>{t('compliance.document.myAck.required')}</p>
          <div>
            <button
              type="button"
              className="ui-button ui-button--primary"
              aria-label={t('compliance.pending.acknowledgeNamed', { title: document.title })}
              aria-disabled={acknowledge.isPending}
              onClick={() =>
                !acknowledge.isPending &&
                acknowledge.mutate({ organizationId, documentId: document.id })
              }
            >
              {t('compliance.pending.acknowledge')}
            </button>
          </div>
        </div>
      )}
      <Alert>{acknowledge.isError ? translateApiError(i18n, acknowledge.error) : null}</Alert>
    </section>
  )
}

/** New version and archive (COMPLIANCE FULL), when the api says they are possible. */
function DocumentAdmin({
  document,
  onDone,
}: {
  document: DocumentDetail
  onDone: (message: string) => void
}) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const options = useDocumentMutationOptions()
  const createVersion = trpc.document.createVersion.useMutation({
    ...options,
    onSuccess: () => onDone(t('compliance.actions.done.newVersion')),
  })
  const archive = trpc.document.archive.useMutation({
    ...options,
    onSuccess: () => onDone(t('compliance.actions.done.archive')),
  })
  if (!document.canCreateVersion && !document.canArchive) return null
  const busy = createVersion.isPending || archive.isPending
  const failed = createVersion.error ?? archive.error
  return (
    <div className="stack">
      <div className="row-actions">
        {document.canCreateVersion ? (
          <button
            type="button"
            className="ui-button ui-button--secondary"
            aria-disabled={busy}
            onClick={() =>
              !busy && createVersion.mutate({ organizationId, documentId: document.id })
            }
          >
            {t('compliance.actions.newVersion')}
          </button>
        ) : null}
        {document.canArchive ? (
          <button
            type="button"
            className="ui-button ui-button--secondary"
            aria-disabled={busy}
            onClick={() => {
              if (busy) return
              if (window.confirm(t('compliance.actions.archiveConfirm', { code: document.code })))
                archive.mutate({ organizationId, documentId: document.id })
            }}
          >
            {t('compliance.actions.archive')}
          </button>
        ) : null}
      </div>
      <Alert>{failed ? translateApiError(i18n, failed) : null}</Alert>
    </div>
  )
}
