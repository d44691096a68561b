// What the scanner asks the offline queue to do. Every action carries an idempotency key made
// when the person acted, so sending it again (a retry, a replay after reconnecting, two tabs
// replaying at once) never applies it twice (ARCHITECTURE §6, IDEM1).

export type ScanActionType = 'move' | 'harvest' | 'place' | 'auditScan' | 'weight'

/** The tRPC mutation each action type is sent to. */
export const SCAN_ACTION_PATHS: Record<ScanActionType, string> = {
  move: 'plant.move',
  harvest: 'plant.harvest',
  place: 'plant.create',
  auditScan: 'auditWalk.scan',
  weight: 'weight.record',
}

export interface ScanAction {
  type: ScanActionType
  /**
   * The mutation's input without `idempotencyKey` (the queue adds it). An action made offline
   * may name its plant by tag (`plantTag`) and its positions by address (`toAddress`,
   * `positionAddress`, `hangerAddress`) as scanned or typed: they are resolved to ids when
   * the action is sent (send-scan-action.ts).
   */
  input: unknown
  /** What the person did, in their words, for the pending list ("Move A1B2 → …R3.C5"). */
  label: string
}

/** An error the person has to look at, already translated. */
export interface ScanActionError {
  /** The api's message key (`errors.POSITION.OCCUPIED`), null when the api gave none. */
  messageKey: string | null
  message: string
}

export type SubmitScanResult =
  | { status: 'applied'; result: unknown }
  | { status: 'queued'; id: string }
  | { status: 'conflict'; id: string; error: ScanActionError }

/**
 * pending: waiting to be sent; sending: on the wire now; conflict: the api refused it (position
 * taken meanwhile, plant already harvested …) and the person decides: discard, retry or edit.
 */
export type QueueEntryStatus = 'pending' | 'sending' | 'conflict'

export interface QueueEntry {
  /** The idempotency key, also the entry's id. */
  id: string
  type: ScanActionType
  input: unknown
  label: string
  /** Creation order: replays go oldest first. */
  createdAt: number
  /** Tie-breaker for actions created within the same millisecond. */
  sequence: number
  status: QueueEntryStatus
  attempts: number
  /**
   * Who was signed in when it was made (phones are shared): only they send it, since the api's
   * idempotency keys are per person. Null when unknown: sent by whoever is signed in.
   */
  owner: string | null
  error?: ScanActionError
}
