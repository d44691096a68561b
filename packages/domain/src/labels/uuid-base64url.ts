const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const UUID_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/
const COMPACT_PATTERN = /^[A-Za-z0-9_-]{22}$/

/** Length of a uuid written as unpadded base64url: 128 bits in 22 characters (QR5). */
export const COMPACT_UUID_LENGTH = 22

/** Whether `text` is a uuid in the 8-4-4-4-12 hex form (either case). */
export function isUuid(text: string): boolean {
  return UUID_PATTERN.test(text)
}

/**
 * Writes a uuid as 22 characters of unpadded base64url (QR5), so that a QR code stays small.
 * Returns null for text that is not a uuid.
 */
export function uuidToBase64Url(uuid: string): string | null {
  if (!isUuid(uuid)) return null
  const hex = uuid.replaceAll('-', '')
  let out = ''
  // 32 hex digits = 128 bits; read them as 6-bit groups, padding the last group with zeros.
  let buffer = 0
  let bits = 0
  for (const digit of hex) {
    buffer = (buffer << 4) | Number.parseInt(digit, 16)
    bits += 4
    while (bits >= 6) {
      bits -= 6
      out += ALPHABET[(buffer >> bits) & 63]
    }
    buffer &= (1 << bits) - 1
  }
  if (bits > 0) out += ALPHABET[(buffer << (6 - bits)) & 63]
  return out
}

/**
 * Reads 22 characters of base64url back into a lower-case uuid (QR5). Returns null when the text
 * is not exactly 22 base64url characters or is not the canonical spelling (unused bits set), so
 * that one uuid has exactly one compact form.
 */
export function base64UrlToUuid(text: string): string | null {
  if (!COMPACT_PATTERN.test(text)) return null
  let hex = ''
  let buffer = 0
  let bits = 0
  for (const char of text) {
    buffer = (buffer << 6) | ALPHABET.indexOf(char)
    bits += 6
    while (bits >= 4 && hex.length < 32) {
      bits -= 4
      hex += ((buffer >> bits) & 15).toString(16)
    }
    buffer &= (1 << bits) - 1
  }
  // 22 × 6 = 132 bits: the last 4 must be zero in the canonical spelling.
  if (buffer !== 0) return null
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
