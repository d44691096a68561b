import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { drawOrderIndexKey } from './index-key.ts'

const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

/** tldraw's rule for an integer index key: head a–z, then (head − 'a' + 1) base-62 digits. */
function isIntegerIndexKey(key: string): boolean {
  const head = key.charCodeAt(0) - 'a'.charCodeAt(0)
  if (head < 0 || head > 25) return false
  if (key.length !== head + 2) return false
  return [...key.slice(1)].every((c) => DIGITS.includes(c))
}

describe('drawOrderIndexKey', () => {
  it('[LAYC7] starts at a0 and crosses each digit-count boundary in order', () => {
    expect([0, 1, 9, 10, 61, 62, 63, 62 + 3843, 62 + 3844].map(drawOrderIndexKey)).toEqual([
      'a0',
      'a1',
      'a9',
      'aA',
      'az',
      'b00',
      'b01',
      'bzz',
      'c000',
    ])
  })

  it('[LAYC7] keys are valid and strictly increasing in code-unit order', () => {
    let previous = ''
    for (let n = 0; n < 6000; n++) {
      const key = drawOrderIndexKey(n)
      expect(isIntegerIndexKey(key)).toBe(true)
      expect(key > previous).toBe(true)
      previous = key
    }
    fc.assert(
      fc.property(fc.nat({ max: 2 ** 40 }), fc.nat({ max: 2 ** 40 }), (a, b) => {
        const [ka, kb] = [drawOrderIndexKey(a), drawOrderIndexKey(b)]
        expect(isIntegerIndexKey(ka)).toBe(true)
        expect(Math.sign(a - b)).toBe(ka < kb ? -1 : ka > kb ? 1 : 0)
      }),
    )
  })

  it('[LAYC7] refuses a negative or fractional number', () => {
    expect(() => drawOrderIndexKey(-1)).toThrow(RangeError)
    expect(() => drawOrderIndexKey(1.5)).toThrow(RangeError)
  })
})
