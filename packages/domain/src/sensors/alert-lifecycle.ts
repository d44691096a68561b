// Alerts go OPEN → ACKNOWLEDGED → RESOLVED (OPEN → RESOLVED too); RESOLVED is final (SENS12).
import { DomainError } from '../errors/domain-error.ts'
import type { AlertStatus } from './alert-types.ts'

const NEXT: Readonly<Record<AlertStatus, readonly AlertStatus[]>> = {
  OPEN: ['ACKNOWLEDGED', 'RESOLVED'],
  ACKNOWLEDGED: ['RESOLVED'],
  RESOLVED: [],
}

/** Throws `ALERT.INVALID_TRANSITION` unless `from → to` is allowed. */
export function assertAlertTransition(from: AlertStatus, to: AlertStatus): void {
  if (!NEXT[from].includes(to)) {
    throw new DomainError(
      'ALERT.INVALID_TRANSITION',
      from === 'RESOLVED'
        ? 'This alert is already resolved.'
        : `An ${from.toLowerCase()} alert cannot become ${to.toLowerCase()}.`,
      { from, to, allowed: NEXT[from] },
    )
  }
}
