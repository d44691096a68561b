import { DomainError } from '../errors/domain-error.ts'
import { MAX_RESERVATION_DAYS } from './positions.schema.ts'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Checks a reservation's end (POS4): after `now`, and at most {@link MAX_RESERVATION_DAYS}
 * days ahead. Throws `VALIDATION.FAILED` naming the field `until`.
 */
export function assertReservationWindow(until: Date, now: Date): void {
  if (Number.isNaN(until.getTime())) {
    throw new DomainError('VALIDATION.FAILED', 'The reservation end is not a valid date.', {
      field: 'until',
    })
  }
  if (until.getTime() <= now.getTime()) {
    throw new DomainError(
      'VALIDATION.FAILED',
      `A reservation must end in the future; ${until.toISOString()} has passed.`,
      { field: 'until', until: until.toISOString(), now: now.toISOString() },
    )
  }
  if (until.getTime() - now.getTime() > MAX_RESERVATION_DAYS * DAY_MS) {
    throw new DomainError(
      'VALIDATION.FAILED',
      `A reservation may run at most ${MAX_RESERVATION_DAYS} days; pick an earlier end.`,
      { field: 'until', until: until.toISOString(), maxDays: MAX_RESERVATION_DAYS },
    )
  }
}
