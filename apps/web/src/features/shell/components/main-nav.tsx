import { canClockOwnTime } from '@growops/domain'
import { useTranslation } from 'react-i18next'
import { NavLink } from 'react-router'
import { useActiveOrganizationOrNull } from '../../../app/active-organization.tsx'

/** Links to pages that exist; NavLink marks the current one with aria-current="page". */
export function MainNav() {
  const { t } = useTranslation()
  // The floor pages are about an organization's data: shown to members only.
  const active = useActiveOrganizationOrNull()
  const member = active !== null
  const clocks = active !== null && canClockOwnTime(active.role)
  const floor = [
    { to: '/tasks', label: t('common.shell.nav.tasks') },
    { to: '/scan', label: t('scan.nav') },
    ...(clocks ? [{ to: '/time', label: t('common.shell.nav.time') }] : []),
    { to: '/labor', label: t('common.shell.nav.labor') },
    { to: '/harvest', label: t('weights.nav') },
    { to: '/alerts', label: t('live.nav.alerts') },
    { to: '/announcements', label: t('live.nav.announcements') },
    { to: '/shift-notes', label: t('live.nav.shiftNotes') },
    { to: '/documents', label: t('common.shell.nav.documents') },
    { to: '/sensors', label: t('live.nav.sensors') },
    { to: '/visitors', label: t('common.shell.nav.visitors') },
    { to: '/inventory', label: t('common.shell.nav.inventory') },
  ]
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
        {member
          ? floor.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} className="main-nav__link">
                  {item.label}
                </NavLink>
              </li>
            ))
          : null}
      </ul>
    </nav>
  )
}
