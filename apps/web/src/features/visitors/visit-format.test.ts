import { describe, expect, it } from 'vitest'
import { fromLocalInput, localInputValue, visitorLine } from './visit-format.ts'

describe('visit formatting', () => {
  it('writes a datetime-local value and reads it back', () => {
    const date = new Date(2026, 4, 1, 9, 5)
    expect(localInputValue(date)).toBe('2026-05-01T09:05')
    expect(fromLocalInput('2026-05-01T09:05')).toBe(date.toISOString())
    expect(fromLocalInput('')).toBeNull()
    expect(fromLocalInput('tomorrow')).toBeNull()
  })

  it('names a visitor with their company when there is one', () => {
    expect(visitorLine({ visitorName: 'Dana', company: 'DCC' })).toBe('Dana · DCC')
    expect(visitorLine({ visitorName: 'Dana', company: null })).toBe('Dana')
  })
})
