import { useTranslation } from 'react-i18next'
import { COLOUR_MODES, type ColourMode } from '../room-types.ts'

/** "Colour by: status / batch / stage" as a radio group (arrow keys move between them). */
export function ColourModePicker({
  value,
  onChange,
}: {
  value: ColourMode
  onChange: (mode: ColourMode) => void
}) {
  const { t } = useTranslation()
  return (
    <fieldset className="segmented">
      <legend className="segmented__legend">{t('rooms.colour.legend')}</legend>
      <div className="segmented__options">
        {COLOUR_MODES.map((mode) => (
          <label key={mode} className="segmented__option">
            <input
              type="radio"
              name="colour-mode"
              value={mode}
              checked={value === mode}
              onChange={() => onChange(mode)}
            />
            <span>{t(`rooms.colour.${mode}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
