import { useTranslation } from 'react-i18next'
import { When } from '../../live/components/when.tsx'
import type { DocumentVersion } from '../hooks/use-documents.ts'
import { StatusBadge } from './status-badges.tsx'
import { VersionContent } from './version-content.tsx'

/** Every version, newest first: status, who wrote, submitted and approved it, and its text. */
export function VersionTimeline({ versions }: { versions: readonly DocumentVersion[] }) {
  const { t } = useTranslation()
  return (
    <ol className="doc-timeline" data-testid="version-timeline">
      {versions.map((version) => (
        <li key={version.id} className="doc-timeline__item" data-status={version.status}>
          <h3 className="doc-timeline__title">
            {t('compliance.document.versionLabel', { version: version.version })}{' '}
            <StatusBadge status={version.status} />
          </h3>
          <ul className="doc-timeline__events meta">
            <li>
              {t('compliance.document.createdOn', { name: version.createdBy.name })} ·{' '}
              <When iso={version.createdAt} />
            </li>
            {version.submittedBy && version.submittedAt ? (
              <li>
                {t('compliance.document.submittedOn', { name: version.submittedBy.name })} ·{' '}
                <When iso={version.submittedAt} />
              </li>
            ) : null}
            {version.approvedBy && version.approvedAt ? (
              <li>
                {t('compliance.document.approvedOn', { name: version.approvedBy.name })} ·{' '}
                <When iso={version.approvedAt} />
              </li>
            ) : null}
            {version.supersededAt ? (
              <li>
                {t('compliance.document.supersededOn')} · <When iso={version.supersededAt} />
              </li>
            ) : null}
          </ul>
          {version.reviewNote && version.status === 'DRAFT' ? (
            <p className="doc-note">
              <strong>{t('compliance.document.reviewNote')}:</strong> {version.reviewNote}
            </p>
          ) : null}
          <details className="doc-timeline__details">
            <summary>{t('compliance.document.showText', { version: version.version })}</summary>
            <VersionContent version={version} />
          </details>
        </li>
      ))}
    </ol>
  )
}
