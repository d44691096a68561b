import { Alert, LoadingState } from '@growops/ui'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { useActiveOrganization } from '../../app/active-organization.tsx'
import { translateApiError } from '../../app/api-errors.ts'
import { trpc } from '../../app/trpc.ts'
import { useDocumentTitle } from '../../app/use-document-title.ts'
import { DocumentForm } from './components/document-form.tsx'
import './compliance.css'

/** `/documents/new`: a new document and its first draft (COMPLIANCE FULL). */
export function NewDocumentPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('compliance.form.newHeading'))
  return (
    <div className="page stack">
      <p>
        <Link to="/documents">{t('compliance.document.back')}</Link>
      </p>
      <h1>{t('compliance.form.newHeading')}</h1>
      <section className="card">
        <DocumentForm target={{ mode: 'create' }} />
      </section>
    </div>
  )
}

/** `/documents/:documentId/versions/:versionId/edit`: change a draft. */
export function EditDraftPage() {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const { documentId = '', versionId = '' } = useParams()
  const query = trpc.document.get.useQuery({ organizationId, documentId })
  const version = query.data?.versions.find((v) => v.id === versionId)
  const heading =
    query.data && version
      ? t('compliance.form.editHeading', { code: query.data.code, version: version.version })
      : t('compliance.pageTitle')
  useDocumentTitle(heading)
  if (query.isPending) return <LoadingState label={t('compliance.document.loading')} />
  return (
    <div className="page stack">
      <p>
        <Link to={`/documents/${documentId}`}>{t('compliance.document.back')}</Link>
      </p>
      <h1>{heading}</h1>
      {query.isError ? (
        <Alert>{translateApiError(i18n, query.error)}</Alert>
      ) : version ? (
        <section className="card">
          <DocumentForm target={{ mode: 'edit', document: query.data, versionId }} />
        </section>
      ) : (
        <Alert>{t('errors.NOT_FOUND')}</Alert>
      )}
    </div>
  )
}
