// Lucia-style session tokens, shared by the api (which signs people in) and the collab
// server (which admits their WebSocket connections). The cookie holds a random token; the
// database keeps only its SHA-256, so a leaked sessions table cannot be replayed as cookies.
import { sha256 } from '@oslojs/crypto/sha2'
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding'
import { randomBytes } from 'node:crypto'

export const SESSION_COOKIE_NAME = 'growops_session'
export const SESSION_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000
/** A session used within this much of its expiry is extended (sliding expiry). */
export const SESSION_RENEW_WITHIN_MS = 15 * 24 * 60 * 60 * 1000

/** 160 random bits, base32 so it is cookie- and URL-safe. */
export function generateSessionToken(): string {
  return encodeBase32LowerCaseNoPadding(randomBytes(20))
}

export function sessionIdFromToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)))
}

/** The session token in a Cookie header, or null. Malformed cookies are ignored, never thrown. */
export function sessionTokenFromCookieHeader(header: string | null | undefined): string | null {
  if (!header) return null
  for (const part of header.split(';')) {
    const separator = part.indexOf('=')
    if (separator <= 0 || part.slice(0, separator).trim() !== SESSION_COOKIE_NAME) continue
    try {
      return decodeURIComponent(part.slice(separator + 1).trim()) || null
    } catch {
      return null
    }
  }
  return null
}
