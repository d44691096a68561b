import { describe, expect, it } from 'vitest'
import type { TaskPriority, TaskStatus } from './task-status.ts'
import { groupTodayTasks } from './today.ts'
import { taskCommentMentions } from './task-mentions.ts'

function task(
  id: string,
  dueAt: string | null,
  priority: TaskPriority = 'NORMAL',
  status: TaskStatus = 'OPEN',
) {
  return {
    id,
    dueAt: dueAt ? new Date(dueAt) : null,
    priority,
    status,
    createdAt: new Date(`2026-04-01T00:00:0${id.length % 10}Z`),
  }
}

const ids = (tasks: { id: string }[]) => tasks.map((t) => t.id)

describe('groupTodayTasks', () => {
  it('[TASK10] overdue, due today, no due date and later, each in working order', () => {
    const now = new Date('2026-05-01T15:00:00Z')
    const groups = groupTodayTasks(
      [
        task('later', '2026-05-02T08:00:00Z'),
        task('late-urgent', '2026-05-01T09:00:00Z', 'URGENT'),
        task('late', '2026-05-01T09:00:00Z'),
        task('yesterday', '2026-04-30T09:00:00Z', 'LOW'),
        task('tonight', '2026-05-01T23:00:00Z'),
        task('soon', '2026-05-01T16:00:00Z', 'LOW', 'IN_PROGRESS'),
        task('whenever', null, 'LOW'),
        task('asap', null, 'HIGH'),
        task('done', '2026-05-01T10:00:00Z', 'NORMAL', 'DONE'),
        task('cancelled', null, 'NORMAL', 'CANCELLED'),
      ],
      now,
    )
    expect(ids(groups.overdue)).toEqual(['yesterday', 'late-urgent', 'late'])
    expect(ids(groups.dueToday)).toEqual(['soon', 'tonight'])
    expect(ids(groups.noDueDate)).toEqual(['asap', 'whenever'])
    expect(ids(groups.later)).toEqual(['later'])
  })

  it('[TASK10] "today" ends at local midnight of the given zone', () => {
    // 15:00 UTC on 1 May is 08:00 in Los Angeles; 06:30 UTC on 2 May is still 1 May there.
    const now = new Date('2026-05-01T15:00:00Z')
    const lateNight = task('late-night', '2026-05-02T06:30:00Z')
    expect(ids(groupTodayTasks([lateNight], now, 'America/Los_Angeles').dueToday)).toEqual([
      'late-night',
    ])
    expect(ids(groupTodayTasks([lateNight], now, 'UTC').later)).toEqual(['late-night'])
  })
})

describe('taskCommentMentions', () => {
  it('[TASK11] takes the people mentioned, lower-cased, once each, and nothing else', () => {
    expect(
      taskCommentMentions(
        '@Sam@Grow.test please check MAIN.GROW1.VEG-A and B-001; cc @hg@grow.test and @sam@grow.test',
      ),
    ).toEqual(['sam@grow.test', 'hg@grow.test'])
    expect(taskCommentMentions('no one here, mail sam@grow.test')).toEqual([])
  })
})
