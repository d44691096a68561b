// Audit walk on the phone: scan a position, then the plant found there (or go on to the next
// position: a position with no plant scanned after it was found empty), in any order. The api
// records each scan and computes expected vs found; this keeps what the person sees between
// scans: the position waiting for its plant and the list of scans with how they were sent.
import {
  positionLabel,
  type FlowNotice,
  type FlowOutcome,
  type FlowScan,
  type PositionRef,
} from './flow-types.ts'

export type AuditScanStatus = 'new' | 'sending' | 'applied' | 'queued' | 'conflict'

export interface AuditLogEntry {
  key: number
  kind: 'position' | 'plant'
  /** Address or tag, for the list. */
  label: string
  /** What was read, sent as is to `auditWalk.scan`. */
  text: string
  status: AuditScanStatus
  message: string | null
}

export interface AuditState {
  walkId: string | null
  /** The position whose plant is expected next; null before the first position or after "empty". */
  atPosition: PositionRef | null
  log: AuditLogEntry[]
  nextKey: number
  notice: FlowNotice | null
}

export type AuditEvent =
  | { type: 'started'; walkId: string }
  | { type: 'scan'; scan: FlowScan; text: string }
  | { type: 'markEmpty' }
  | { type: 'sending'; key: number }
  | { type: 'submitted'; key: number; outcome: FlowOutcome }
  | { type: 'reset' }

export const initialAuditState: AuditState = {
  walkId: null,
  atPosition: null,
  log: [],
  nextKey: 1,
  notice: null,
}

function warn(key: string, values?: Record<string, string>): FlowNotice {
  return { key, values, tone: 'warning' }
}

function record(state: AuditState, entry: Omit<AuditLogEntry, 'key' | 'status' | 'message'>) {
  const added: AuditLogEntry = { ...entry, key: state.nextKey, status: 'new', message: null }
  return { log: [added, ...state.log], nextKey: state.nextKey + 1 }
}

function onScan(state: AuditState, scan: FlowScan, text: string): AuditState {
  if (!state.walkId) return { ...state, notice: warn('audit.notice.pickRoom') }
  if (scan.kind === 'position') {
    const label = positionLabel(scan.position)
    return {
      ...state,
      ...record(state, { kind: 'position', label, text }),
      atPosition: scan.position,
      notice: null,
    }
  }
  if (scan.kind === 'plant') {
    if (!state.atPosition) return { ...state, notice: warn('audit.notice.scanPositionFirst') }
    // One plant per position: the next scan is expected to be a position again.
    return {
      ...state,
      ...record(state, { kind: 'plant', label: scan.plant.tag, text }),
      atPosition: null,
      notice: null,
    }
  }
  return { ...state, notice: warn('audit.notice.scanPositionOrPlant') }
}

function updateEntry(state: AuditState, key: number, change: Partial<AuditLogEntry>): AuditState {
  return {
    ...state,
    log: state.log.map((entry) => (entry.key === key ? { ...entry, ...change } : entry)),
  }
}

/** The audit walk's state machine on the phone. */
export function auditReducer(state: AuditState, event: AuditEvent): AuditState {
  switch (event.type) {
    case 'started':
      return { ...initialAuditState, nextKey: state.nextKey, walkId: event.walkId }
    case 'scan':
      return onScan(state, event.scan, event.text)
    case 'markEmpty':
      return { ...state, atPosition: null, notice: null }
    case 'sending':
      return updateEntry(state, event.key, { status: 'sending' })
    case 'submitted': {
      const { outcome } = event
      if (outcome.status === 'conflict') {
        // A refused position (another room …) is not the position the next plant belongs to.
        const entry = state.log.find((item) => item.key === event.key)
        const atPosition =
          entry?.kind === 'position' && state.log[0]?.key === event.key ? null : state.atPosition
        return {
          ...updateEntry(state, event.key, { status: 'conflict', message: outcome.message }),
          atPosition,
        }
      }
      return updateEntry(state, event.key, { status: outcome.status })
    }
    case 'reset':
      return { ...initialAuditState, nextKey: state.nextKey }
  }
}
