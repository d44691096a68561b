import { DEFAULT_LOCALE, type Locale } from '@growops/domain'
import { isLocale } from '@growops/ui'
import { useCallback, useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { readStoredLocale, storeLocale } from '../../../app/i18n.ts'
import { trpc } from '../../../app/trpc.ts'

/** The language the interface is in now. */
export function useCurrentLocale(): Locale {
  const { i18n } = useTranslation()
  const language = i18n.resolvedLanguage ?? i18n.language
  return isLocale(language) ? language : DEFAULT_LOCALE
}

/**
 * Applies a signed-in user's saved language, unless this device has a choice of its
 * own (the order is: device choice, user preference, browser, English).
 */
export function useApplyUserLocale(): (userLocale: string | null | undefined) => void {
  const { i18n } = useTranslation()
  return useCallback(
    (userLocale) => {
      if (readStoredLocale() !== null || !isLocale(userLocale)) return
      if (i18n.language !== userLocale) void i18n.changeLanguage(userLocale)
    },
    [i18n],
  )
}

/** Follows the user's saved language whenever `auth.me` brings a new one. */
export function useFollowUserLocale(userLocale: string | null | undefined): void {
  const applyUserLocale = useApplyUserLocale()
  useEffect(() => applyUserLocale(userLocale), [applyUserLocale, userLocale])
}

/**
 * Switches the interface language: remembered on this device and, when someone is
 * signed in, saved to their account so their other devices follow.
 */
export function useChangeLocale(): (locale: Locale) => void {
  const { i18n } = useTranslation()
  const utils = trpc.useUtils()
  const saveLocale = trpc.auth.setLocale.useMutation()
  const { mutate } = saveLocale
  return useCallback(
    (locale) => {
      storeLocale(locale)
      void i18n.changeLanguage(locale)
      const me = utils.auth.me.getData()
      if (!me) return
      utils.auth.me.setData(undefined, { ...me, user: { ...me.user, locale } })
      // The device choice already applies; a failed save only affects other devices.
      mutate({ locale }, { onError: () => void utils.auth.me.invalidate() })
    },
    [i18n, utils, mutate],
  )
}
