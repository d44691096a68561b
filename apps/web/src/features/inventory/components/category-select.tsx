import { InventoryCategorySchema, type InventoryCategory } from '@growops/domain'
import { useTranslation } from 'react-i18next'

interface CategorySelectProps {
  id: string
  label: string
  value: InventoryCategory | ''
  onChange: (value: InventoryCategory | '') => void
  /** The text of the empty choice (a filter's "All categories"); none = a category is required. */
  emptyLabel?: string
}

export function CategorySelect({ id, label, value, onChange, emptyLabel }: CategorySelectProps) {
  const { t } = useTranslation()
  return (
    <div className="ui-field">
      <label className="ui-field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="ui-select"
        value={value}
        onChange={(event) => onChange(event.target.value as InventoryCategory | '')}
      >
        {emptyLabel ? <option value="">{emptyLabel}</option> : null}
        {InventoryCategorySchema.options.map((category) => (
          <option key={category} value={category}>
            {t(`inventory.categories.${category}`)}
          </option>
        ))}
      </select>
    </div>
  )
}
