// Decides what a failed send means for a queued action: try again later (no connection, a
// server hiccup), wait for the person to sign in again, or show it as a conflict to resolve.
import { readApiError } from '../../../app/api-errors.ts'
import type { ScanActionError } from './scan-action.ts'

export type SendFailure =
  | { kind: 'retry' }
  | { kind: 'signIn' }
  | { kind: 'conflict'; error: ScanActionError }
  /** The api says the end state already holds (the plant is already there): done. */
  | { kind: 'alreadyDone' }

const TRANSIENT_KEYS = new Set([
  'errors.INTERNAL',
  'errors.http.INTERNAL_SERVER_ERROR',
  'errors.http.TIMEOUT',
  'errors.http.TOO_MANY_REQUESTS',
  'errors.http.CLIENT_CLOSED_REQUEST',
  'errors.http.BAD_GATEWAY',
  'errors.http.SERVICE_UNAVAILABLE',
  'errors.http.GATEWAY_TIMEOUT',
])

const SIGN_IN_KEYS = new Set(['errors.http.UNAUTHORIZED', 'errors.AUTH.UNAUTHENTICATED'])

const ALREADY_DONE_KEYS = new Set(['errors.PLANT.ALREADY_THERE'])

export function classifySendFailure(error: unknown): SendFailure {
  const info = readApiError(error)
  if (info.unreachable) return { kind: 'retry' }
  const key = info.messageKey
  if (key !== null && TRANSIENT_KEYS.has(key)) return { kind: 'retry' }
  if (key !== null && SIGN_IN_KEYS.has(key)) return { kind: 'signIn' }
  if (key !== null && ALREADY_DONE_KEYS.has(key)) return { kind: 'alreadyDone' }
  const message = error instanceof Error ? error.message : String(error)
  return { kind: 'conflict', error: { messageKey: key, message } }
}
