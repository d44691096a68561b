// Expiry of licences and permits (CDOC9, CDOC10): how close a document in force is to its end,
// and which reminders are due. Reminders go out at 90, 30 and 7 days before and on the day.

const DAY_MS = 86_400_000

/** Days before expiry a reminder is sent; 0 = the day it expires. Loosest first. */
export const EXPIRY_REMINDER_THRESHOLDS = [90, 30, 7, 0] as const
export type ExpiryReminderThreshold = (typeof EXPIRY_REMINDER_THRESHOLDS)[number]

export type ExpiryState =
  'NO_EXPIRY' | 'VALID' | 'EXPIRING_90' | 'EXPIRING_30' | 'EXPIRING_7' | 'EXPIRED'

export interface ExpiryStatus {
  state: ExpiryState
  /** Whole days left, rounded up (0 or less once expired); null without an expiry date. */
  daysLeft: number | null
}

/**
 * How close `expiresAt` is at `now` (CDOC9): EXPIRED from the instant it passes, else the
 * tightest window it is in (7, 30 or 90 days, boundaries included), else VALID.
 */
export function expiryStatus(expiresAt: Date | null, now: Date): ExpiryStatus {
  if (expiresAt === null) return { state: 'NO_EXPIRY', daysLeft: null }
  const left = expiresAt.getTime() - now.getTime()
  const daysLeft = Math.ceil(left / DAY_MS)
  if (left <= 0) return { state: 'EXPIRED', daysLeft: Math.min(daysLeft, 0) }
  if (left <= 7 * DAY_MS) return { state: 'EXPIRING_7', daysLeft }
  if (left <= 30 * DAY_MS) return { state: 'EXPIRING_30', daysLeft }
  if (left <= 90 * DAY_MS) return { state: 'EXPIRING_90', daysLeft }
  return { state: 'VALID', daysLeft }
}

/** Whether a threshold has been reached: `days` or fewer left (0 = expired). */
function isReached(expiresAt: Date, now: Date, days: number): boolean {
  return expiresAt.getTime() - now.getTime() <= days * DAY_MS
}

export interface DueExpiryReminder {
  /** The one reminder to send now: the tightest threshold reached and not yet recorded. */
  send: ExpiryReminderThreshold | null
  /** Thresholds to record as done now (sent, or passed over by a tighter one). */
  record: ExpiryReminderThreshold[]
}

/**
 * Which reminder is due (CDOC10). Each threshold is sent at most once (`alreadySent` holds the
 * recorded ones). When several are reached at once (a licence approved 5 days before it
 * expires, or a server that was down), only the tightest is sent and the looser ones are
 * recorded with it, so nobody gets three reminders in one minute or a stale "90 days" later.
 */
export function dueExpiryReminder(
  expiresAt: Date | null,
  now: Date,
  alreadySent: readonly number[],
): DueExpiryReminder {
  if (expiresAt === null) return { send: null, record: [] }
  const sent = new Set(alreadySent)
  const reached = EXPIRY_REMINDER_THRESHOLDS.filter((days) => isReached(expiresAt, now, days))
  const tightest = reached.at(-1)
  if (tightest === undefined || sent.has(tightest)) return { send: null, record: [] }
  return { send: tightest, record: reached.filter((days) => !sent.has(days)) }
}
