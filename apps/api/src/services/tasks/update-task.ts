// task.update: the fields given change (null clears). Managers change any task; staff the
// ones they created, assigned to themselves (TASK7, TASK9). A change made meanwhile by someone
// else is CONFLICT rather than overwritten. A new assignee is notified.
import type { PrismaClient } from '@growops/db'
import {
  assertCanActOnTask,
  assertLimitedAssignment,
  DomainError,
  type TaskUpdateInput,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { appendAuditEntry } from '../audit/append-audit-entry.ts'
import { recordLiveEvents, type LiveEventPublisher } from '../realtime/live-events.ts'
import { actorName, loadTaskFor } from './load-task.ts'
import { resolveTaskLinks } from './task-links.ts'
import { notifyAssignee } from './task-notices.ts'
import {
  taskAuditState,
  taskInclude,
  taskPerson,
  taskUpdatedEvent,
  taskView,
  type TaskRow,
  type TaskView,
} from './task-view.ts'

function given<T>(value: T | undefined, current: T): T {
  return value === undefined ? current : value
}

async function nextLinks(prisma: PrismaClient, actor: Actor, row: TaskRow, input: TaskUpdateInput) {
  const roomId = given(input.roomId, row.roomId)
  // A new room drops a position of the old one, unless a position is given too.
  const positionId =
    input.positionId !== undefined
      ? input.positionId
      : roomId !== row.roomId
        ? null
        : row.positionId
  const links = {
    propertyId: given(input.propertyId, row.propertyId),
    roomId,
    batchId: given(input.batchId, row.batchId),
    positionId,
    assigneeId: given(input.assigneeId, row.assigneeId),
    assigneeRole: given(input.assigneeRole, row.assigneeRole),
  }
  assertLimitedAssignment(links, taskPerson(actor))
  return resolveTaskLinks(prisma, actor, links)
}

export async function updateTask(
  prisma: PrismaClient,
  live: LiveEventPublisher,
  actor: Actor,
  input: TaskUpdateInput,
): Promise<TaskView> {
  const row = await loadTaskFor(prisma, actor, input.taskId)
  assertCanActOnTask('EDIT', row, taskPerson(actor))
  const links = await nextLinks(prisma, actor, row, input)
  const name = await actorName(prisma, actor.userId)
  const { updated, envelopes } = await prisma.$transaction(async (tx) => {
    const { count } = await tx.task.updateMany({
      where: { id: row.id, updatedAt: row.updatedAt },
      data: {
        ...links,
        title: given(input.title, row.title),
        description: given(input.description, row.description),
        priority: given(input.priority, row.priority),
        dueAt: given(input.dueAt, row.dueAt),
      },
    })
    if (count === 0) {
      throw new DomainError('CONFLICT', 'Someone else changed this task at the same time.', {
        taskId: row.id,
      })
    }
    const updated = await tx.task.findUniqueOrThrow({ where: { id: row.id }, include: taskInclude })
    await appendAuditEntry(tx, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: 'task.update',
      entityType: 'Task',
      entityId: row.id,
      before: taskAuditState(row),
      after: taskAuditState(updated),
    })
    const notices =
      updated.assigneeId !== row.assigneeId
        ? await notifyAssignee(tx, updated, updated.assigneeId, { userId: actor.userId, name })
        : []
    return {
      updated,
      envelopes: await recordLiveEvents(tx, [taskUpdatedEvent(updated), ...notices]),
    }
  })
  live.publish(envelopes)
  return taskView(updated, actor)
}
