// Who may do what with a task (TASK6–TASK9), from the caller's access to CULTIVATION_OPS:
// FULL (owner, head grower) manages every task; LIMITED (staff) sees and works the tasks
// assigned to them or to their role and the ones they created; READ only looks.
import { DomainError } from '../errors/domain-error.ts'
import type { AccessLevel, Role } from '../rbac/access.schema.ts'

export interface TaskPerson {
  userId: string
  role: Role
  level: Exclude<AccessLevel, 'NONE'>
}

export interface TaskAssignment {
  assigneeId: string | null
  assigneeRole: Role | null
  createdById: string
}

export type TaskAction = 'SEE' | 'EDIT' | 'START' | 'COMPLETE' | 'CANCEL' | 'REOPEN' | 'COMMENT'

/** Roles that work tasks (write access to cultivation ops); only they can be assignees (TASK8). */
export const TASK_ASSIGNABLE_ROLES = ['OWNER', 'HEAD_GROWER', 'STAFF'] as const satisfies Role[]

export function isTaskManager(person: TaskPerson): boolean {
  return person.level === 'FULL'
}

/** Assigned to the person, or to everyone with the person's role. */
export function isAssignedTo(
  task: TaskAssignment,
  person: Pick<TaskPerson, 'userId' | 'role'>,
): boolean {
  return (
    task.assigneeId === person.userId ||
    (task.assigneeRole !== null && task.assigneeRole === person.role)
  )
}

/** Whether `person` may take `action` on `task` (TASK6, TASK7). */
export function canActOnTask(
  action: TaskAction,
  task: TaskAssignment,
  person: TaskPerson,
): boolean {
  if (isTaskManager(person)) return true
  const own = isAssignedTo(task, person)
  const created = task.createdById === person.userId
  if (person.level === 'READ') return action === 'SEE'
  switch (action) {
    case 'SEE':
    case 'COMMENT':
      return own || created
    case 'START':
    case 'COMPLETE':
      return own
    case 'EDIT':
    case 'CANCEL':
      return created
    case 'REOPEN':
      return false
  }
}

const REFUSALS: Readonly<Record<TaskAction, string>> = {
  SEE: 'You can only see tasks assigned to you or your role, or that you created.',
  EDIT: 'Only a manager or the person who created this task can change it.',
  START: 'Only the assignee, someone of the assigned role, or a manager can start this task.',
  COMPLETE: 'Only the assignee, someone of the assigned role, or a manager can complete this task.',
  CANCEL: 'Only a manager or the person who created this task can cancel it.',
  REOPEN: 'Only a manager can reopen a task.',
  COMMENT: 'You can only comment on tasks assigned to you or your role, or that you created.',
}

/** AUTH.FORBIDDEN with a sentence that says who may, unless `canActOnTask`. */
export function assertCanActOnTask(
  action: TaskAction,
  task: TaskAssignment,
  person: TaskPerson,
): void {
  if (!canActOnTask(action, task, person)) {
    throw new DomainError('AUTH.FORBIDDEN', REFUSALS[action], { action, role: person.role })
  }
}

/**
 * What a LIMITED person may set as the assignment of a task they create or edit (TASK9):
 * themselves, or their own role; never someone else.
 */
export function assertLimitedAssignment(
  assignment: { assigneeId: string | null; assigneeRole: Role | null },
  person: TaskPerson,
): void {
  if (isTaskManager(person)) return
  const selfOnly =
    (assignment.assigneeId === null || assignment.assigneeId === person.userId) &&
    (assignment.assigneeRole === null || assignment.assigneeRole === person.role)
  if (!selfOnly) {
    throw new DomainError('AUTH.FORBIDDEN', 'You can only assign tasks to yourself.', {
      role: person.role,
    })
  }
}
