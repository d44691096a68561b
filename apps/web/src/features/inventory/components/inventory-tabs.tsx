import { useTranslation } from 'react-i18next'
import { NavLink } from 'react-router'

/** Items and batch costs: the two inventory pages. */
export function InventoryTabs() {
  const { t } = useTranslation()
  return (
    <nav aria-label={t('inventory.tabs.label')} className="inv-tabs">
      <NavLink to="/inventory" end className="inv-tabs__link">
        {t('inventory.tabs.items')}
      </NavLink>
      <NavLink to="/inventory/costs" className="inv-tabs__link">
        {t('inventory.tabs.costs')}
      </NavLink>
    </nav>
  )
}
