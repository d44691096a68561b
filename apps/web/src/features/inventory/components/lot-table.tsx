import { EmptyState } from '@growops/ui'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { formatCents, formatDate, formatDay, formatQuantity } from '../format.ts'
import type { InventoryLot } from '../inventory-types.ts'

/** The item's lots, in the order uses take them; emptied lots after. */
export function LotTable({ lots, unit }: { lots: readonly InventoryLot[]; unit: string }) {
  const { t, i18n } = useTranslation()
  const id = useId()
  const lng = i18n.language
  const none = t('inventory.none')
  return (
    <section className="card stack" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="card__heading">
        {t('inventory.lots.heading')}
      </h2>
      {lots.length === 0 ? (
        <EmptyState title={t('inventory.lots.empty.title')} headingLevel={3}>
          <p>{t('inventory.lots.empty.body')}</p>
        </EmptyState>
      ) : (
        <table className="inv-table" data-testid="lots">
          <thead>
            <tr>
              <th scope="col">{t('inventory.lots.lot')}</th>
              <th scope="col">{t('inventory.lots.onHand')}</th>
              <th scope="col">{t('inventory.lots.expires')}</th>
              <th scope="col">{t('inventory.lots.received')}</th>
              <th scope="col">{t('inventory.lots.supplier')}</th>
              <th scope="col">{t('inventory.lots.unitCost')}</th>
              <th scope="col">{t('inventory.lots.value')}</th>
            </tr>
          </thead>
          <tbody>
            {lots.map((lot) => (
              <tr key={lot.id} data-empty={lot.quantityOnHand <= 0 ? 'true' : undefined}>
                <th scope="row" className="mono">
                  {lot.lotCode}
                </th>
                <td data-label={t('inventory.lots.onHand')}>
                  {formatQuantity(lng, lot.quantityOnHand)} {unit}
                </td>
                <td data-label={t('inventory.lots.expires')}>
                  {lot.expiresAt ? formatDay(lng, lot.expiresAt) : none}
                </td>
                <td data-label={t('inventory.lots.received')}>{formatDate(lng, lot.receivedAt)}</td>
                <td data-label={t('inventory.lots.supplier')}>{lot.supplier ?? none}</td>
                <td data-label={t('inventory.lots.unitCost')}>
                  {lot.unitCostCents === null ? none : formatCents(lng, lot.unitCostCents)}
                </td>
                <td data-label={t('inventory.lots.value')}>
                  {lot.valueCents === null ? none : formatCents(lng, lot.valueCents)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
