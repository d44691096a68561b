import { Alert } from '@growops/ui'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatCents, formatQuantity, formatSignedQuantity } from '../format.ts'
import type { InventoryItem, InventoryLot, StockChangeResult } from '../inventory-types.ts'
import { LotChangeForm } from './lot-change-form.tsx'
import { ReceiveForm } from './receive-form.tsx'
import { UseForm } from './use-form.tsx'

const ACTIONS = ['USE', 'RECEIVE', 'ADJUST', 'DISPOSE'] as const
type Action = (typeof ACTIONS)[number]

/** One stock form at a time (the chosen action), so a phone shows a short form. */
export function StockChangePanel({
  item,
  lots,
}: {
  item: InventoryItem
  lots: readonly InventoryLot[]
}) {
  const { t, i18n } = useTranslation()
  const id = useId()
  const [action, setAction] = useState<Action>(lots.length > 0 ? 'USE' : 'RECEIVE')
  const [done, setDone] = useState<string | null>(null)

  function recorded(result: StockChangeResult) {
    const change = result.transactions.reduce((sum, row) => sum + row.quantity, 0)
    const cost = result.transactions.reduce((sum, row) => sum + (row.costCents ?? 0), 0)
    const costed = result.transactions.some((row) => row.costCents !== null)
    setDone(
      t('inventory.done', {
        change: formatSignedQuantity(i18n.language, change),
        unit: item.unit,
        lots: result.transactions.map((row) => row.lot.lotCode).join(', '),
        onHand: formatQuantity(i18n.language, result.item.onHand),
      }) +
        (costed ? ` ${t('inventory.doneCost', { cost: formatCents(i18n.language, cost) })}` : ''),
    )
  }

  function choose(next: Action) {
    setAction(next)
    setDone(null)
  }

  return (
    <section className="card stack" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="card__heading">
        {t('inventory.stock.heading')}
      </h2>
      <fieldset className="live-fieldset">
        <legend className="ui-field__label">{t('inventory.stock.action')}</legend>
        <div className="choice-row inv-actions">
          {ACTIONS.map((value) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name={`${id}-action`}
                checked={action === value}
                onChange={() => choose(value)}
              />
              {t(`inventory.stock.actions.${value}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {action === 'RECEIVE' ? <ReceiveForm item={item} onDone={recorded} /> : null}
      {action === 'USE' ? <UseForm item={item} lots={lots} onDone={recorded} /> : null}
      {action === 'ADJUST' || action === 'DISPOSE' ? (
        <LotChangeForm key={action} kind={action} item={item} lots={lots} onDone={recorded} />
      ) : null}
      <Alert tone="info">{done}</Alert>
    </section>
  )
}
