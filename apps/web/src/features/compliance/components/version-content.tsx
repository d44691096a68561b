import { storedFileUrl } from '@growops/domain'
import { useTranslation } from 'react-i18next'
import type { DocumentVersion } from '../hooks/use-documents.ts'

/**
 * A version's text, shown as written (markdown is not rendered: React escapes it, and line
 * breaks are kept), its file link and dates.
 */
export function VersionContent({ version }: { version: DocumentVersion }) {
  const { t, i18n } = useTranslation()
  const date = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(iso),
    )
  return (
    <div className="stack">
      {version.body ? (
        <div className="doc-body" data-testid="document-body">
          {version.body}
        </div>
      ) : (
        <p className="muted">{t('compliance.document.noContent')}</p>
      )}
      {version.file ? (
        <p>
          <a href={storedFileUrl(version.file.id)} target="_blank" rel="noreferrer">
            {t('compliance.document.file', { name: version.file.fileName })}
          </a>
        </p>
      ) : null}
      {version.effectiveFrom || version.expiresAt || version.changeSummary ? (
        <dl className="doc-facts">
          {version.effectiveFrom ? (
            <>
              <dt>{t('compliance.document.effectiveFrom')}</dt>
              <dd>{date(version.effectiveFrom)}</dd>
            </>
          ) : null}
          {version.expiresAt ? (
            <>
              <dt>{t('compliance.document.expiresAt')}</dt>
              <dd>{date(version.expiresAt)}</dd>
            </>
          ) : null}
          {version.changeSummary ? (
            <>
              <dt>{t('compliance.document.changeSummary')}</dt>
              <dd>{version.changeSummary}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
    </div>
  )
}
