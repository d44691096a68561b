import { normalizeAddressInput } from '../addressing/normalize-address-input.ts'
import {
  formatPositionAddress,
  parsePositionAddress,
  type PositionAddressString,
} from '../addressing/position-address.ts'
import { DomainError } from '../errors/domain-error.ts'
import { normalizePlantTagInput, plantTagProblem } from '../plants/plant-tag.ts'
import { parseQrPayload, QR_PAYLOAD_MAX_LENGTH, type QrPayload } from './qr-payload.ts'

/** What a scan or a typed entry names (QR7). */
export type ScanInput =
  | { source: 'qr'; payload: QrPayload }
  | { source: 'tag'; tag: string }
  | { source: 'address'; address: PositionAddressString }

/**
 * Reads what a camera decoded or a person typed (QR7):
 * - a label link (`…/q/…`, with or without origin) → `{ source: 'qr', payload }` (QR4 errors);
 * - text with a dot → a position address, normalized (`normalizeAddressInput`) then strictly
 *   parsed, so a wrong segment gets the `ADDRESS.*` error that names it;
 * - anything else → a plant tag, normalized (`normalizePlantTagInput`: spaces and dashes dropped,
 *   upper-cased), refused with `QR.INVALID` (`reason: 'BAD_TAG'`) when it is not a tag.
 */
export function parseScanInput(text: string): ScanInput {
  if (text.length > QR_PAYLOAD_MAX_LENGTH) return { source: 'qr', payload: parseQrPayload(text) }
  const trimmed = text.trim()
  if (trimmed === '') {
    throw new DomainError('QR.INVALID', 'Scan a label or type a plant tag or position address.', {
      reason: 'EMPTY',
    })
  }
  if (trimmed.startsWith('/') || /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) {
    return { source: 'qr', payload: parseQrPayload(trimmed) }
  }
  if (trimmed.includes('.')) {
    const address = parsePositionAddress(normalizeAddressInput(trimmed))
    return { source: 'address', address: formatPositionAddress(address) }
  }
  const tag = normalizePlantTagInput(trimmed)
  const problem = plantTagProblem(tag)
  if (problem) {
    throw new DomainError(
      'QR.INVALID',
      `"${trimmed.slice(0, 40)}" is neither a label, a plant tag nor a position address: ${problem}`,
      { reason: 'BAD_TAG' },
    )
  }
  return { source: 'tag', tag }
}
