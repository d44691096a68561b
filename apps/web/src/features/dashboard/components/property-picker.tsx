import { useId } from 'react'
import { useTranslation } from 'react-i18next'

interface PropertyPickerProps {
  properties: readonly { id: string; code: string; name: string }[]
  value: string
  onChange: (propertyId: string) => void
}

/** Which property the dashboard shows; only drawn when there is more than one. */
export function PropertyPicker({ properties, value, onChange }: PropertyPickerProps) {
  const { t } = useTranslation()
  const id = useId()
  if (properties.length < 2) return null
  return (
    <div className="dash-picker">
      <label htmlFor={id} className="ui-field__label">
        {t('dashboard.property')}
      </label>
      <select
        id={id}
        className="ui-select"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {properties.map((property) => (
          <option key={property.id} value={property.id}>
            {t('facility.codeAndName', { code: property.code, name: property.name })}
          </option>
        ))}
      </select>
    </div>
  )
}
