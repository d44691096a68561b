import { describe, expect, it } from 'vitest'
import { isDomainError } from '../errors/domain-error.ts'
import {
  canTransitionTask,
  nextTaskStatus,
  type TaskStatus,
  type TaskStatusAction,
} from './task-status.ts'

describe('task status', () => {
  it.each<[TaskStatus, TaskStatusAction, TaskStatus | null]>([
    ['OPEN', 'START', 'IN_PROGRESS'],
    ['OPEN', 'COMPLETE', 'DONE'],
    ['IN_PROGRESS', 'COMPLETE', 'DONE'],
    ['OPEN', 'CANCEL', 'CANCELLED'],
    ['IN_PROGRESS', 'CANCEL', 'CANCELLED'],
    ['DONE', 'REOPEN', 'OPEN'],
    ['CANCELLED', 'REOPEN', 'OPEN'],
    ['IN_PROGRESS', 'START', null],
    ['DONE', 'START', null],
    ['DONE', 'COMPLETE', null],
    ['CANCELLED', 'COMPLETE', null],
    ['DONE', 'CANCEL', null],
    ['OPEN', 'REOPEN', null],
    ['IN_PROGRESS', 'REOPEN', null],
  ])('[TASK5] %s + %s → %s', (from, action, to) => {
    expect(canTransitionTask(from, action)).toBe(to !== null)
    if (to) {
      expect(nextTaskStatus(from, action)).toBe(to)
      return
    }
    let thrown: unknown
    try {
      nextTaskStatus(from, action)
    } catch (error) {
      thrown = error
    }
    expect(isDomainError(thrown) && thrown.code).toBe('TASK.INVALID_TRANSITION')
    expect(isDomainError(thrown) && thrown.details).toMatchObject({ status: from, action })
  })

  it('[TASK5] the refusal says what happened in words', () => {
    expect(() => nextTaskStatus('DONE', 'COMPLETE')).toThrow(
      'A task that is DONE cannot be completed.',
    )
    expect(() => nextTaskStatus('OPEN', 'REOPEN')).toThrow('cannot be reopened')
  })
})
