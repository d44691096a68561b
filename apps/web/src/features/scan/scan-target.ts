// What a scan names, read on the phone itself (no network: this works offline) from the
// label link, a typed plant tag or a typed position address.
import { DomainError, isDomainError, parseScanInput } from '@growops/domain'

/** A plant by its tag; everything else by its row id (from a label) or its address (typed). */
export type ScanTarget =
  | { kind: 'plant'; tag: string }
  | { kind: 'position'; id: string | null; address: string | null }
  | { kind: 'section'; id: string }
  | { kind: 'room'; id: string }
  | { kind: 'batch'; id: string }

export type ScanTargetKind = ScanTarget['kind']

/** Why a text could not be read, with the domain error's code and details for translation. */
export interface ScanReadError {
  code: string
  details: Record<string, unknown>
  message: string
}

export type ScanRead =
  { ok: true; text: string; target: ScanTarget } | { ok: false; text: string; error: ScanReadError }

/** Reads a decoded or typed text; never throws. */
export function readScan(text: string): ScanRead {
  const trimmed = text.trim()
  try {
    const input = parseScanInput(trimmed)
    if (input.source === 'tag')
      return { ok: true, text: trimmed, target: { kind: 'plant', tag: input.tag } }
    if (input.source === 'address') {
      return {
        ok: true,
        text: trimmed,
        target: { kind: 'position', id: null, address: input.address },
      }
    }
    const payload = input.payload
    if (payload.kind === 'v') {
      // Visitor badges are checked out on the visitors page, not used in the floor flows.
      throw new DomainError('QR.INVALID', 'This is a visitor badge, not a floor label.', {
        reason: 'VISITOR_BADGE',
      })
    }
    const target: ScanTarget =
      payload.kind === 'p'
        ? { kind: 'plant', tag: payload.tag }
        : payload.kind === 'a'
          ? { kind: 'position', id: payload.id, address: null }
          : payload.kind === 's'
            ? { kind: 'section', id: payload.id }
            : payload.kind === 'r'
              ? { kind: 'room', id: payload.id }
              : { kind: 'batch', id: payload.id }
    return { ok: true, text: trimmed, target }
  } catch (error) {
    if (!isDomainError(error)) throw error
    return {
      ok: false,
      text: trimmed,
      error: { code: error.code, details: error.details, message: error.message },
    }
  }
}

/** A short human label of a target for lists and announcements (tag, address or kind). */
export function describeTarget(target: ScanTarget): string {
  switch (target.kind) {
    case 'plant':
      return target.tag
    case 'position':
      return target.address ?? target.id ?? ''
    default:
      return target.id
  }
}
