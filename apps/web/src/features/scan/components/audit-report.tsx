import type { AuditWalkComparison } from '@growops/domain'
import { useTranslation } from 'react-i18next'

interface AuditReportProps {
  walkId: string
  comparison: AuditWalkComparison
  onNewWalk: () => void
}

function ReportList({ title, items }: { title: string; items: string[] }) {
  const { t } = useTranslation()
  return (
    <>
      <h4 className="scan-list__heading">
        {t('scan.audit.reportSection', { title, count: items.length })}
      </h4>
      {items.length === 0 ? (
        <p className="muted">{t('scan.audit.none')}</p>
      ) : (
        <ul className="scan-list">
          {items.map((item) => (
            <li key={item} className="scan-list__item scan-list__item--conflict">
              {item}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

/** The frozen discrepancy report of a completed walk, with its CSV export. */
export function AuditReport({ walkId, comparison, onNewWalk }: AuditReportProps) {
  const { t } = useTranslation()
  return (
    <div className="stack" data-testid="audit-report">
      <h3 className="scan-result__title">{t('scan.audit.report')}</h3>
      <ReportList
        title={t('scan.audit.missing')}
        items={comparison.missing.map((item) =>
          t('scan.audit.missingItem', { tag: item.tag, address: item.expectedAddress }),
        )}
      />
      <ReportList
        title={t('scan.audit.unexpected')}
        items={comparison.unexpected.map((item) =>
          t('scan.audit.unexpectedItem', { tag: item.tag, address: item.foundAddress }),
        )}
      />
      <ReportList
        title={t('scan.audit.wrongPosition')}
        items={comparison.wrongPosition.map((item) =>
          t('scan.audit.wrongPositionItem', {
            tag: item.tag,
            found: item.foundAddress,
            expected: item.expectedAddress,
          }),
        )}
      />
      <a
        className="ui-button ui-button--secondary scan-big"
        href={`/exports/audit-walks/${walkId}.csv`}
        download
      >
        {t('scan.audit.exportCsv')}
      </a>
      <button type="button" className="ui-button ui-button--primary scan-big" onClick={onNewWalk}>
        {t('scan.audit.newWalk')}
      </button>
    </div>
  )
}
