import { useTranslation } from 'react-i18next'
import { FieldError } from '../../live/components/field-error.tsx'

interface ZoneChoice {
  id: string
  name: string
  escortRequired: boolean
}

/** Checkboxes of zones in a fieldset; the error names the group. */
export function ZoneChoices({
  zones,
  value,
  onChange,
  invalid,
  errorId,
  legend,
  errorMessage,
  className = 'choice-row',
}: {
  zones: readonly ZoneChoice[]
  value: readonly string[]
  onChange: (zoneIds: string[]) => void
  invalid: boolean
  errorId: string
  legend: string
  errorMessage: string
  className?: string
}) {
  const { t } = useTranslation()
  return (
    <fieldset
      className="live-fieldset"
      aria-invalid={invalid ? true : undefined}
      aria-describedby={invalid ? errorId : undefined}
    >
      <legend className="ui-field__label">{legend}</legend>
      <div className={className}>
        {zones.map((zone) => (
          <label key={zone.id} className="choice">
            <input
              type="checkbox"
              checked={value.includes(zone.id)}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? [...value, zone.id]
                    : value.filter((zoneId) => zoneId !== zone.id),
                )
              }
            />
            {zone.escortRequired ? t('visitors.zones.nameEscort', { name: zone.name }) : zone.name}
          </label>
        ))}
      </div>
      <FieldError id={errorId} message={invalid ? errorMessage : null} />
    </fieldset>
  )
}
