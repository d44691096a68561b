// task.get, task.list (TASK14) and task.today (TASK10). Staff only ever get the tasks they
// may see (TASK7); everyone else with cultivation access sees the organization's tasks.
import type { Prisma, PrismaClient } from '@growops/db'
import {
  groupTodayTasks,
  isTaskManager,
  OPEN_TASK_STATUSES,
  TASK_ASSIGNABLE_ROLES,
  type TaskListInput,
  type TaskTodayInput,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { namesOf, personOf } from '../comms/comms-helpers.ts'
import { shiftTimeZone } from '../comms/shift-clock.ts'
import { loadTaskFor } from './load-task.ts'
import type { TaskCommentView } from './task-comments.ts'
import { taskInclude, taskPerson, taskView, type TaskView } from './task-view.ts'

/** Assigned to the actor or to the actor's role. */
function assignedToActor(actor: Actor): Prisma.TaskWhereInput {
  return { OR: [{ assigneeId: actor.userId }, { assigneeRole: actor.role }] }
}

/** What the actor may see: everything, or (LIMITED) theirs, their role's and their own. */
function visibleTo(actor: Actor): Prisma.TaskWhereInput {
  if (actor.level !== 'LIMITED') return { organizationId: actor.organizationId }
  return {
    organizationId: actor.organizationId,
    OR: [{ assigneeId: actor.userId }, { assigneeRole: actor.role }, { createdById: actor.userId }],
  }
}

export async function getTask(prisma: PrismaClient, actor: Actor, taskId: string) {
  const row = await loadTaskFor(prisma, actor, taskId)
  const comments = await prisma.taskComment.findMany({
    where: { taskId },
    orderBy: { createdAt: 'asc' },
    include: { author: { select: { id: true, name: true } } },
    take: 500,
  })
  const names = await namesOf(
    prisma,
    comments.flatMap((comment) => comment.mentionedUserIds),
  )
  return {
    task: taskView(row, actor),
    comments: comments.map((comment): TaskCommentView => ({
      id: comment.id,
      author: comment.author,
      body: comment.body,
      mentions: comment.mentionedUserIds.map((id) => personOf(names, id)),
      createdAt: comment.createdAt.toISOString(),
    })),
    isManager: isTaskManager(taskPerson(actor)),
  }
}

export async function listTasks(
  prisma: PrismaClient,
  actor: Actor,
  input: TaskListInput,
): Promise<TaskView[]> {
  const filters: Prisma.TaskWhereInput[] = [visibleTo(actor)]
  if (input.mine) filters.push(assignedToActor(actor))
  if (input.statuses?.length) filters.push({ status: { in: input.statuses } })
  if (input.propertyId) filters.push({ propertyId: input.propertyId })
  if (input.roomId) filters.push({ roomId: input.roomId })
  if (input.batchId) filters.push({ batchId: input.batchId })
  if (input.positionId) filters.push({ positionId: input.positionId })
  if (input.assigneeId) filters.push({ assigneeId: input.assigneeId })
  if (input.dueFrom || input.dueTo) {
    filters.push({ dueAt: { gte: input.dueFrom, lte: input.dueTo } })
  }
  const rows = await prisma.task.findMany({
    where: { AND: filters },
    include: taskInclude,
    orderBy: [{ dueAt: { sort: 'asc', nulls: 'last' } }, { createdAt: 'desc' }],
    take: input.limit,
  })
  return rows.map((row) => taskView(row, actor))
}

/** The caller's open tasks in the Today groups, in the facility's time zone (TASK10). */
export async function todayTasks(prisma: PrismaClient, actor: Actor, input: TaskTodayInput) {
  const rows = await prisma.task.findMany({
    where: {
      organizationId: actor.organizationId,
      status: { in: [...OPEN_TASK_STATUSES] },
      ...(input.propertyId ? { propertyId: input.propertyId } : {}),
      ...assignedToActor(actor),
    },
    include: taskInclude,
    orderBy: { createdAt: 'asc' },
    take: 500,
  })
  const now = new Date()
  const timeZone = shiftTimeZone()
  const groups = groupTodayTasks(
    rows.map((row) => ({ ...row, view: taskView(row, actor) })),
    now,
    timeZone,
  )
  const views = (tasks: { view: TaskView }[]) => tasks.map((task) => task.view)
  return {
    now: now.toISOString(),
    timeZone,
    overdue: views(groups.overdue),
    dueToday: views(groups.dueToday),
    noDueDate: views(groups.noDueDate),
    later: views(groups.later),
  }
}

/**
 * The organization's members for the task forms: who can be assigned (TASK8) and the e-mail
 * to mention them by (TASK11), by name.
 */
export async function listTaskPeople(prisma: PrismaClient, actor: Actor) {
  const members = await prisma.membership.findMany({
    where: { organizationId: actor.organizationId },
    select: { role: true, user: { select: { id: true, name: true, email: true } } },
    orderBy: { user: { name: 'asc' } },
  })
  return members.map((member) => ({
    ...member.user,
    role: member.role,
    assignable: (TASK_ASSIGNABLE_ROLES as readonly string[]).includes(member.role),
  }))
}
