import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Outlet, useLocation } from 'react-router'
import { ActiveOrganizationProvider } from '../../../app/active-organization.tsx'
import '../../../styles/live.css'
import { UrgentAnnouncementBanner } from '../../announcements/components/urgent-banner.tsx'
import { LiveProvider } from '../../live/live-provider.tsx'
import { AppHeader } from './app-header.tsx'

/**
 * The signed-in frame: skip link, header with navigation, urgent announcements, and the page in
 * <main>; one live connection for all of it.
 */
export function AppShell() {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  const mainRef = useRef<HTMLElement>(null)
  const firstPath = useRef(pathname)

  // After an in-app navigation, start keyboard and screen-reader users at the new page.
  useEffect(() => {
    if (pathname !== firstPath.current) mainRef.current?.focus()
  }, [pathname])

  return (
    <ActiveOrganizationProvider>
      <LiveProvider>
        <div className="shell">
          <a className="skip-link" href="#main">
            {t('common.skipToContent')}
          </a>
          <AppHeader />
          <UrgentAnnouncementBanner />
          <main id="main" ref={mainRef} tabIndex={-1} className="shell__main">
            <Outlet />
          </main>
        </div>
      </LiveProvider>
    </ActiveOrganizationProvider>
  )
}
