import { describe, expect, it } from 'vitest'
import {
  fromLocalInput,
  insertMention,
  localDayBound,
  recurrenceSentence,
  toLocalInput,
} from './task-format.ts'

describe('task form helpers', () => {
  it('round-trips a local date-time input', () => {
    const iso = fromLocalInput('2026-05-01T08:30')
    expect(iso).not.toBeNull()
    expect(toLocalInput(iso)).toBe('2026-05-01T08:30')
    expect(fromLocalInput('')).toBeNull()
    expect(fromLocalInput('tomorrow')).toBeNull()
    expect(toLocalInput(null)).toBe('')
  })

  it('turns a day into its local start and end', () => {
    const start = localDayBound('2026-05-01', false)
    const end = localDayBound('2026-05-01', true)
    expect(new Date(end ?? '').getTime() - new Date(start ?? '').getTime()).toBe(86_399_999)
    expect(localDayBound('', false)).toBeUndefined()
  })

  it('describes a recurrence; weekly without days uses the weekday it starts on', () => {
    expect(
      recurrenceSentence({
        frequency: 'WEEKLY',
        interval: 2,
        timeOfDay: '09:00',
        startsOn: '2026-05-05',
      }),
    ).toEqual({
      key: 'tasks.templates.recurrence.WEEKLY',
      count: 2,
      time: '09:00',
      days: ['TUE'],
      day: 5,
    })
    expect(
      recurrenceSentence({
        frequency: 'MONTHLY',
        interval: 1,
        timeOfDay: '07:00',
        startsOn: '2026-01-31',
      }).day,
    ).toBe(31)
  })

  it('adds a mention spaced from the words around it', () => {
    expect(insertMention('', 'sam@grow.test')).toBe('@sam@grow.test ')
    expect(insertMention('Please check', 'sam@grow.test')).toBe('Please check @sam@grow.test ')
    expect(insertMention('Hi , done', 'sam@grow.test', 3)).toBe('Hi @sam@grow.test , done')
  })
})
