import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isDomainError } from '../errors/domain-error.ts'
import { encodeQrPayload } from '../labels/qr-payload.ts'
import {
  BADGE_CODE_ALPHABET,
  badgeCodeFromBytes,
  formatBadgeCode,
  isBadgeCode,
  normalizeBadgeCodeInput,
} from './badge-code.ts'
import { readBadgeInput } from './badge-input.ts'
import { BadgeCodeSchema } from './visitors.schema.ts'

const bytes = fc.uint8Array({ minLength: 10, maxLength: 32 })

describe('badge codes', () => {
  it('[VIS1] the alphabet is Crockford base32: 32 characters, no I, L, O or U', () => {
    expect(BADGE_CODE_ALPHABET).toHaveLength(32)
    expect(new Set(BADGE_CODE_ALPHABET).size).toBe(32)
    expect(BADGE_CODE_ALPHABET).not.toMatch(/[ILOU]/)
  })

  it.each([
    ['7K3M9Q2XHT', true],
    ['0000000000', true],
    ['ZZZZZZZZZZ', true],
    ['7k3m9q2xht', false],
    ['7K3M9Q2XH', false],
    ['7K3M9Q2XHTA', false],
    ['7K3M9Q2XHU', false],
    ['7K3M9-Q2XH', false],
    ['', false],
  ] as const)('[VIS1] %j is a stored code: %s', (code, ok) => {
    expect(isBadgeCode(code)).toBe(ok)
  })

  it.each([
    ['7k3m9-q2xht', '7K3M9Q2XHT'],
    [' 7K3M9 Q2XHT ', '7K3M9Q2XHT'],
    ['OOOOO-IIILL', '0000011111'],
  ])('[VIS1] typed %j reads as %s', (typed, code) => {
    expect(normalizeBadgeCodeInput(typed)).toBe(code)
    expect(BadgeCodeSchema.parse(typed)).toBe(code)
  })

  it('[VIS1] the schema refuses what is not a code after normalizing', () => {
    for (const typed of ['7K3M9Q2XH', 'UUUUUUUUUU', 'hello world!', 'x'.repeat(65)]) {
      expect(BadgeCodeSchema.safeParse(typed).success).toBe(false)
    }
  })

  it('[VIS2] any 10+ random bytes give a valid code; the same bytes the same code', () => {
    fc.assert(
      fc.property(bytes, (random) => {
        const code = badgeCodeFromBytes(random)
        expect(isBadgeCode(code)).toBe(true)
        expect(badgeCodeFromBytes(random)).toBe(code)
        expect(normalizeBadgeCodeInput(formatBadgeCode(code))).toBe(code)
      }),
    )
  })

  it('[VIS2] each byte picks a character with its low 5 bits (uniform, every character reachable)', () => {
    const all = Uint8Array.from({ length: 10 }, (_, i) => i * 32 + 31)
    expect(badgeCodeFromBytes(all)).toBe('ZZZZZZZZZZ')
    const seen = new Set<string>()
    for (let byte = 0; byte < 256; byte++) {
      seen.add(badgeCodeFromBytes(new Uint8Array(10).fill(byte)).charAt(0))
    }
    expect(seen.size).toBe(32)
    expect(() => badgeCodeFromBytes(new Uint8Array(9))).toThrow(RangeError)
  })

  it('[VIS1] groups a code for printing', () => {
    expect(formatBadgeCode('7K3M9Q2XHT')).toBe('7K3M9-Q2XHT')
  })
})

describe('reading a badge scan or typed code', () => {
  it('[QR8] reads the badge link with any origin, the bare path, or the typed code', () => {
    const link = encodeQrPayload({ kind: 'v', badgeCode: '7K3M9Q2XHT' }, 'https://grow.example.com')
    expect(readBadgeInput(link)).toBe('7K3M9Q2XHT')
    expect(readBadgeInput(' /q/1/v/7K3M9Q2XHT ')).toBe('7K3M9Q2XHT')
    expect(readBadgeInput('7k3m9-q2xht')).toBe('7K3M9Q2XHT')
  })

  it.each([
    ['/q/1/p/1A4010300000001000000042', 'NOT_A_BADGE'],
    ['/q/1/v/7K3M9Q2XH', 'BAD_BADGE'],
    ['not a code', 'BAD_BADGE'],
    ['', 'BAD_BADGE'],
  ])('[QR8] %j is QR.INVALID (%s)', (text, reason) => {
    try {
      readBadgeInput(text)
      expect.unreachable()
    } catch (error) {
      expect(isDomainError(error) && error.code).toBe('QR.INVALID')
      expect(isDomainError(error) && error.details.reason).toBe(reason)
    }
  })

  it('[QR8] a newer link format is QR.UNSUPPORTED_VERSION', () => {
    expect(() => readBadgeInput('https://g.example/q/2/v/7K3M9Q2XHT')).toThrow(
      expect.objectContaining({ code: 'QR.UNSUPPORTED_VERSION' }) as Error,
    )
  })
})
