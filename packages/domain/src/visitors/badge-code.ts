// Visitor badge codes (VIS1, VIS2): 10 characters of Crockford base32, printed on the badge as a
// QR code (`/q/1/v/<code>`) and typed when a camera is not at hand. The api draws the random bytes
// (node:crypto); this module only maps them and checks the format, so it stays pure.

/** Crockford's base32: digits and upper-case letters without I, L, O and U (easy to read aloud). */
export const BADGE_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** 10 characters × 5 bits = 50 random bits per badge. */
export const BADGE_CODE_LENGTH = 10

const BADGE_CODE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{10}$/

/** Whether `text` is a badge code exactly as stored (upper-case, no separators) (VIS1). */
export function isBadgeCode(text: string): boolean {
  return BADGE_CODE_PATTERN.test(text)
}

/**
 * A typed badge code as stored (VIS1): spaces and dashes dropped, upper-cased, and the letters a
 * person confuses with digits read as those digits (O → 0, I and L → 1), as Crockford intends.
 * The result may still not be a code; check it with {@link isBadgeCode}.
 */
export function normalizeBadgeCodeInput(text: string): string {
  return text
    .replace(/[\s-]+/g, '')
    .toUpperCase()
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1')
}

/**
 * A badge code from random bytes (VIS2): each of the first {@link BADGE_CODE_LENGTH} bytes picks a
 * character with its low 5 bits. 32 divides 256, so uniform bytes give uniform characters.
 * Throws a RangeError when fewer bytes are given (a programming error, not user input).
 */
export function badgeCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < BADGE_CODE_LENGTH) {
    throw new RangeError(`A badge code needs ${BADGE_CODE_LENGTH} random bytes.`)
  }
  let code = ''
  for (let index = 0; index < BADGE_CODE_LENGTH; index++) {
    code += BADGE_CODE_ALPHABET[(bytes[index] ?? 0) & 31]
  }
  return code
}

/** A code grouped for reading aloud and printing: `ABCDE-FGHJK`. */
export function formatBadgeCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`
}
