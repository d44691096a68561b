import { useTranslation } from 'react-i18next'
import { formatDay, formatQuantity } from '../format.ts'
import type { InventoryLot } from '../inventory-types.ts'

interface LotSelectProps {
  id: string
  lots: readonly InventoryLot[]
  unit: string
  value: string
  onChange: (lotId: string) => void
  /** Offer "first to expire" (a use) instead of requiring a lot. */
  automatic?: boolean
  /** Lots that hold nothing too (a positive adjustment may refill one). */
  includeEmpty?: boolean
  error?: string | null
}

/** The lots of an item with what each holds, in the order uses take them. */
export function LotSelect({
  id,
  lots,
  unit,
  value,
  onChange,
  automatic = false,
  includeEmpty = false,
  error = null,
}: LotSelectProps) {
  const { t, i18n } = useTranslation()
  const shown = includeEmpty ? lots : lots.filter((lot) => lot.quantityOnHand > 0)
  return (
    <div className="ui-field">
      <label className="ui-field__label" htmlFor={id}>
        {t('inventory.form.lot')}
      </label>
      <select
        id={id}
        className="ui-select"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {automatic ? (
          <option value="">{t('inventory.form.lotAutomatic')}</option>
        ) : (
          <option value="">{t('inventory.form.lotChoose')}</option>
        )}
        {shown.map((lot) => (
          <option key={lot.id} value={lot.id}>
            {t('inventory.form.lotOption', {
              lot: lot.lotCode,
              quantity: formatQuantity(i18n.language, lot.quantityOnHand),
              unit,
              expiry: lot.expiresAt
                ? t('inventory.form.lotExpires', { date: formatDay(i18n.language, lot.expiresAt) })
                : '',
            })}
          </option>
        ))}
      </select>
      {error ? (
        <p id={`${id}-error`} className="ui-field__error">
          {error}
        </p>
      ) : null}
    </div>
  )
}
