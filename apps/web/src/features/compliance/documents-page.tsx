import { canPerform } from '@growops/domain'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useActiveOrganization } from '../../app/active-organization.tsx'
import { useDocumentTitle } from '../../app/use-document-title.ts'
import { AuditPacketForm } from './components/audit-packet-form.tsx'
import { DocumentList } from './components/document-list.tsx'
import { PendingAcknowledgements } from './components/pending-acknowledgements.tsx'
import './compliance.css'

/**
 * `/documents`: what I have to acknowledge (every member); for COMPLIANCE readers the whole
 * list with filters and the audit packet download; writers start new documents here.
 */
export function DocumentsPage() {
  const { t } = useTranslation()
  const { role, canWrite } = useActiveOrganization()
  const pendingId = useId()
  const listId = useId()
  const packetId = useId()
  useDocumentTitle(t('compliance.pageTitle'))
  const reader = canPerform(role, 'read', 'COMPLIANCE')
  return (
    <div className="page stack">
      <div>
        <h1>{t('compliance.heading')}</h1>
        <p className="muted">{t('compliance.intro')}</p>
      </div>
      <section className="card" aria-labelledby={pendingId}>
        <h2 id={pendingId} className="card__heading">
          {t('compliance.pending.heading')}
        </h2>
        <p className="meta">{t('compliance.pending.intro')}</p>
        <PendingAcknowledgements />
      </section>
      {reader ? (
        <section className="card" aria-labelledby={listId}>
          <div className="doc-section-head">
            <h2 id={listId} className="card__heading">
              {t('compliance.list.heading')}
            </h2>
            {canWrite('COMPLIANCE') ? (
              <Link to="/documents/new" className="ui-button ui-button--primary">
                {t('compliance.newDocument')}
              </Link>
            ) : null}
          </div>
          <DocumentList />
        </section>
      ) : null}
      {reader ? (
        <section className="card" aria-labelledby={packetId}>
          <h2 id={packetId} className="card__heading">
            {t('compliance.packet.heading')}
          </h2>
          <p className="meta">{t('compliance.packet.intro')}</p>
          <AuditPacketForm />
        </section>
      ) : null}
    </div>
  )
}
