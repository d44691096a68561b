import { LoadingState } from '@growops/ui'
import { useTranslation } from 'react-i18next'
import { Outlet } from 'react-router'
import { useFollowUserLocale } from '../../locale/hooks/use-locale.ts'
import { useSessionQuery } from '../hooks/use-session.ts'
import { ApiUnavailable } from './api-unavailable.tsx'

/**
 * Every route waits here until the api has said who is signed in: a spinner while
 * asking, a retry screen when the api can't be reached.
 */
export function SessionGate() {
  const { t } = useTranslation()
  const session = useSessionQuery()
  useFollowUserLocale(session.data?.user.locale)

  if (session.isPending) {
    return (
      <main id="main" className="page-centered">
        <LoadingState label={t('common.loadingWorkspace')} />
      </main>
    )
  }
  if (session.isError) {
    return <ApiUnavailable retrying={session.isFetching} onRetry={() => void session.refetch()} />
  }
  return <Outlet />
}
