import { useTranslation } from 'react-i18next'
import type { ScanMode } from '../scan-modes.ts'

/**
 * What the next scans are for: radio buttons drawn as large segments (arrow keys move). Only
 * the modes the person's role can use are given; with a single one there is nothing to pick.
 */
export function ModePicker({
  mode,
  modes,
  onChange,
}: {
  mode: ScanMode
  modes: readonly ScanMode[]
  onChange: (mode: ScanMode) => void
}) {
  const { t } = useTranslation()
  if (modes.length < 2) return null
  return (
    <fieldset className="scan-modes">
      <legend className="ui-visually-hidden">{t('scan.modes.legend')}</legend>
      {modes.map((item) => (
        <label key={item} className="scan-modes__option">
          <input
            type="radio"
            name="scan-mode"
            value={item}
            checked={mode === item}
            onChange={() => onChange(item)}
            className="scan-modes__input"
          />
          <span className="scan-modes__label">{t(`scan.modes.${item}`)}</span>
        </label>
      ))}
    </fieldset>
  )
}
