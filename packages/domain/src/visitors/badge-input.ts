// What a badge scan or a typed badge code names (VIS1, QR8): the kiosk and the visitors page
// accept either the badge's QR link or the code printed under it.
import { DomainError } from '../errors/domain-error.ts'
import { parseQrPayload } from '../labels/qr-payload.ts'
import { BADGE_CODE_LENGTH, isBadgeCode, normalizeBadgeCodeInput } from './badge-code.ts'

/**
 * The badge code in a scanned badge link (`…/q/1/v/<code>`) or a typed code (normalized, VIS1).
 * Another label's link, or text that is not a code, is `QR.INVALID` (`details.reason`
 * `NOT_A_BADGE` or `BAD_BADGE`); a newer link format is `QR.UNSUPPORTED_VERSION`.
 */
export function readBadgeInput(text: string): string {
  const trimmed = text.trim()
  if (trimmed.startsWith('/') || /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) {
    const payload = parseQrPayload(trimmed)
    if (payload.kind !== 'v') {
      throw new DomainError(
        'QR.INVALID',
        'This is not a visitor badge. Scan the QR code on the visitor’s badge.',
        { reason: 'NOT_A_BADGE', kind: payload.kind },
      )
    }
    return payload.badgeCode
  }
  const code = normalizeBadgeCodeInput(trimmed)
  if (!isBadgeCode(code)) {
    throw new DomainError(
      'QR.INVALID',
      `A badge code is ${BADGE_CODE_LENGTH} letters and digits, as printed under the QR code.`,
      { reason: 'BAD_BADGE' },
    )
  }
  return code
}
