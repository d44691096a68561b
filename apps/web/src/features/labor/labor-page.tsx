import { useTranslation } from 'react-i18next'
import { NavLink, useParams } from 'react-router'
import { useActiveOrganization } from '../../app/active-organization.tsx'
import { useDocumentTitle } from '../../app/use-document-title.ts'
import { EntriesPanel } from './components/entries-panel.tsx'
import { ReportPanel } from './components/report-panel.tsx'
import { WageRatesPanel } from './components/wage-rates-panel.tsx'
import './labor.css'

type Tab = 'entries' | 'reports' | 'rates'

/**
 * `/labor/:tab?`: time entries (with corrections), reports (readers and owners) and wage rates
 * (owner). STAFF see their own entries only; the tabs they may not use are not offered.
 */
export function LaborPage() {
  const { t } = useTranslation()
  const { role } = useActiveOrganization()
  const params = useParams()
  const tabs: Tab[] = [
    'entries',
    ...(role === 'STAFF' ? [] : (['reports'] as const)),
    ...(role === 'OWNER' ? (['rates'] as const) : []),
  ]
  const tab = tabs.find((candidate) => candidate === params.tab) ?? 'entries'
  useDocumentTitle(t(`labor.tabs.${tab}`))

  return (
    <div className="page page--wide stack labor-page">
      <div>
        <h1>{t('labor.page.heading')}</h1>
        <p className="muted">{t('labor.page.intro')}</p>
      </div>
      {tabs.length > 1 ? (
        <nav aria-label={t('labor.tabs.label')} className="labor-tabs">
          <ul className="labor-tabs__list">
            {tabs.map((value) => (
              <li key={value}>
                <NavLink
                  to={value === 'entries' ? '/labor' : `/labor/${value}`}
                  end
                  className="labor-tabs__link"
                >
                  {t(`labor.tabs.${value}`)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {tab === 'reports' ? (
        <ReportPanel />
      ) : tab === 'rates' ? (
        <WageRatesPanel />
      ) : (
        <EntriesPanel />
      )}
    </div>
  )
}
