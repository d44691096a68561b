import { describe, expect, it } from 'vitest'
import { localTimeToInstant } from './local-time.ts'
import { nextOccurrences, TaskRecurrenceSchema, type TaskRecurrenceInput } from './recurrence.ts'

function occurrences(input: TaskRecurrenceInput, after: string, until: string, zone = 'UTC') {
  return nextOccurrences(
    TaskRecurrenceSchema.parse(input),
    new Date(after),
    new Date(until),
    zone,
  ).map((date) => date.toISOString())
}

describe('TaskRecurrenceSchema', () => {
  it.each([
    [{ frequency: 'DAILY', timeOfDay: '07:00' }, true],
    [{ frequency: 'DAILY', interval: 52, timeOfDay: '23:59' }, true],
    [{ frequency: 'DAILY', interval: 0, timeOfDay: '07:00' }, false],
    [{ frequency: 'DAILY', interval: 53, timeOfDay: '07:00' }, false],
    [{ frequency: 'DAILY', interval: 1.5, timeOfDay: '07:00' }, false],
    [{ frequency: 'DAILY', timeOfDay: '24:00' }, false],
    [{ frequency: 'DAILY', timeOfDay: '7:00' }, false],
    [{ frequency: 'HOURLY', timeOfDay: '07:00' }, false],
    [{ frequency: 'WEEKLY', weekdays: ['MON', 'THU'], timeOfDay: '07:00' }, true],
    [{ frequency: 'WEEKLY', weekdays: [], timeOfDay: '07:00' }, false],
    [{ frequency: 'WEEKLY', weekdays: ['MON', 'MON'], timeOfDay: '07:00' }, false],
    [{ frequency: 'DAILY', weekdays: ['MON'], timeOfDay: '07:00' }, false],
    [{ frequency: 'MONTHLY', startsOn: '2026-01-31', timeOfDay: '07:00' }, true],
    [{ frequency: 'MONTHLY', startsOn: '2026-02-30', timeOfDay: '07:00' }, false],
  ])('[TASK1] %j valid: %s', (input, valid) => {
    expect(TaskRecurrenceSchema.safeParse(input).success).toBe(valid)
  })

  it('[TASK1] the interval defaults to 1', () => {
    expect(TaskRecurrenceSchema.parse({ frequency: 'DAILY', timeOfDay: '06:00' }).interval).toBe(1)
  })
})

describe('nextOccurrences', () => {
  it('[TASK2] daily at a time: strictly after `after`, up to and including `until`', () => {
    expect(
      occurrences(
        { frequency: 'DAILY', timeOfDay: '07:00', startsOn: '2026-05-01' },
        '2026-05-01T07:00:00Z',
        '2026-05-04T07:00:00Z',
      ),
    ).toEqual(['2026-05-02T07:00:00.000Z', '2026-05-03T07:00:00.000Z', '2026-05-04T07:00:00.000Z'])
  })

  it('[TASK2] every third day counts from startsOn, not from `after`', () => {
    expect(
      occurrences(
        { frequency: 'DAILY', interval: 3, timeOfDay: '08:30', startsOn: '2026-05-01' },
        '2026-05-02T00:00:00Z',
        '2026-05-12T00:00:00Z',
      ),
    ).toEqual(['2026-05-04T08:30:00.000Z', '2026-05-07T08:30:00.000Z', '2026-05-10T08:30:00.000Z'])
  })

  it('[TASK2] nothing before startsOn', () => {
    expect(
      occurrences(
        { frequency: 'DAILY', timeOfDay: '07:00', startsOn: '2026-06-01' },
        '2026-05-01T00:00:00Z',
        '2026-06-02T12:00:00Z',
      ),
    ).toEqual(['2026-06-01T07:00:00.000Z', '2026-06-02T07:00:00.000Z'])
  })

  it('[TASK2] weekly on chosen weekdays, every other week from the week of startsOn', () => {
    // 2026-05-04 is a Monday.
    expect(
      occurrences(
        {
          frequency: 'WEEKLY',
          interval: 2,
          weekdays: ['MON', 'THU'],
          timeOfDay: '09:00',
          startsOn: '2026-05-06',
        },
        '2026-05-01T00:00:00Z',
        '2026-05-31T23:59:00Z',
      ),
    ).toEqual(['2026-05-07T09:00:00.000Z', '2026-05-18T09:00:00.000Z', '2026-05-21T09:00:00.000Z'])
  })

  it('[TASK2] weekly without weekdays repeats on the weekday of startsOn', () => {
    expect(
      occurrences(
        { frequency: 'WEEKLY', timeOfDay: '10:00', startsOn: '2026-05-05' },
        '2026-05-01T00:00:00Z',
        '2026-05-20T00:00:00Z',
      ),
    ).toEqual(['2026-05-05T10:00:00.000Z', '2026-05-12T10:00:00.000Z', '2026-05-19T10:00:00.000Z'])
  })

  it('[TASK3] monthly on the 31st falls on the last day of shorter months', () => {
    expect(
      occurrences(
        { frequency: 'MONTHLY', timeOfDay: '12:00', startsOn: '2026-01-31' },
        '2026-01-01T00:00:00Z',
        '2026-05-01T00:00:00Z',
      ),
    ).toEqual([
      '2026-01-31T12:00:00.000Z',
      '2026-02-28T12:00:00.000Z',
      '2026-03-31T12:00:00.000Z',
      '2026-04-30T12:00:00.000Z',
    ])
  })

  it('[TASK3] every 3 months', () => {
    expect(
      occurrences(
        { frequency: 'MONTHLY', interval: 3, timeOfDay: '12:00', startsOn: '2026-01-15' },
        '2026-01-01T00:00:00Z',
        '2026-12-31T00:00:00Z',
      ),
    ).toEqual([
      '2026-01-15T12:00:00.000Z',
      '2026-04-15T12:00:00.000Z',
      '2026-07-15T12:00:00.000Z',
      '2026-10-15T12:00:00.000Z',
    ])
  })

  it('[TASK4] the time of day is local: 07:00 in Los Angeles across the DST change', () => {
    // US daylight saving starts 2026-03-08: UTC-8 before, UTC-7 after.
    expect(
      occurrences(
        { frequency: 'DAILY', timeOfDay: '07:00', startsOn: '2026-03-06' },
        '2026-03-06T00:00:00Z',
        '2026-03-09T23:00:00Z',
        'America/Los_Angeles',
      ),
    ).toEqual([
      '2026-03-06T15:00:00.000Z',
      '2026-03-07T15:00:00.000Z',
      '2026-03-08T14:00:00.000Z',
      '2026-03-09T14:00:00.000Z',
    ])
  })

  it('[TASK4] a time skipped by the DST gap happens after the jump', () => {
    expect(localTimeToInstant('2026-03-08', '02:30', 'America/Los_Angeles').toISOString()).toBe(
      '2026-03-08T10:30:00.000Z',
    )
  })

  it('[TASK4] local dates decide the day: 23:30 in Tokyo is the previous UTC day', () => {
    expect(
      occurrences(
        { frequency: 'DAILY', timeOfDay: '23:30', startsOn: '2026-05-02' },
        '2026-05-01T00:00:00Z',
        '2026-05-03T00:00:00Z',
        'Asia/Tokyo',
      ),
    ).toEqual(['2026-05-02T14:30:00.000Z'])
  })

  it('[TASK4] an empty or reversed window has none; without startsOn intervals count from `after`', () => {
    expect(
      occurrences(
        { frequency: 'DAILY', timeOfDay: '07:00' },
        '2026-05-02T00:00:00Z',
        '2026-05-01T00:00:00Z',
      ),
    ).toEqual([])
    expect(
      occurrences(
        { frequency: 'DAILY', interval: 2, timeOfDay: '07:00' },
        '2026-05-01T00:00:00Z',
        '2026-05-05T23:00:00Z',
      ),
    ).toEqual(['2026-05-01T07:00:00.000Z', '2026-05-03T07:00:00.000Z', '2026-05-05T07:00:00.000Z'])
  })

  it('[TASK4] is the same however the window is cut (what the scheduler relies on)', () => {
    const recurrence: TaskRecurrenceInput = {
      frequency: 'WEEKLY',
      weekdays: ['TUE', 'SAT'],
      timeOfDay: '18:45',
      startsOn: '2026-01-01',
    }
    const whole = occurrences(
      recurrence,
      '2026-01-01T00:00:00Z',
      '2026-03-01T00:00:00Z',
      'Europe/Madrid',
    )
    const cuts = [
      '2026-01-01T00:00:00Z',
      '2026-01-13T17:45:00Z',
      '2026-02-03T09:00:00Z',
      '2026-03-01T00:00:00Z',
    ]
    const pieces = cuts
      .slice(1)
      .flatMap((until, index) => occurrences(recurrence, cuts[index] ?? '', until, 'Europe/Madrid'))
    expect(pieces).toEqual(whole)
    expect(whole).toHaveLength(17)
  })
})
