import { describe, expect, it } from 'vitest'
import {
  dollarsToCents,
  formatCentsPerGram,
  formatMoney,
  fromLocalInput,
  minutesToHours,
  shiftLocalDate,
  toLocalInput,
} from './labor-format.ts'

describe('labor formatting', () => {
  it.each([
    ['18.50', 1850],
    ['18,5', 1850],
    ['$22', 2200],
    [' 0.01 ', 1],
    ['0', null],
    ['-3', null],
    ['18.505', null],
    ['abc', null],
    ['', null],
  ])('dollars %j are %s cents', (text, cents) => {
    expect(dollarsToCents(text)).toBe(cents)
  })

  it('datetime-local values round-trip through ISO instants', () => {
    const iso = fromLocalInput('2026-10-05T07:30')
    expect(iso).not.toBeNull()
    expect(toLocalInput(iso ?? '')).toBe('2026-10-05T07:30')
    expect(fromLocalInput('')).toBeNull()
    expect(fromLocalInput('tomorrow')).toBeNull()
  })

  it('formats hours, money and cost per gram', () => {
    expect(minutesToHours(545)).toBe(9.08)
    expect(formatMoney(95_000, 'en')).toBe('$950.00')
    expect(formatCentsPerGram(38, 'en')).toBe('$0.38')
    expect(formatCentsPerGram(0.125, 'en')).toBe('$0.0013')
    expect(shiftLocalDate('2026-03-01', -1)).toBe('2026-02-28')
  })
})
