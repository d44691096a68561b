// "Edit destination" of a refused move: the new destination as scanned or typed becomes the
// move's input (an address is resolved when the move is sent).
import { isDomainError, parseScanInput } from '@growops/domain'

export type DestinationChange =
  { ok: true; input: Record<string, unknown>; shown: string } | { ok: false; messageKey: string }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The move's input sent to `text` instead; refuses anything that is not a position. */
export function changeMoveDestination(moveInput: unknown, text: string): DestinationChange {
  const base = isRecord(moveInput) ? { ...moveInput } : {}
  delete base.toPositionId
  delete base.toAddress
  try {
    const scanned = parseScanInput(text)
    if (scanned.source === 'address')
      return { ok: true, input: { ...base, toAddress: scanned.address }, shown: scanned.address }
    if (scanned.source === 'qr' && scanned.payload.kind === 'a')
      return { ok: true, input: { ...base, toPositionId: scanned.payload.id }, shown: text.trim() }
    return { ok: false, messageKey: 'scanQueue.edit.notAPosition' }
  } catch (error) {
    if (isDomainError(error)) return { ok: false, messageKey: `errors.${error.code}` }
    throw error
  }
}

/** "Move X → old" becomes "Move X → new"; a label without an arrow gets one. */
export function relabelMove(label: string, destination: string): string {
  const arrow = label.lastIndexOf(' → ')
  return `${arrow === -1 ? label : label.slice(0, arrow)} → ${destination}`
}
