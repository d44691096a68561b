// The kiosk's device token, kept in this browser's storage after a manager opens
// `/kiosk?token=…` once, so the lobby tablet stays signed in as the kiosk (and nothing else).
import { KioskTokenSchema } from '@growops/domain'

export const KIOSK_TOKEN_KEY = 'growops.kioskToken'

interface TokenStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

function storage(): TokenStorage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

/** The token a `?token=` link carries, when it has the format of one. */
export function tokenFromSearch(search: string): string | null {
  const token = new URLSearchParams(search).get('token')
  if (token === null) return null
  const parsed = KioskTokenSchema.safeParse(token)
  return parsed.success ? parsed.data : null
}

export function readKioskToken(store: TokenStorage | null = storage()): string | null {
  const token = store?.getItem(KIOSK_TOKEN_KEY) ?? null
  return token !== null && KioskTokenSchema.safeParse(token).success ? token : null
}

export function storeKioskToken(token: string, store: TokenStorage | null = storage()): void {
  store?.setItem(KIOSK_TOKEN_KEY, token)
}

export function forgetKioskToken(store: TokenStorage | null = storage()): void {
  store?.removeItem(KIOSK_TOKEN_KEY)
}
