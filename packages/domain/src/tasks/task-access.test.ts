import { describe, expect, it } from 'vitest'
import type { Role } from '../rbac/access.schema.ts'
import { accessLevel } from '../rbac/access.ts'
import {
  assertCanActOnTask,
  assertLimitedAssignment,
  canActOnTask,
  TASK_ASSIGNABLE_ROLES,
  type TaskAction,
  type TaskPerson,
} from './task-access.ts'

function person(role: Role, userId = `${role}-user`): TaskPerson {
  const level = accessLevel(role, 'CULTIVATION_OPS')
  if (level === 'NONE') throw new Error('no access')
  return { userId, role, level }
}

const staff = person('STAFF', 'sam')
const otherStaff = person('STAFF', 'sky')
const toSam = { assigneeId: 'sam', assigneeRole: null, createdById: 'HEAD_GROWER-user' }
const toStaffRole = { assigneeId: null, assigneeRole: 'STAFF' as const, createdById: 'boss' }
const bySam = { assigneeId: 'sam', assigneeRole: null, createdById: 'sam' }
const toGrowers = { assigneeId: null, assigneeRole: 'HEAD_GROWER' as const, createdById: 'boss' }
const ALL: TaskAction[] = ['SEE', 'EDIT', 'START', 'COMPLETE', 'CANCEL', 'REOPEN', 'COMMENT']

describe('task access', () => {
  it.each<Role>(['OWNER', 'HEAD_GROWER'])(
    '[TASK6] %s (FULL) may do everything to any task',
    (role) => {
      for (const action of ALL) expect(canActOnTask(action, toGrowers, person(role))).toBe(true)
    },
  )

  it.each<Role>(['COMPLIANCE_MANAGER', 'ACCOUNTANT'])('[TASK6] %s (READ) only sees', (role) => {
    const reader = person(role)
    const own = { assigneeId: reader.userId, assigneeRole: null, createdById: reader.userId }
    expect(ALL.filter((action) => canActOnTask(action, own, reader))).toEqual(['SEE'])
  })

  it('[TASK7] staff work their own tasks and their role’s, never another’s', () => {
    expect(canActOnTask('COMPLETE', toSam, staff)).toBe(true)
    expect(canActOnTask('START', toStaffRole, staff)).toBe(true)
    expect(canActOnTask('COMPLETE', toSam, otherStaff)).toBe(false)
    expect(canActOnTask('SEE', toSam, otherStaff)).toBe(false)
    expect(canActOnTask('COMPLETE', toGrowers, staff)).toBe(false)
    expect(canActOnTask('SEE', toGrowers, staff)).toBe(false)
  })

  it('[TASK7] staff edit and cancel only what they created; only managers reopen', () => {
    expect(canActOnTask('EDIT', toSam, staff)).toBe(false)
    expect(canActOnTask('CANCEL', toSam, staff)).toBe(false)
    expect(canActOnTask('EDIT', bySam, staff)).toBe(true)
    expect(canActOnTask('CANCEL', bySam, staff)).toBe(true)
    expect(canActOnTask('REOPEN', bySam, staff)).toBe(false)
    expect(() => assertCanActOnTask('REOPEN', bySam, staff)).toThrow(
      'Only a manager can reopen a task.',
    )
    expect(() => assertCanActOnTask('COMPLETE', toSam, otherStaff)).toThrow(/assignee/)
  })

  it('[TASK8] only roles that write cultivation ops can be assignees', () => {
    const writers = (
      ['OWNER', 'COMPLIANCE_MANAGER', 'HEAD_GROWER', 'STAFF', 'ACCOUNTANT'] as Role[]
    ).filter((role) => ['FULL', 'LIMITED'].includes(accessLevel(role, 'CULTIVATION_OPS')))
    expect([...TASK_ASSIGNABLE_ROLES].sort()).toEqual(writers.sort())
  })

  it('[TASK9] staff assign only to themselves or their own role; managers to anyone', () => {
    expect(() =>
      assertLimitedAssignment({ assigneeId: 'sam', assigneeRole: null }, staff),
    ).not.toThrow()
    expect(() =>
      assertLimitedAssignment({ assigneeId: null, assigneeRole: 'STAFF' }, staff),
    ).not.toThrow()
    expect(() => assertLimitedAssignment({ assigneeId: 'sky', assigneeRole: null }, staff)).toThrow(
      'You can only assign tasks to yourself.',
    )
    expect(() =>
      assertLimitedAssignment({ assigneeId: null, assigneeRole: 'HEAD_GROWER' }, staff),
    ).toThrow()
    expect(() =>
      assertLimitedAssignment({ assigneeId: 'sky', assigneeRole: 'OWNER' }, person('HEAD_GROWER')),
    ).not.toThrow()
  })
})
