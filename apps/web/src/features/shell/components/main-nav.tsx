import { useTranslation } from 'react-i18next'
import { NavLink } from 'react-router'

/** Links to pages that exist; NavLink marks the current one with aria-current="page". */
export function MainNav() {
  const { t } = useTranslation()
  return (
    <nav aria-label={t('common.shell.mainNavigation')} className="main-nav">
      <ul className="main-nav__list">
        <li>
          <NavLink to="/" end className="main-nav__link">
            {t('common.shell.nav.dashboard')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/facility" className="main-nav__link">
            {t('common.shell.nav.facility')}
          </NavLink>
        </li>
      </ul>
    </nav>
  )
}
