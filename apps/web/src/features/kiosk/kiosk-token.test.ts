import { describe, expect, it } from 'vitest'
import {
  forgetKioskToken,
  KIOSK_TOKEN_KEY,
  readKioskToken,
  storeKioskToken,
  tokenFromSearch,
} from './kiosk-token.ts'

const TOKEN = `gk_${'a'.repeat(43)}`

function memoryStorage() {
  const items = new Map<string, string>()
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  }
}

describe('kiosk token', () => {
  it('reads a well-formed token from the link and ignores anything else', () => {
    expect(tokenFromSearch(`?token=${TOKEN}`)).toBe(TOKEN)
    expect(tokenFromSearch('?token=nope')).toBeNull()
    expect(tokenFromSearch('')).toBeNull()
  })

  it('keeps the token on the device until it is forgotten; a damaged one reads as none', () => {
    const store = memoryStorage()
    expect(readKioskToken(store)).toBeNull()
    storeKioskToken(TOKEN, store)
    expect(readKioskToken(store)).toBe(TOKEN)
    forgetKioskToken(store)
    expect(readKioskToken(store)).toBeNull()
    store.items.set(KIOSK_TOKEN_KEY, 'gk_short')
    expect(readKioskToken(store)).toBeNull()
  })
})
