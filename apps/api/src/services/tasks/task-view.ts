// What the api answers about a task: its fields, the names behind its ids, its photo's url,
// and what the caller may do with it (so screens show only the buttons that work).
import type { Prisma } from '@growops/db'
import {
  canActOnTask,
  canTransitionTask,
  storedFileUrl,
  type TaskAction,
  type TaskPerson,
  type TaskStatusAction,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { excerptOf } from '../comms/comms-helpers.ts'
import type { NewLiveEvent } from '../realtime/live-events.ts'

const person = { select: { id: true, name: true } } as const

export const taskInclude = {
  assignee: person,
  createdBy: person,
  completedBy: person,
  property: { select: { id: true, code: true, name: true } },
  room: { select: { id: true, code: true, name: true } },
  batch: { select: { id: true, name: true } },
  position: { select: { id: true, address: true } },
  template: { select: { id: true, title: true } },
  sourceAlert: { select: { id: true, message: true, severity: true } },
  sourceShiftNote: { select: { id: true, body: true } },
  completionPhoto: {
    select: { id: true, fileName: true, contentType: true, byteSize: true },
  },
  _count: { select: { comments: true } },
} satisfies Prisma.TaskInclude

export type TaskRow = Prisma.TaskGetPayload<{ include: typeof taskInclude }>

export function taskPerson(actor: Actor): TaskPerson {
  return { userId: actor.userId, role: actor.role, level: actor.level }
}

const STATUS_ACTIONS: readonly (TaskAction & TaskStatusAction)[] = [
  'START',
  'COMPLETE',
  'CANCEL',
  'REOPEN',
]

/** The actions the caller may take on the task now (access and status both allow them). */
function allowedActions(row: TaskRow, actor: Actor) {
  const who = taskPerson(actor)
  const can = (action: TaskAction) => canActOnTask(action, row, who)
  const status = Object.fromEntries(
    STATUS_ACTIONS.map((action) => [
      action.toLowerCase(),
      can(action) && canTransitionTask(row.status, action),
    ]),
  ) as Record<'start' | 'complete' | 'cancel' | 'reopen', boolean>
  return { ...status, edit: can('EDIT'), comment: can('COMMENT') }
}

export function taskView(row: TaskRow, actor: Actor) {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    priority: row.priority,
    status: row.status,
    dueAt: row.dueAt?.toISOString() ?? null,
    assignee: row.assignee,
    assigneeRole: row.assigneeRole,
    property: row.property,
    room: row.room,
    batch: row.batch,
    position: row.position,
    template: row.template,
    sourceAlert: row.sourceAlert,
    sourceShiftNote: row.sourceShiftNote
      ? { id: row.sourceShiftNote.id, excerpt: excerptOf(row.sourceShiftNote.body) }
      : null,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    completedAt: row.completedAt?.toISOString() ?? null,
    completedBy: row.completedBy,
    completionNote: row.completionNote,
    completionPhoto: row.completionPhoto
      ? { ...row.completionPhoto, url: storedFileUrl(row.completionPhoto.id) }
      : null,
    commentCount: row._count.comments,
    can: allowedActions(row, actor),
  }
}
export type TaskView = ReturnType<typeof taskView>

/** The `task.updated` event of a task as it is now (or `REMOVED` when it was deleted). */
export function taskUpdatedEvent(
  task: {
    id: string
    organizationId: string
    status: string
    assigneeId: string | null
    propertyId: string | null
    roomId: string | null
  },
  status: string = task.status,
): NewLiveEvent<'task.updated'> {
  return {
    type: 'task.updated',
    organizationId: task.organizationId,
    propertyId: task.propertyId,
    roomId: task.roomId,
    payload: {
      taskId: task.id,
      status,
      assigneeId: task.assigneeId,
      propertyId: task.propertyId,
      roomId: task.roomId,
    },
  }
}

/** The audited facts of a task (ids, not names: the audit log outlives renames). */
export function taskAuditState(task: {
  title: string
  status: string
  priority: string
  dueAt: Date | null
  assigneeId: string | null
  assigneeRole: string | null
  propertyId: string | null
  roomId: string | null
  batchId: string | null
  positionId: string | null
}) {
  return {
    title: task.title,
    status: task.status,
    priority: task.priority,
    dueAt: task.dueAt?.toISOString() ?? null,
    assigneeId: task.assigneeId,
    assigneeRole: task.assigneeRole,
    propertyId: task.propertyId,
    roomId: task.roomId,
    batchId: task.batchId,
    positionId: task.positionId,
  }
}
