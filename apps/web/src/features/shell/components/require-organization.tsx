import { EmptyState } from '@growops/ui'
import { useTranslation } from 'react-i18next'
import { Outlet } from 'react-router'
import { useActiveOrganizationOrNull } from '../../../app/active-organization.tsx'

/** Pages about an organization's data: people without a membership get an explanation. */
export function RequireOrganization() {
  const { t } = useTranslation()
  if (!useActiveOrganizationOrNull()) {
    return (
      <div className="page stack">
        <h1>{t('common.noOrganization.title')}</h1>
        <EmptyState title={t('common.noOrganization.subtitle')}>
          <p>{t('common.noOrganization.body')}</p>
        </EmptyState>
      </div>
    )
  }
  return <Outlet />
}
