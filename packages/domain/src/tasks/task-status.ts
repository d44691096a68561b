// Task status changes (TASK5): OPEN → IN_PROGRESS → DONE, OPEN → DONE for quick jobs, cancel
// from OPEN or IN_PROGRESS, and reopen a DONE or CANCELLED task (managers only, TASK7).
import { z } from 'zod'
import { DomainError } from '../errors/domain-error.ts'

export const TaskStatusSchema = z.enum(['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'])
export type TaskStatus = z.infer<typeof TaskStatusSchema>

export const TaskPrioritySchema = z.enum(['LOW', 'NORMAL', 'HIGH', 'URGENT'])
export type TaskPriority = z.infer<typeof TaskPrioritySchema>

export type TaskStatusAction = 'START' | 'COMPLETE' | 'CANCEL' | 'REOPEN'

const TRANSITIONS: Readonly<
  Record<TaskStatusAction, { from: readonly TaskStatus[]; to: TaskStatus }>
> = {
  START: { from: ['OPEN'], to: 'IN_PROGRESS' },
  COMPLETE: { from: ['OPEN', 'IN_PROGRESS'], to: 'DONE' },
  CANCEL: { from: ['OPEN', 'IN_PROGRESS'], to: 'CANCELLED' },
  REOPEN: { from: ['DONE', 'CANCELLED'], to: 'OPEN' },
}

const DONE_WORDS: Readonly<Record<TaskStatusAction, string>> = {
  START: 'started',
  COMPLETE: 'completed',
  CANCEL: 'cancelled',
  REOPEN: 'reopened',
}

/** Statuses of work still to do. */
export const OPEN_TASK_STATUSES: readonly TaskStatus[] = ['OPEN', 'IN_PROGRESS']

export function isOpenTaskStatus(status: TaskStatus): boolean {
  return OPEN_TASK_STATUSES.includes(status)
}

/** Whether `action` applies to a task in `status`. */
export function canTransitionTask(status: TaskStatus, action: TaskStatusAction): boolean {
  return TRANSITIONS[action].from.includes(status)
}

/** The status after `action`, or TASK.INVALID_TRANSITION naming both (TASK5). */
export function nextTaskStatus(status: TaskStatus, action: TaskStatusAction): TaskStatus {
  const transition = TRANSITIONS[action]
  if (!transition.from.includes(status)) {
    throw new DomainError(
      'TASK.INVALID_TRANSITION',
      `A task that is ${status} cannot be ${DONE_WORDS[action]}.`,
      { status, action, allowedFrom: [...transition.from] },
    )
  }
  return transition.to
}
