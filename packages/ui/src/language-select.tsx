import { useId } from 'react'
import { SUPPORTED_LOCALES, type Locale } from '@growops/domain'

export interface LanguageSelectProps {
  value: Locale
  onChange: (locale: Locale) => void
  /** Translated accessible name, e.g. "Language". */
  label: string
  /** Each language's name as shown in the list, e.g. { en: 'English', es: 'Español' }. */
  languageNames: Record<Locale, string>
  /** Hide the label visually (it stays the accessible name). */
  hideLabel?: boolean
  className?: string
}

/** A native <select> of the supported languages; each option carries its own `lang`. */
export function LanguageSelect({
  value,
  onChange,
  label,
  languageNames,
  hideLabel = false,
  className,
}: LanguageSelectProps) {
  const id = useId()
  return (
    <div className={className ? `ui-language-select ${className}` : 'ui-language-select'}>
      <label htmlFor={id} className={hideLabel ? 'ui-visually-hidden' : 'ui-field__label'}>
        {label}
      </label>
      <select
        id={id}
        className="ui-select"
        value={value}
        onChange={(event) => {
          const next = SUPPORTED_LOCALES.find((locale) => locale === event.target.value)
          if (next) onChange(next)
        }}
      >
        {SUPPORTED_LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {languageNames[locale]}
          </option>
        ))}
      </select>
    </div>
  )
}
