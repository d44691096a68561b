// i18next setup shared by every web surface: supported locales, how the first locale is
// chosen, and one instance factory that keeps <html lang> in step with the language.
import { DEFAULT_LOCALE, SUPPORTED_LOCALES, type Locale } from '@growops/domain'
import i18next, { type i18n, type Resource } from 'i18next'
import { initReactI18next } from 'react-i18next'

/** Whether `value` is a locale the app ships translations for. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value)
}

/** Maps a BCP 47 tag such as `es-MX` to a supported locale, or null. */
export function matchLocale(tag: string | null | undefined): Locale | null {
  if (!tag) return null
  const base = tag.trim().toLowerCase().split(/[-_]/)[0]
  return isLocale(base) ? base : null
}

export interface LocaleSources {
  /** What the person chose on this device (localStorage). */
  stored?: string | null
  /** The signed-in user's saved preference. */
  userLocale?: string | null
  /** `navigator.languages` (or `[navigator.language]`). */
  browserLanguages?: readonly string[]
}

/** First match of: stored choice, user's preference, browser languages, then English. */
export function resolveLocale(sources: LocaleSources): Locale {
  const candidates = [sources.stored, sources.userLocale, ...(sources.browserLanguages ?? [])]
  for (const candidate of candidates) {
    const locale = matchLocale(candidate)
    if (locale) return locale
  }
  return DEFAULT_LOCALE
}

export interface CreateI18nOptions {
  resources: Resource
  lng: Locale
  /** Set `<html lang>` on every language change (off in tests without a DOM). */
  syncDocumentLang?: boolean
}

/**
 * A ready i18next instance bound to react-i18next. Resources are bundled, so
 * initialisation is synchronous and the first render is already translated.
 */
export function createI18n({ resources, lng, syncDocumentLang = true }: CreateI18nOptions): i18n {
  const instance = i18next.createInstance()
  if (syncDocumentLang && typeof document !== 'undefined') {
    instance.on('languageChanged', (language) => {
      document.documentElement.lang = language
    })
  }
  void instance.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...SUPPORTED_LOCALES],
    initAsync: false,
    // React escapes rendered text already.
    interpolation: { escapeValue: false },
    returnEmptyString: false,
    react: { useSuspense: false },
  })
  return instance
}
