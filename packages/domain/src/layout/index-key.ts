// tldraw orders siblings by fractional index keys (strings compared by code unit). An
// integer key is a head letter 'a'…'z' giving the digit count (a: 1, b: 2, …) and that many
// base-62 digits; the n-th integer key in order is what a fresh canvas needs (LAYC7).

const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
const BASE = DIGITS.length

/**
 * The `n`-th (from 0) integer index key: `a0`…`az`, then `b00`…`bzz`, `c000`…, strictly
 * increasing in code-unit order, each valid for tldraw (LAYC7).
 */
export function drawOrderIndexKey(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`No index key number ${n}.`)
  let rest = n
  for (let length = 1; length <= 26; length++) {
    const count = BASE ** length
    if (rest < count) {
      let digits = ''
      for (let i = 0; i < length; i++) {
        digits = (DIGITS[rest % BASE] ?? '0') + digits
        rest = Math.floor(rest / BASE)
      }
      return String.fromCharCode('a'.charCodeAt(0) + length - 1) + digits
    }
    rest -= count
  }
  throw new RangeError(`No index key number ${n}.`)
}
