import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { RouterOutputs } from '../../../app/trpc.ts'
import { formatDay, formatQuantity } from '../format.ts'

type ItemRow = RouterOutputs['inventory']['items'][number]

/** Items with what is on hand; a table on wide screens, one card per item on phones. */
export function ItemTable({ items }: { items: readonly ItemRow[] }) {
  const { t, i18n } = useTranslation()
  const lng = i18n.language
  const none = t('inventory.none')
  return (
    <table className="inv-table" data-testid="inventory-items">
      <thead>
        <tr>
          <th scope="col">{t('inventory.items.item')}</th>
          <th scope="col">{t('inventory.items.onHand')}</th>
          <th scope="col">{t('inventory.items.status')}</th>
          <th scope="col">{t('inventory.items.category')}</th>
          <th scope="col">{t('inventory.items.restockAt')}</th>
          <th scope="col">{t('inventory.items.nextExpiry')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id} data-testid="inventory-item">
            <th scope="row">
              <Link to={`/inventory/${item.id}`} className="inv-table__name">
                {item.name}
              </Link>
              <span className="meta mono inv-table__sku">{item.sku}</span>
            </th>
            <td data-label={t('inventory.items.onHand')} className="inv-table__number">
              {formatQuantity(lng, item.onHand)} {item.unit}
            </td>
            <td data-label={t('inventory.items.status')}>
              {item.archived ? (
                <span className="pill" data-tone="muted">
                  {t('inventory.items.archived')}
                </span>
              ) : item.lowStock ? (
                <span className="pill" data-tone="danger">
                  {t('inventory.items.low')}
                </span>
              ) : (
                <span className="pill" data-tone="info">
                  {t('inventory.items.ok')}
                </span>
              )}
            </td>
            <td data-label={t('inventory.items.category')}>
              {t(`inventory.categories.${item.category}`)}
            </td>
            <td data-label={t('inventory.items.restockAt')}>
              {item.restockThreshold === null
                ? none
                : `${formatQuantity(lng, item.restockThreshold)} ${item.unit}`}
            </td>
            <td data-label={t('inventory.items.nextExpiry')}>
              {item.nextExpiry ? formatDay(lng, item.nextExpiry) : none}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
