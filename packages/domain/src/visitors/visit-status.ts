// The visit status machine (VIS3, VIS4): EXPECTED → CHECKED_IN → CHECKED_OUT, EXPECTED →
// CANCELLED. CHECKED_OUT and CANCELLED are final: a badge that was checked out never checks in
// again (a new visit gets a new badge).
import { DomainError } from '../errors/domain-error.ts'

export const VISIT_STATUSES = ['EXPECTED', 'CHECKED_IN', 'CHECKED_OUT', 'CANCELLED'] as const
export type VisitStatus = (typeof VISIT_STATUSES)[number]

const NEXT: Readonly<Record<VisitStatus, readonly VisitStatus[]>> = {
  EXPECTED: ['CHECKED_IN', 'CANCELLED'],
  CHECKED_IN: ['CHECKED_OUT'],
  CHECKED_OUT: [],
  CANCELLED: [],
}

/** The statuses a visit may move to from `from` (VIS3). */
export function nextVisitStatuses(from: VisitStatus): readonly VisitStatus[] {
  return NEXT[from]
}

/** Whether a visit may go from `from` to `to` (VIS3). */
export function canChangeVisitStatus(from: VisitStatus, to: VisitStatus): boolean {
  return NEXT[from].includes(to)
}

function refusalMessage(from: VisitStatus, to: VisitStatus): string {
  if (to === 'CHECKED_IN') {
    if (from === 'CHECKED_IN') return 'This visitor is already checked in.'
    if (from === 'CHECKED_OUT') {
      return 'This badge was already checked out and cannot check in again. Register a new visit.'
    }
    return 'This visit was cancelled. Register a new visit.'
  }
  if (to === 'CANCELLED') {
    if (from === 'CHECKED_IN') return 'This visitor is on site: check them out instead.'
    return 'This visit has ended and cannot be cancelled.'
  }
  if (to === 'CHECKED_OUT') {
    if (from === 'EXPECTED') return 'This visitor has not checked in yet.'
    return 'This visit was cancelled; there is nothing to check out.'
  }
  return 'A visit cannot go back to expected.'
}

/**
 * Throws `VISIT.INVALID_TRANSITION` (details `from`, `to`) with a message a receptionist can act
 * on when a visit may not go from `from` to `to` (VIS3).
 */
export function assertVisitStatusChange(from: VisitStatus, to: VisitStatus): void {
  if (canChangeVisitStatus(from, to)) return
  throw new DomainError('VISIT.INVALID_TRANSITION', refusalMessage(from, to), { from, to })
}

/**
 * What checking out a visit in `status` does (VIS4): `CHECK_OUT` for a visitor on site,
 * `ALREADY_OUT` for one already checked out (a second scan of the badge is not an error), and
 * `VISIT.INVALID_TRANSITION` for a visit that never checked in.
 */
export function checkOutOutcome(status: VisitStatus): 'CHECK_OUT' | 'ALREADY_OUT' {
  if (status === 'CHECKED_OUT') return 'ALREADY_OUT'
  assertVisitStatusChange(status, 'CHECKED_OUT')
  return 'CHECK_OUT'
}
