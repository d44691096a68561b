// start, complete, cancel, reopen (TASK5, TASK7, TASK13). The status moves only from the one
// read (a concurrent change is TASK.INVALID_TRANSITION, never a double completion); audit
// entry and `task.updated` in the same transaction; completion notifies growers and creator.
import type { PrismaClient, Prisma, TransactionClient } from '@growops/db'
import {
  assertCanActOnTask,
  DomainError,
  nextTaskStatus,
  type TaskCompleteInput,
  type TaskStatusAction,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { appendAuditEntry } from '../audit/append-audit-entry.ts'
import { loadStoredFile } from '../files/stored-files.ts'
import type { NewLiveEvent } from '../realtime/live-events.ts'
import { recordLiveEvents, type LiveEventPublisher } from '../realtime/live-events.ts'
import { actorName, loadTaskFor } from './load-task.ts'
import { notifyCompleted } from './task-notices.ts'
import {
  taskInclude,
  taskPerson,
  taskUpdatedEvent,
  taskView,
  type TaskRow,
  type TaskView,
} from './task-view.ts'

interface StatusChange {
  action: TaskStatusAction
  data?: (row: TaskRow, now: Date) => Prisma.TaskUpdateManyMutationInput
  audit?: Record<string, unknown>
  notify?: (tx: TransactionClient, row: TaskRow) => Promise<NewLiveEvent[]>
}

async function changeStatus(
  prisma: PrismaClient,
  live: LiveEventPublisher,
  actor: Actor,
  taskId: string,
  change: StatusChange,
): Promise<TaskView> {
  const row = await loadTaskFor(prisma, actor, taskId)
  assertCanActOnTask(change.action, row, taskPerson(actor))
  const status = nextTaskStatus(row.status, change.action)
  const now = new Date()
  const { updated, envelopes } = await prisma.$transaction(async (tx) => {
    const { count } = await tx.task.updateMany({
      where: { id: row.id, status: row.status },
      data: { status, ...change.data?.(row, now) },
    })
    if (count === 0) {
      const current = await tx.task.findUniqueOrThrow({ where: { id: row.id } })
      nextTaskStatus(current.status, change.action)
      throw new DomainError('CONFLICT', 'Someone else changed this task at the same time.')
    }
    const updated = await tx.task.findUniqueOrThrow({ where: { id: row.id }, include: taskInclude })
    await appendAuditEntry(tx, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: `task.${change.action.toLowerCase()}`,
      entityType: 'Task',
      entityId: row.id,
      before: { status: row.status },
      after: { status, ...change.audit },
    })
    const notices = (await change.notify?.(tx, updated)) ?? []
    return {
      updated,
      envelopes: await recordLiveEvents(tx, [taskUpdatedEvent(updated), ...notices]),
    }
  })
  live.publish(envelopes)
  return taskView(updated, actor)
}

export function startTask(
  prisma: PrismaClient,
  live: LiveEventPublisher,
  actor: Actor,
  taskId: string,
): Promise<TaskView> {
  return changeStatus(prisma, live, actor, taskId, {
    action: 'START',
    data: (_row, now) => ({ startedAt: now }),
  })
}

export async function completeTask(
  prisma: PrismaClient,
  live: LiveEventPublisher,
  actor: Actor,
  input: TaskCompleteInput,
): Promise<TaskView> {
  // The photo must be a file of the caller's organization (FILE6).
  const photo = input.photoId ? await loadStoredFile(prisma, actor, input.photoId) : null
  const note = input.note ?? null
  const name = await actorName(prisma, actor.userId)
  return changeStatus(prisma, live, actor, input.taskId, {
    action: 'COMPLETE',
    data: (row, now) => ({
      completedAt: now,
      completedById: actor.userId,
      completionNote: note,
      completionPhotoId: photo?.id ?? null,
      startedAt: row.startedAt ?? now,
    }),
    audit: {
      completionNote: note,
      completionPhotoId: photo?.id ?? null,
      photoSha256: photo?.sha256 ?? null,
    },
    notify: (tx, row) => notifyCompleted(tx, row, { userId: actor.userId, name }, note),
  })
}

export function cancelTask(
  prisma: PrismaClient,
  live: LiveEventPublisher,
  actor: Actor,
  taskId: string,
): Promise<TaskView> {
  return changeStatus(prisma, live, actor, taskId, { action: 'CANCEL' })
}

/** Back to OPEN (managers only): the completion is cleared; the audit log keeps it. */
export function reopenTask(
  prisma: PrismaClient,
  live: LiveEventPublisher,
  actor: Actor,
  taskId: string,
): Promise<TaskView> {
  return changeStatus(prisma, live, actor, taskId, {
    action: 'REOPEN',
    data: () => ({
      startedAt: null,
      completedAt: null,
      completedById: null,
      completionNote: null,
      completionPhotoId: null,
    }),
  })
}
