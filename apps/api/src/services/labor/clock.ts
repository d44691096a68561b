// Clocking in and out (LAB11), for oneself or, as OWNER, for someone else (LAB13). Each change
// locks the person, checks, writes and appends its audit entry in one transaction.
import { uniqueViolationConstraint, type PrismaClient, type TransactionClient } from '@growops/db'
import {
  DomainError,
  entrySpanProblem,
  type ClockInForInput,
  type ClockInInput,
  type ClockOutForInput,
  type ClockOutInput,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { appendAuditEntry } from '../audit/append-audit-entry.ts'
import { assertLaborOwner, loadWorker, lockWorker } from './labor-access.ts'
import {
  entrySnapshot,
  entrySpanOf,
  TIME_ENTRY_SELECT,
  timeEntryView,
  type TimeEntryView,
} from './time-entry-view.ts'
import { checkWorkTargets } from './work-targets.ts'

const OPEN_ENTRY_INDEX = 'TimeEntry_one_open_per_user'

function alreadyClockedIn(userId: string, since?: Date): DomainError {
  return new DomainError(
    'TIME_ENTRY.ALREADY_CLOCKED_IN',
    since
      ? `Already clocked in since ${since.toISOString()}. Clock out first.`
      : 'Already clocked in. Clock out first.',
    { userId, ...(since ? { since: since.toISOString() } : {}) },
  )
}

/** Refuses a span that would overlap another entry of the person (LAB12). */
export async function assertNoOverlap(
  tx: TransactionClient,
  actor: Actor,
  userId: string,
  span: { start: Date; end: Date | null; excludeId?: string },
): Promise<void> {
  const other = await tx.timeEntry.findFirst({
    where: {
      organizationId: actor.organizationId,
      userId,
      ...(span.excludeId ? { id: { not: span.excludeId } } : {}),
      ...(span.end ? { clockInAt: { lt: span.end } } : {}),
      OR: [{ clockOutAt: null }, { clockOutAt: { gt: span.start } }],
    },
    select: { id: true, clockInAt: true, clockOutAt: true },
  })
  if (!other) return
  throw new DomainError(
    'TIME_ENTRY.OVERLAP',
    `This overlaps another time entry (${other.clockInAt.toISOString()} – ${other.clockOutAt?.toISOString() ?? 'open'}).`,
    { timeEntryId: other.id },
  )
}

async function openEntry(
  prisma: PrismaClient,
  actor: Actor,
  userId: string,
  input: ClockInInput,
  at: Date,
): Promise<TimeEntryView> {
  const { propertyId } = await checkWorkTargets(prisma, actor, input)
  const problem = entrySpanProblem(
    { clockInAt: at.getTime(), clockOutAt: null, breaks: [] },
    Date.now(),
  )
  if (problem) throw new DomainError('TIME_ENTRY.INVALID_SPAN', problem, { field: 'at' })
  try {
    const row = await prisma.$transaction(async (tx) => {
      await lockWorker(tx, actor.organizationId, userId)
      const open = await tx.timeEntry.findFirst({
        where: { organizationId: actor.organizationId, userId, clockOutAt: null },
        select: { clockInAt: true },
      })
      if (open) throw alreadyClockedIn(userId, open.clockInAt)
      await assertNoOverlap(tx, actor, userId, { start: at, end: null })
      const created = await tx.timeEntry.create({
        data: {
          organizationId: actor.organizationId,
          userId,
          propertyId,
          roomId: input.roomId ?? null,
          taskId: input.taskId ?? null,
          batchId: input.batchId ?? null,
          note: input.note || null,
          clockInAt: at,
          createdById: actor.userId,
        },
        select: TIME_ENTRY_SELECT,
      })
      await appendAuditEntry(tx, {
        organizationId: actor.organizationId,
        actorId: actor.userId,
        action: 'timeEntry.clockIn',
        entityType: 'TimeEntry',
        entityId: created.id,
        before: null,
        after: { userId, ...entrySnapshot(created) },
      })
      return created
    })
    return timeEntryView(row)
  } catch (error) {
    // Two clock-ins that both passed the check: the index lets one through.
    if (uniqueViolationConstraint(error) === OPEN_ENTRY_INDEX) throw alreadyClockedIn(userId)
    throw error
  }
}

async function closeEntry(
  prisma: PrismaClient,
  actor: Actor,
  userId: string,
  input: ClockOutInput,
  at: Date,
): Promise<TimeEntryView> {
  const row = await prisma.$transaction(async (tx) => {
    await lockWorker(tx, actor.organizationId, userId)
    const open = await tx.timeEntry.findFirst({
      where: { organizationId: actor.organizationId, userId, clockOutAt: null },
      select: TIME_ENTRY_SELECT,
    })
    if (!open) {
      throw new DomainError('TIME_ENTRY.NOT_CLOCKED_IN', 'Not clocked in.', { userId })
    }
    // A running break ends with the shift.
    const breaks = open.breaks.map((pause) => ({ ...pause, endedAt: pause.endedAt ?? at }))
    const problem = entrySpanProblem(
      entrySpanOf({ clockInAt: open.clockInAt, clockOutAt: at, breaks }),
      Date.now(),
    )
    if (problem) throw new DomainError('TIME_ENTRY.INVALID_SPAN', problem, { field: 'at' })
    await tx.timeBreak.updateMany({
      where: { timeEntryId: open.id, endedAt: null },
      data: { endedAt: at },
    })
    const closed = await tx.timeEntry.update({
      where: { id: open.id },
      data: { clockOutAt: at, ...(input.note ? { note: input.note } : {}) },
      select: TIME_ENTRY_SELECT,
    })
    await appendAuditEntry(tx, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: 'timeEntry.clockOut',
      entityType: 'TimeEntry',
      entityId: open.id,
      before: { userId, ...entrySnapshot(open) },
      after: { userId, ...entrySnapshot(closed) },
    })
    return closed
  })
  return timeEntryView(row)
}

/** `labor.clockIn`: the caller starts work now. */
export function clockIn(
  prisma: PrismaClient,
  actor: Actor,
  input: ClockInInput,
): Promise<TimeEntryView> {
  return openEntry(prisma, actor, actor.userId, input, new Date())
}

/** `labor.clockOut`: the caller stops work now. */
export function clockOut(
  prisma: PrismaClient,
  actor: Actor,
  input: ClockOutInput,
): Promise<TimeEntryView> {
  return closeEntry(prisma, actor, actor.userId, input, new Date())
}

/** `labor.clockInFor` (OWNER): someone else starts work, now or at a past moment. */
export async function clockInFor(
  prisma: PrismaClient,
  actor: Actor,
  input: ClockInForInput,
): Promise<TimeEntryView> {
  assertLaborOwner(actor, 'clock other people in')
  await loadWorker(prisma, actor, input.userId)
  const { userId, at, ...targets } = input
  return openEntry(prisma, actor, userId, targets, at ?? new Date())
}

/** `labor.clockOutFor` (OWNER): someone else stops work, now or at a past moment. */
export async function clockOutFor(
  prisma: PrismaClient,
  actor: Actor,
  input: ClockOutForInput,
): Promise<TimeEntryView> {
  assertLaborOwner(actor, 'clock other people out')
  await loadWorker(prisma, actor, input.userId)
  return closeEntry(prisma, actor, input.userId, input, input.at ?? new Date())
}
