import { useTranslation } from 'react-i18next'

export const SCAN_MODES = ['lookup', 'move', 'place', 'harvest', 'audit'] as const
export type ScanMode = (typeof SCAN_MODES)[number]

export function readScanMode(value: string | null): ScanMode {
  return SCAN_MODES.find((mode) => mode === value) ?? 'lookup'
}

/** What the next scans are for: radio buttons drawn as large segments (arrow keys move). */
export function ModePicker({
  mode,
  onChange,
}: {
  mode: ScanMode
  onChange: (mode: ScanMode) => void
}) {
  const { t } = useTranslation()
  return (
    <fieldset className="scan-modes">
      <legend className="ui-visually-hidden">{t('scan.modes.legend')}</legend>
      {SCAN_MODES.map((item) => (
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
