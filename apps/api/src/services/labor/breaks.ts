// Breaks of the caller's open entry (LAB1, LAB11): one running at a time (a partial unique
// index backs the check), paid rest breaks or unpaid meal breaks.
import { uniqueViolationConstraint, type PrismaClient } from '@growops/db'
import { DomainError, type StartBreakInput } from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { appendAuditEntry } from '../audit/append-audit-entry.ts'
import { lockWorker } from './labor-access.ts'
import { TIME_ENTRY_SELECT, timeEntryView, type TimeEntryView } from './time-entry-view.ts'

const OPEN_BREAK_INDEX = 'TimeBreak_one_open_per_entry'

function onBreak(): DomainError {
  return new DomainError('TIME_ENTRY.ON_BREAK', 'A break is already running. End it first.')
}

async function openEntryOf(tx: Parameters<typeof lockWorker>[0], actor: Actor) {
  await lockWorker(tx, actor.organizationId, actor.userId)
  const open = await tx.timeEntry.findFirst({
    where: { organizationId: actor.organizationId, userId: actor.userId, clockOutAt: null },
    select: { id: true, breaks: { where: { endedAt: null }, select: { id: true, paid: true } } },
  })
  if (!open) {
    throw new DomainError('TIME_ENTRY.NOT_CLOCKED_IN', 'Clock in before taking a break.', {
      userId: actor.userId,
    })
  }
  return open
}

/** `labor.startBreak`: a break of the caller's open entry starts now. */
export async function startBreak(
  prisma: PrismaClient,
  actor: Actor,
  input: StartBreakInput,
): Promise<TimeEntryView> {
  try {
    const row = await prisma.$transaction(async (tx) => {
      const open = await openEntryOf(tx, actor)
      if (open.breaks.length > 0) throw onBreak()
      const pause = await tx.timeBreak.create({
        data: { timeEntryId: open.id, startedAt: new Date(), paid: input.paid },
        select: { id: true, startedAt: true },
      })
      await appendAuditEntry(tx, {
        organizationId: actor.organizationId,
        actorId: actor.userId,
        action: 'timeEntry.breakStart',
        entityType: 'TimeEntry',
        entityId: open.id,
        before: null,
        after: { breakId: pause.id, startedAt: pause.startedAt.toISOString(), paid: input.paid },
      })
      return tx.timeEntry.findUniqueOrThrow({ where: { id: open.id }, select: TIME_ENTRY_SELECT })
    })
    return timeEntryView(row)
  } catch (error) {
    if (uniqueViolationConstraint(error) === OPEN_BREAK_INDEX) throw onBreak()
    throw error
  }
}

/** `labor.endBreak`: the caller's running break ends now. */
export async function endBreak(prisma: PrismaClient, actor: Actor): Promise<TimeEntryView> {
  const row = await prisma.$transaction(async (tx) => {
    const open = await openEntryOf(tx, actor)
    const running = open.breaks[0]
    if (!running) throw new DomainError('TIME_ENTRY.NOT_ON_BREAK', 'No break is running.')
    const ended = await tx.timeBreak.update({
      where: { id: running.id },
      data: { endedAt: new Date() },
      select: { startedAt: true, endedAt: true },
    })
    await appendAuditEntry(tx, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: 'timeEntry.breakEnd',
      entityType: 'TimeEntry',
      entityId: open.id,
      before: { breakId: running.id, endedAt: null },
      after: {
        breakId: running.id,
        startedAt: ended.startedAt.toISOString(),
        endedAt: ended.endedAt?.toISOString() ?? null,
        paid: running.paid,
      },
    })
    return tx.timeEntry.findUniqueOrThrow({ where: { id: open.id }, select: TIME_ENTRY_SELECT })
  })
  return timeEntryView(row)
}
