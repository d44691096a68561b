// `labor.editEntry` (LAB12): a correction with a reason, kept as a TimeEntryEdit (before and
// after) and in the audit log, in the transaction that changes the entry.
import type { PrismaClient } from '@growops/db'
import { DomainError, entrySpanProblem, type EditTimeEntryInput } from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { appendAuditEntry } from '../audit/append-audit-entry.ts'
import { assertNoOverlap } from './clock.ts'
import { assertOwnOrFull, lockWorker } from './labor-access.ts'
import {
  entrySnapshot,
  entrySpanOf,
  TIME_ENTRY_SELECT,
  timeEntryView,
  type TimeEntryView,
} from './time-entry-view.ts'
import { checkWorkTargets } from './work-targets.ts'

/** Field given (even null) wins over the current value; omitted keeps it. */
function pick<T>(given: T | undefined, current: T): T {
  return given === undefined ? current : given
}

export async function editTimeEntry(
  prisma: PrismaClient,
  actor: Actor,
  input: EditTimeEntryInput,
): Promise<TimeEntryView> {
  const found = await prisma.timeEntry.findFirst({
    where: { id: input.timeEntryId, organizationId: actor.organizationId },
    select: { userId: true, roomId: true, taskId: true, batchId: true },
  })
  if (!found) {
    throw new DomainError('NOT_FOUND', 'No such time entry in this organization.', {
      entity: 'TimeEntry',
      id: input.timeEntryId,
    })
  }
  assertOwnOrFull(actor, found.userId, 'edit')
  const targets = {
    roomId: pick(input.roomId, found.roomId),
    taskId: pick(input.taskId, found.taskId),
    batchId: pick(input.batchId, found.batchId),
  }
  const { propertyId } = await checkWorkTargets(prisma, actor, targets)

  const row = await prisma.$transaction(async (tx) => {
    await lockWorker(tx, actor.organizationId, found.userId)
    const before = await tx.timeEntry.findUniqueOrThrow({
      where: { id: input.timeEntryId },
      select: TIME_ENTRY_SELECT,
    })
    const clockInAt = pick(input.clockInAt, before.clockInAt)
    const clockOutAt = pick(input.clockOutAt, before.clockOutAt)
    const breaks = input.breaks ?? before.breaks
    const problem = entrySpanProblem(entrySpanOf({ clockInAt, clockOutAt, breaks }), Date.now())
    if (problem) throw new DomainError('TIME_ENTRY.INVALID_SPAN', problem)
    await assertNoOverlap(tx, actor, found.userId, {
      start: clockInAt,
      end: clockOutAt,
      excludeId: before.id,
    })
    if (input.breaks) {
      await tx.timeBreak.deleteMany({ where: { timeEntryId: before.id } })
      await tx.timeBreak.createMany({
        data: input.breaks.map((pause) => ({ timeEntryId: before.id, ...pause })),
      })
    }
    const after = await tx.timeEntry.update({
      where: { id: before.id },
      data: {
        clockInAt,
        clockOutAt,
        ...targets,
        propertyId,
        note: input.note === undefined ? before.note : input.note || null,
      },
      select: TIME_ENTRY_SELECT,
    })
    const snapshots = { before: entrySnapshot(before), after: entrySnapshot(after) }
    const edit = await tx.timeEntryEdit.create({
      data: {
        timeEntryId: before.id,
        editedById: actor.userId,
        reason: input.reason,
        before: snapshots.before,
        after: snapshots.after,
      },
      select: { id: true },
    })
    await appendAuditEntry(tx, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: 'timeEntry.edit',
      entityType: 'TimeEntry',
      entityId: before.id,
      before: { userId: found.userId, ...snapshots.before },
      after: { userId: found.userId, ...snapshots.after, reason: input.reason, editId: edit.id },
    })
    // `after` was read before this edit's row existed.
    return { ...after, _count: { edits: after._count.edits + 1 } }
  })
  return timeEntryView(row)
}
