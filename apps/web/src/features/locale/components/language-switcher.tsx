import { LanguageSelect } from '@growops/ui'
import { useTranslation } from 'react-i18next'
import { useChangeLocale, useCurrentLocale } from '../hooks/use-locale.ts'

export interface LanguageSwitcherProps {
  className?: string
  hideLabel?: boolean
}

/** The "Language" select, wired to i18next, localStorage and the user's account. */
export function LanguageSwitcher({ className, hideLabel }: LanguageSwitcherProps) {
  const { t } = useTranslation()
  const locale = useCurrentLocale()
  const changeLocale = useChangeLocale()
  return (
    <LanguageSelect
      className={className}
      hideLabel={hideLabel}
      value={locale}
      onChange={changeLocale}
      label={t('common.language')}
      languageNames={{ en: t('common.languages.en'), es: t('common.languages.es') }}
    />
  )
}
