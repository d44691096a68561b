// Loading a task for the caller: NOT_FOUND for another organization's task and, for staff,
// for a task they may not see (TASK7), so neither learns it exists.
import type { PrismaClient, TransactionClient } from '@growops/db'
import { canActOnTask, DomainError } from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { taskInclude, taskPerson, type TaskRow } from './task-view.ts'

export async function loadTaskFor(
  db: PrismaClient | TransactionClient,
  actor: Actor,
  taskId: string,
): Promise<TaskRow> {
  const row = await db.task.findFirst({
    where: { id: taskId, organizationId: actor.organizationId },
    include: taskInclude,
  })
  if (!row || !canActOnTask('SEE', row, taskPerson(actor))) {
    throw new DomainError('NOT_FOUND', 'No such task.', { entity: 'Task', id: taskId })
  }
  return row
}

export async function actorName(
  db: PrismaClient | TransactionClient,
  userId: string,
): Promise<string> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { name: true } })
  return user?.name ?? 'Someone'
}
