// Who may do what with time entries (LAB13). LABOR FULL (OWNER) does anything; LIMITED (STAFF)
// only their own; READ roles (COMPLIANCE_MANAGER, HEAD_GROWER, ACCOUNTANT) read. Procedures
// already refused READ roles a write; these checks narrow further.
import type { PrismaClient, Role, TransactionClient } from '@growops/db'
import {
  createWorkCalendar,
  defaultTimeZone,
  DomainError,
  type WorkCalendar,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'

/** OWNER only: clocking others in or out, wage rates. */
export function assertLaborOwner(actor: Actor, what: string): void {
  if (actor.level === 'FULL') return
  throw new DomainError('AUTH.FORBIDDEN', `Only an owner may ${what}.`, {
    area: 'LABOR',
    role: actor.role,
    accessLevel: actor.level,
  })
}

/** STAFF may touch only their own entries. */
export function assertOwnOrFull(actor: Actor, userId: string, what: string): void {
  if (actor.level === 'FULL' || actor.userId === userId) return
  throw new DomainError('AUTH.FORBIDDEN', `You may ${what} only your own time entries.`, {
    area: 'LABOR',
    role: actor.role,
    accessLevel: actor.level,
    own: false,
  })
}

/** STAFF read only their own entries; readers and owners anyone's. */
export function assertMayRead(actor: Actor, userId: string): void {
  if (actor.level !== 'LIMITED' || actor.userId === userId) return
  throw new DomainError('AUTH.FORBIDDEN', 'You may see only your own time entries.', {
    area: 'LABOR',
    role: actor.role,
    accessLevel: actor.level,
    own: false,
  })
}

/** Reports show everyone's hours and pay: not for STAFF, whose week is on the time clock. */
export function assertReportReader(actor: Actor): void {
  if (actor.level === 'FULL' || actor.level === 'READ') return
  throw new DomainError(
    'AUTH.FORBIDDEN',
    'Labor reports are for owners and labor readers; your own hours are on the time clock.',
    { area: 'LABOR', role: actor.role, accessLevel: actor.level },
  )
}

/** The member's role; NOT_FOUND for someone outside the organization. */
export async function loadWorker(
  db: PrismaClient | TransactionClient,
  actor: Actor,
  userId: string,
): Promise<{ id: string; name: string; role: Role }> {
  const membership = await db.membership.findUnique({
    where: { userId_organizationId: { userId, organizationId: actor.organizationId } },
    select: { role: true, user: { select: { id: true, name: true } } },
  })
  if (!membership) {
    throw new DomainError('NOT_FOUND', 'No such person in this organization.', {
      entity: 'User',
      id: userId,
    })
  }
  return { ...membership.user, role: membership.role }
}

// Day starts of a zone never change while the process runs: one calendar (and cache) per zone.
const calendars = new Map<string, WorkCalendar>()

/** The calendar labor days are counted in: the zone asked for, else the server's (LAB2). */
export function laborCalendar(timeZone: string | undefined): WorkCalendar {
  const zone = timeZone ?? defaultTimeZone()
  let calendar = calendars.get(zone)
  if (!calendar) {
    calendar = createWorkCalendar(zone)
    calendars.set(zone, calendar)
  }
  return calendar
}

/**
 * Serializes clock changes of one person, so that two taps of "Clock in" (or an edit racing a
 * clock-out) are decided one after the other. The partial unique index stays the last word.
 */
export async function lockWorker(
  tx: TransactionClient,
  organizationId: string,
  userId: string,
): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`labor:${organizationId}:${userId}`}, 0))`
}
