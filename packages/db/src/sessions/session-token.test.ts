import { sha256 } from '@oslojs/crypto/sha2'
import { encodeHexLowerCase } from '@oslojs/encoding'
import { describe, expect, it } from 'vitest'
import {
  generateSessionToken,
  sessionIdFromToken,
  sessionTokenFromCookieHeader,
} from './session-token.ts'

describe('session tokens', () => {
  it('are 160 random bits in lower-case base32, never repeating', () => {
    const tokens = new Set(Array.from({ length: 1000 }, generateSessionToken))
    expect(tokens.size).toBe(1000)
    for (const token of tokens) expect(token).toMatch(/^[a-z2-7]{32}$/)
  })

  it('are stored as the hex SHA-256 of the token', () => {
    const token = 'abcdefghijklmnopqrstuvwxyz234567'
    expect(sessionIdFromToken(token)).toBe(
      encodeHexLowerCase(sha256(new TextEncoder().encode(token))),
    )
    expect(sessionIdFromToken(token)).not.toContain(token)
  })

  it.each([
    [undefined, null],
    ['', null],
    ['other=1', null],
    ['growops_session=abc', 'abc'],
    ['a=1; growops_session=abc; b=2', 'abc'],
    ['growops_session=', null],
    ['growops_session=%E0%A4%A', null],
    ['xgrowops_session=abc', null],
  ])('reads the token from the Cookie header %j', (header, expected) => {
    expect(sessionTokenFromCookieHeader(header)).toBe(expected)
  })
})
