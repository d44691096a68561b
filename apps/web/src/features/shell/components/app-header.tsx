import { useEffect, useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'react-router'
import { ConnectionBadge } from '../../live/components/connection-badge.tsx'
import { LanguageSwitcher } from '../../locale/components/language-switcher.tsx'
import { NotificationBell } from '../../notifications/components/notification-bell.tsx'
import { useDisclosure } from '../hooks/use-disclosure.ts'
import { MainNav } from './main-nav.tsx'
import { OrganizationSwitcher } from './organization-switcher.tsx'
import { SignOutButton } from './sign-out-button.tsx'

/**
 * Product, organization and role (a switcher for people in several), live connection state and
 * notifications, then navigation, language and sign-out. On narrow screens (≤ 640px) the last
 * group folds behind a menu button.
 */
export function AppHeader() {
  const { t } = useTranslation()
  const menu = useDisclosure()
  const panelId = useId()
  const { pathname } = useLocation()
  const { close } = menu

  useEffect(() => close(), [pathname, close])

  return (
    <header className="shell__header">
      <div className="shell__bar">
        <div className="shell__identity">
          <p className="brand">{t('common.productName')}</p>
          <OrganizationSwitcher />
        </div>
        {/* Outside the menu: connection state and notifications stay in view on phones. */}
        <div className="shell__live">
          <ConnectionBadge />
          <NotificationBell />
        </div>
        <button
          type="button"
          className="shell__menu-button"
          aria-expanded={menu.open}
          aria-controls={panelId}
          onClick={menu.toggle}
        >
          <span className="shell__menu-icon" aria-hidden="true" />
          {t('common.shell.menu')}
        </button>
      </div>
      <div
        id={panelId}
        className="shell__panel"
        data-open={menu.open}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && menu.open) menu.close()
        }}
      >
        <MainNav />
        <div className="shell__actions">
          <LanguageSwitcher className="shell__language" hideLabel />
          <SignOutButton />
        </div>
      </div>
    </header>
  )
}
