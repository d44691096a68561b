// The app's i18next instance and the device-level language preference.
import type { Locale } from '@growops/domain'
import { createI18n, isLocale, resolveLocale } from '@growops/ui'
import { registerAreaTranslations } from '../locales/area-translations.ts'
import { coreResources } from '../locales/core-resources.ts'

const STORAGE_KEY = 'growops.locale'

/** The language chosen on this device, if any (storage can be unavailable). */
export function readStoredLocale(): Locale | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY)
    return isLocale(value) ? value : null
  } catch {
    return null
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale)
  } catch {
    // Private browsing or disabled storage: the choice lasts for this visit only.
  }
}

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return []
  return navigator.languages.length > 0 ? navigator.languages : [navigator.language]
}

/** Created once at start-up; the user's saved locale is applied when `auth.me` answers. */
export function createAppI18n() {
  const lng = resolveLocale({ stored: readStoredLocale(), browserLanguages: browserLanguages() })
  const i18n = createI18n({ resources: coreResources, lng })
  registerAreaTranslations(i18n)
  document.documentElement.lang = lng
  return i18n
}
