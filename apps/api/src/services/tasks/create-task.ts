// task.create (TASK12): from scratch, or from a template, an alert or a shift note, which
// fill what the input leaves out. One transaction: the task, its audit entry, the assignee's
// notification and `task.updated`; published after commit.
import { isUniqueViolation, type PrismaClient, type Role, type TaskPriority } from '@growops/db'
import {
  assertLimitedAssignment,
  DomainError,
  isTaskManager,
  type TaskCreateInput,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { appendAuditEntry } from '../audit/append-audit-entry.ts'
import { excerptOf } from '../comms/comms-helpers.ts'
import { recordLiveEvents, type LiveEventPublisher } from '../realtime/live-events.ts'
import { actorName } from './load-task.ts'
import { resolveTaskLinks, type TaskLinks } from './task-links.ts'
import { notifyAssignee } from './task-notices.ts'
import {
  taskAuditState,
  taskInclude,
  taskPerson,
  taskUpdatedEvent,
  taskView,
  type TaskView,
} from './task-view.ts'

/** What a source gives a new task before the input's own fields apply. */
interface TaskDefaults extends Partial<TaskLinks> {
  title?: string
  description?: string | null
  priority?: TaskPriority
  templateId?: string
  sourceAlertId?: string
  sourceShiftNoteId?: string
}

const PRIORITY_OF_SEVERITY = { CRITICAL: 'URGENT', WARNING: 'HIGH', INFO: 'NORMAL' } as const

function notFound(entity: string, id: string): DomainError {
  return new DomainError('NOT_FOUND', `No such ${entity} in this organization.`, { entity, id })
}

async function defaultsFromSource(
  prisma: PrismaClient,
  actor: Actor,
  input: TaskCreateInput,
): Promise<TaskDefaults> {
  const org = actor.organizationId
  if (input.templateId) {
    const template = await prisma.taskTemplate.findFirst({
      where: { id: input.templateId, organizationId: org, archivedAt: null },
    })
    if (!template) throw notFound('template', input.templateId)
    return {
      templateId: template.id,
      title: template.title,
      description: template.description,
      priority: template.priority,
      propertyId: template.propertyId,
      roomId: template.roomId,
      batchId: template.batchId,
      assigneeId: template.assigneeId,
      assigneeRole: template.assigneeRole,
    }
  }
  if (input.sourceAlertId) {
    const alert = await prisma.alert.findFirst({
      where: { id: input.sourceAlertId, organizationId: org },
    })
    if (!alert) throw notFound('alert', input.sourceAlertId)
    return {
      sourceAlertId: alert.id,
      title: `Follow up: ${excerptOf(alert.message, 180)}`,
      description: alert.message,
      priority: PRIORITY_OF_SEVERITY[alert.severity],
      propertyId: alert.propertyId,
      roomId: alert.roomId,
    }
  }
  if (input.sourceShiftNoteId) {
    const note = await prisma.shiftNote.findFirst({
      where: { id: input.sourceShiftNoteId, organizationId: org },
    })
    if (!note) throw notFound('shift note', input.sourceShiftNoteId)
    return {
      sourceShiftNoteId: note.id,
      title: excerptOf(note.body, 120),
      description: note.body,
      propertyId: note.propertyId,
      roomId: note.roomId,
    }
  }
  return {}
}

/** The input's value when it gave one (null included), the source's otherwise. */
function pick<T>(given: T | undefined, fallback: T | undefined): T | null {
  return given !== undefined ? given : (fallback ?? null)
}

function assignmentFor(actor: Actor, input: TaskCreateInput, defaults: TaskDefaults) {
  let assigneeId = pick(input.assigneeId, defaults.assigneeId)
  const assigneeRole: Role | null = pick<Role | null>(input.assigneeRole, defaults.assigneeRole)
  // Staff create their own tasks (TASK9): unassigned means "mine".
  if (!isTaskManager(taskPerson(actor)) && !assigneeId && !assigneeRole) assigneeId = actor.userId
  assertLimitedAssignment({ assigneeId, assigneeRole }, taskPerson(actor))
  return { assigneeId, assigneeRole }
}

export async function createTask(
  prisma: PrismaClient,
  live: LiveEventPublisher,
  actor: Actor,
  input: TaskCreateInput,
): Promise<TaskView> {
  const defaults = await defaultsFromSource(prisma, actor, input)
  const links = await resolveTaskLinks(prisma, actor, {
    propertyId: pick(input.propertyId, defaults.propertyId),
    roomId: pick(input.roomId, defaults.roomId),
    batchId: pick(input.batchId, defaults.batchId),
    positionId: pick(input.positionId, defaults.positionId),
    ...assignmentFor(actor, input, defaults),
  })
  const title = input.title ?? defaults.title ?? ''
  const name = await actorName(prisma, actor.userId)
  try {
    const { row, envelopes } = await prisma.$transaction(async (tx) => {
      const row = await tx.task.create({
        data: {
          organizationId: actor.organizationId,
          ...links,
          title,
          description: pick(input.description, defaults.description),
          priority: input.priority ?? defaults.priority ?? 'NORMAL',
          dueAt: input.dueAt ?? null,
          templateId: defaults.templateId ?? null,
          sourceAlertId: defaults.sourceAlertId ?? null,
          sourceShiftNoteId: defaults.sourceShiftNoteId ?? null,
          createdById: actor.userId,
        },
        include: taskInclude,
      })
      await appendAuditEntry(tx, {
        organizationId: actor.organizationId,
        actorId: actor.userId,
        action: 'task.create',
        entityType: 'Task',
        entityId: row.id,
        after: {
          ...taskAuditState(row),
          templateId: row.templateId,
          sourceAlertId: row.sourceAlertId,
          sourceShiftNoteId: row.sourceShiftNoteId,
        },
      })
      const notices = await notifyAssignee(tx, row, row.assigneeId, { userId: actor.userId, name })
      return { row, envelopes: await recordLiveEvents(tx, [taskUpdatedEvent(row), ...notices]) }
    })
    live.publish(envelopes)
    return taskView(row, actor)
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new DomainError('CONFLICT', 'This template already has a task due at that time.', {
        templateId: defaults.templateId,
      })
    }
    throw error
  }
}
