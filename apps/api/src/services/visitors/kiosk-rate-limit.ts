// A simple fixed-window limit on the public kiosk procedures (VIS9): per kiosk for what a signed-in
// kiosk does, and per client address for attempts with a token that is not valid. Kept in memory:
// each api instance counts its own requests, which is enough to stop a script hammering a lobby
// tablet's token or guessing badge codes, and needs no table.
import { DomainError } from '@growops/domain'

export const KIOSK_LIMITS = {
  windowMs: 60_000,
  /** Check-ins, check-outs and session loads of one kiosk per window. */
  perKiosk: 60,
  /** Refused tokens from one address per window. */
  badTokensPerAddress: 10,
} as const

interface Window {
  start: number
  count: number
}

const MAX_KEYS = 10_000

export interface RateLimiter {
  /** Counts one hit for `key`; throws KIOSK.TOO_MANY_REQUESTS past `limit` in the window. */
  hit(key: string, limit: number, now?: number): void
  /** Whether `key` is already past `limit` (without counting). */
  exceeded(key: string, limit: number, now?: number): boolean
  reset(): void
}

export function createRateLimiter(windowMs: number = KIOSK_LIMITS.windowMs): RateLimiter {
  const windows = new Map<string, Window>()
  function current(key: string, now: number): Window {
    let window = windows.get(key)
    if (!window || now - window.start >= windowMs) {
      // Forget finished windows before the map grows without bound.
      if (windows.size >= MAX_KEYS) {
        for (const [other, value] of windows) {
          if (now - value.start >= windowMs) windows.delete(other)
        }
        if (windows.size >= MAX_KEYS) windows.clear()
      }
      window = { start: now, count: 0 }
      windows.set(key, window)
    }
    return window
  }
  return {
    hit(key, limit, now = Date.now()) {
      const window = current(key, now)
      window.count += 1
      if (window.count > limit) {
        const waitSeconds = Math.ceil((window.start + windowMs - now) / 1000)
        throw new DomainError(
          'KIOSK.TOO_MANY_REQUESTS',
          `Too many attempts at this kiosk. Try again in ${waitSeconds} seconds.`,
          { retryAfterSeconds: waitSeconds },
        )
      }
    },
    exceeded(key, limit, now = Date.now()) {
      return current(key, now).count >= limit
    },
    reset() {
      windows.clear()
    },
  }
}

/** The api process's limiter for kiosk procedures. */
export const kioskRateLimiter = createRateLimiter()
