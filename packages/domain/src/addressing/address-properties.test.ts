import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isDomainError } from '../errors/domain-error.ts'
import { formatAddressPrefix, isAddressWithinPrefix, parseAddressPrefix } from './address-prefix.ts'
import { ADDRESS_LEVELS } from './address-segments.ts'
import type { PositionAddress } from './address-types.ts'
import { normalizeAddressInput } from './normalize-address-input.ts'
import {
  formatPositionAddress,
  parsePositionAddress,
  safeParsePositionAddress,
} from './position-address.ts'

const code = fc.stringMatching(/^[A-Z0-9](?:[A-Z0-9-]{0,14}[A-Z0-9])?$/)
const num = fc.integer({ min: 1, max: 9999 })
const codes = { property: code, building: code, room: code, section: code }

const positionAddress: fc.Arbitrary<PositionAddress> = fc.oneof(
  fc.record({ kind: fc.constant('table' as const), ...codes, row: num, column: num, slot: num }),
  fc.record({ kind: fc.constant('rack' as const), ...codes, level: num, hanger: num, slot: num }),
)

const positionText = positionAddress.map((address) => formatPositionAddress(address))

// Text no code segment accepts, whatever its place.
const badCode = fc.oneof(
  fc.constant(''),
  fc.stringMatching(/^[A-Z0-9]{0,6}[a-z][A-Za-z0-9]{0,6}$/),
  fc.stringMatching(/^[A-Z0-9]{0,6}[_/:# ][A-Z0-9]{0,6}$/),
  fc.stringMatching(/^-[A-Z0-9-]{0,15}$/),
  fc.stringMatching(/^[A-Z0-9-]{0,15}[A-Z0-9]-$/),
  fc.stringMatching(/^[A-Z0-9]{17,40}$/),
)

// Text no number segment accepts, whatever the form: every number part is bad.
const badNumber = fc
  .tuple(
    fc.constantFrom('', 'R', 'L', 'C', 'H', 'P', 'X', 'r', 'l', 'p'),
    fc.oneof(
      fc.constant(''),
      fc.constant('0'),
      num.map((n) => `0${n}`),
      fc.integer({ min: 10_000, max: 10_000_000 }).map(String),
      num.map((n) => `${n}A`),
      num.map((n) => ` ${n}`),
    ),
  )
  .map(([letter, digits]) => `${letter}${digits}`)

describe('address properties', () => {
  it('[ADDR9] parse(format(a)) deep-equals a for every valid address', () => {
    fc.assert(
      fc.property(positionAddress, (address) => {
        // Spread: fast-check records have a null prototype, which toStrictEqual would count.
        expect(parsePositionAddress(formatPositionAddress(address))).toStrictEqual({ ...address })
      }),
    )
  })

  it('[ADDR9] format(parse(s)) === s for every valid string', () => {
    fc.assert(
      fc.property(positionText, (text) => {
        expect(formatPositionAddress(parsePositionAddress(text))).toBe(text)
      }),
    )
  })

  it('[ADDR11] every leading run of segments is a prefix that round-trips', () => {
    fc.assert(
      fc.property(positionText, fc.integer({ min: 1, max: 7 }), (text, depth) => {
        const prefixText = text.split('.').slice(0, depth).join('.')
        const prefix = parseAddressPrefix(prefixText)
        expect(prefix.level).toBe(ADDRESS_LEVELS[depth - 1])
        expect(formatAddressPrefix(prefix)).toBe(prefixText)
        expect(parseAddressPrefix(formatAddressPrefix(prefix))).toStrictEqual(prefix)
      }),
    )
  })

  it('[ADDR12] an address is within each of its prefixes, and within no other address prefix', () => {
    fc.assert(
      fc.property(
        positionText,
        positionText,
        fc.integer({ min: 1, max: 7 }),
        (text, other, depth) => {
          const prefix = text.split('.').slice(0, depth).join('.')
          expect(isAddressWithinPrefix(text, prefix)).toBe(true)
          const otherPrefix = other.split('.').slice(0, depth).join('.')
          expect(isAddressWithinPrefix(text, otherPrefix)).toBe(otherPrefix === prefix)
        },
      ),
    )
  })

  it('[ADDR6] a random single-segment corruption is rejected at that segment', () => {
    fc.assert(
      fc.property(
        positionText,
        fc.integer({ min: 0, max: 6 }),
        badCode,
        badNumber,
        (text, i, c, n) => {
          const segments = text.split('.')
          segments[i] = i < 4 ? c : n
          const result = safeParsePositionAddress(segments.join('.'))
          expect(result.success).toBe(false)
          if (result.success) return
          expect(result.error.code).toBe('ADDRESS.INVALID_SEGMENT')
          expect(result.error.details['segmentIndex']).toBe(i + 1)
        },
      ),
    )
  })

  it('[ADDR14] safeParse never throws on arbitrary strings, and errors are DomainErrors', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (input) => {
        const result = safeParsePositionAddress(input)
        if (!result.success) expect(isDomainError(result.error)).toBe(true)
      }),
    )
  })

  it('[ADDR8] normalizeAddressInput is idempotent, leaves canonical text alone and undoes case and spacing', () => {
    fc.assert(
      fc.property(positionText, fc.string({ maxLength: 40 }), (text, noise) => {
        expect(normalizeAddressInput(text)).toBe(text)
        expect(normalizeAddressInput(normalizeAddressInput(noise))).toBe(
          normalizeAddressInput(noise),
        )
        const typed = ` ${text.toLowerCase().split('.').join(' . ')}\t`
        expect(normalizeAddressInput(typed)).toBe(text)
      }),
    )
  })
})
