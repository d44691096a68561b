import { EmptyState } from '@growops/ui'
import { useTranslation } from 'react-i18next'
import { useDocumentTitle } from '../../app/use-document-title.ts'
import { useCurrentUser } from '../auth/hooks/use-session.ts'

export function DashboardPage() {
  const { t } = useTranslation()
  const { user } = useCurrentUser()
  useDocumentTitle(t('dashboard.pageTitle'))
  return (
    <div className="page stack">
      <div>
        <h1>{t('dashboard.heading')}</h1>
        <p className="muted">{t('dashboard.welcome', { name: user.name })}</p>
      </div>
      <EmptyState title={t('dashboard.empty.title')}>
        <p>{t('dashboard.empty.body')}</p>
      </EmptyState>
    </div>
  )
}
