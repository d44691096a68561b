// The Today view (TASK10): a person's open tasks in four groups — overdue, due later today,
// without a due date, and later — each in the order to work them.
import { localDateOf } from './local-time.ts'
import type { TaskPriority, TaskStatus } from './task-status.ts'

export interface TodayTask {
  dueAt: Date | null
  priority: TaskPriority
  status: TaskStatus
  createdAt: Date
}

export interface TodayGroups<T> {
  overdue: T[]
  dueToday: T[]
  noDueDate: T[]
  later: T[]
}

const PRIORITY_RANK: Readonly<Record<TaskPriority, number>> = {
  URGENT: 0,
  HIGH: 1,
  NORMAL: 2,
  LOW: 3,
}

function byDueThenPriority(a: TodayTask, b: TodayTask): number {
  const due = (a.dueAt?.getTime() ?? 0) - (b.dueAt?.getTime() ?? 0)
  if (due !== 0) return due
  return PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority]
}

function byPriorityThenAge(a: TodayTask, b: TodayTask): number {
  const rank = PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority]
  if (rank !== 0) return rank
  return a.createdAt.getTime() - b.createdAt.getTime()
}

/**
 * Groups open tasks (OPEN, IN_PROGRESS; others are left out) for the Today view (TASK10).
 * Overdue: due before `now`. Due today: from `now` to the end of the local day in `timeZone`.
 * Dated groups go by due time, then priority; undated by priority, then age.
 */
export function groupTodayTasks<T extends TodayTask>(
  tasks: readonly T[],
  now: Date,
  timeZone = 'UTC',
): TodayGroups<T> {
  const today = localDateOf(now, timeZone)
  const groups: TodayGroups<T> = { overdue: [], dueToday: [], noDueDate: [], later: [] }
  for (const task of tasks) {
    if (task.status !== 'OPEN' && task.status !== 'IN_PROGRESS') continue
    if (!task.dueAt) groups.noDueDate.push(task)
    else if (task.dueAt.getTime() < now.getTime()) groups.overdue.push(task)
    else if (localDateOf(task.dueAt, timeZone) === today) groups.dueToday.push(task)
    else groups.later.push(task)
  }
  groups.overdue.sort(byDueThenPriority)
  groups.dueToday.sort(byDueThenPriority)
  groups.later.sort(byDueThenPriority)
  groups.noDueDate.sort(byPriorityThenAge)
  return groups
}
