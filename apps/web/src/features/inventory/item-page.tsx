import { Alert, LoadingState } from '@growops/ui'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { useActiveOrganization } from '../../app/active-organization.tsx'
import { trpc } from '../../app/trpc.ts'
import { useDocumentTitle } from '../../app/use-document-title.ts'
import { ItemSettings } from './components/item-settings.tsx'
import { LotTable } from './components/lot-table.tsx'
import { StockChangePanel } from './components/stock-change-panel.tsx'
import { TransactionList } from './components/transaction-list.tsx'
import { formatQuantity } from './format.ts'
import { describeInventoryError } from './inventory-errors.ts'
import './inventory.css'

/** `/inventory/:itemId`: on hand, the stock forms, lots, the ledger and the item's settings. */
export function ItemPage() {
  const { t, i18n } = useTranslation()
  const { itemId = '' } = useParams()
  const { organizationId, canWrite } = useActiveOrganization()
  const detail = trpc.inventory.item.useQuery({ organizationId, itemId })
  useDocumentTitle(detail.data?.item.name ?? t('inventory.pageTitle'))
  const writer = canWrite('INVENTORY')

  const back = (
    <p>
      <Link to="/inventory">{t('inventory.item.back')}</Link>
    </p>
  )
  if (detail.isPending) return <LoadingState label={t('inventory.item.loading')} />
  if (detail.isError)
    return (
      <div className="page stack">
        {back}
        <Alert>{describeInventoryError(i18n, detail.error)}</Alert>
      </div>
    )
  const { item, lots } = detail.data
  return (
    <div className="page stack">
      {back}
      <div className="inv-item-head">
        <div>
          <h1>{item.name}</h1>
          <p className="meta">
            {t('inventory.item.summary', {
              sku: item.sku,
              category: t(`inventory.categories.${item.category}`),
              unit: item.unit,
            })}
          </p>
        </div>
        <div className="inv-onhand" data-testid="on-hand">
          <span className="inv-onhand__label">{t('inventory.item.onHand')}</span>
          <span className="inv-onhand__value">
            {formatQuantity(i18n.language, item.onHand)} {item.unit}
          </span>
          {item.lowStock ? (
            <span className="pill" data-tone="danger">
              {t('inventory.items.low')}
            </span>
          ) : null}
          {item.archived ? (
            <span className="pill" data-tone="muted">
              {t('inventory.items.archived')}
            </span>
          ) : null}
          <span className="meta">
            {item.restockThreshold === null
              ? t('inventory.item.noThreshold')
              : t('inventory.item.restockAt', {
                  quantity: formatQuantity(i18n.language, item.restockThreshold),
                  unit: item.unit,
                })}
          </span>
        </div>
      </div>
      {writer && !item.archived ? <StockChangePanel item={item} lots={lots} /> : null}
      <LotTable lots={lots} unit={item.unit} />
      <TransactionList itemId={item.id} />
      {writer ? <ItemSettings key={item.id} item={item} /> : null}
    </div>
  )
}
