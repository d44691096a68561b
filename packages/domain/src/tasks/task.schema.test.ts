import { describe, expect, it } from 'vitest'
import {
  TaskCompleteInputSchema,
  TaskCreateInputSchema,
  TaskListInputSchema,
  TaskTemplateCreateInputSchema,
  TaskUpdateInputSchema,
} from './task.schema.ts'

const ID = '6f1c1d8e-2a8b-4a55-9d6e-0c8f3e1b2a77'

describe('task inputs', () => {
  it('[TASK12] a task from scratch needs a title; from a source it may leave it out', () => {
    expect(TaskCreateInputSchema.safeParse({}).success).toBe(false)
    expect(TaskCreateInputSchema.safeParse({ title: '  ' }).success).toBe(false)
    expect(TaskCreateInputSchema.parse({ title: ' Water VEG-A ' }).title).toBe('Water VEG-A')
    expect(TaskCreateInputSchema.safeParse({ sourceAlertId: ID }).success).toBe(true)
    expect(TaskCreateInputSchema.safeParse({ templateId: ID }).success).toBe(true)
    expect(TaskCreateInputSchema.safeParse({ sourceShiftNoteId: ID }).success).toBe(true)
  })

  it('[TASK12] one source at a time', () => {
    const result = TaskCreateInputSchema.safeParse({ templateId: ID, sourceAlertId: ID })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe(
      'Create a task from one template, alert or shift note at a time.',
    )
  })

  it('[TASK8] assignee roles are the ones that work tasks', () => {
    expect(TaskCreateInputSchema.safeParse({ title: 'x', assigneeRole: 'STAFF' }).success).toBe(
      true,
    )
    const accountant = TaskCreateInputSchema.safeParse({ title: 'x', assigneeRole: 'ACCOUNTANT' })
    expect(accountant.error?.issues[0]?.message).toBe(
      'Tasks can be assigned to owners, head growers or staff.',
    )
  })

  it('[TASK12] due dates are ISO date-times with an offset, read as dates', () => {
    expect(
      TaskCreateInputSchema.parse({ title: 'x', dueAt: '2026-05-01T08:00:00-07:00' }).dueAt,
    ).toEqual(new Date('2026-05-01T15:00:00Z'))
    expect(TaskCreateInputSchema.safeParse({ title: 'x', dueAt: '01/05/2026' }).success).toBe(false)
  })

  it('[TASK12] an update changes something; null clears, empty text clears', () => {
    expect(TaskUpdateInputSchema.safeParse({ taskId: ID }).success).toBe(false)
    expect(TaskUpdateInputSchema.parse({ taskId: ID, dueAt: null, description: ' ' })).toEqual({
      taskId: ID,
      dueAt: null,
      description: null,
    })
  })

  it('[TASK13] completing takes an optional note and photo', () => {
    expect(TaskCompleteInputSchema.parse({ taskId: ID, note: '  ' })).toEqual({
      taskId: ID,
      note: null,
    })
    expect(TaskCompleteInputSchema.safeParse({ taskId: ID, note: 'x'.repeat(2001) }).success).toBe(
      false,
    )
    expect(TaskCompleteInputSchema.safeParse({ taskId: ID, photoId: 'photo.png' }).success).toBe(
      false,
    )
  })

  it('[TASK14] list filters: a due range that ends before it starts is refused', () => {
    expect(TaskListInputSchema.parse({}).limit).toBe(100)
    const reversed = TaskListInputSchema.safeParse({
      dueFrom: '2026-05-02T00:00:00Z',
      dueTo: '2026-05-01T00:00:00Z',
    })
    expect(reversed.error?.issues[0]?.path).toEqual(['dueTo'])
  })

  it('[TASK1] a template checks its recurrence', () => {
    expect(
      TaskTemplateCreateInputSchema.safeParse({
        title: 'Water VEG-A',
        recurrence: { frequency: 'DAILY', timeOfDay: '25:00' },
      }).success,
    ).toBe(false)
  })
})
