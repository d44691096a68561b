import { describe, expect, it } from 'vitest'
import {
  formatCents,
  formatQuantity,
  formatSignedQuantity,
  parseDecimalInput,
  parseMoneyInput,
} from './format.ts'

describe('inventory number input and display', () => {
  it.each([
    ['2.5', 2.5],
    ['2,5', 2.5],
    [' -0.75 ', -0.75],
    ['−3', -3],
    ['.5', 0.5],
    ['10', 10],
    ['', undefined],
  ])('reads %j as %s', (text, value) => {
    expect(parseDecimalInput(text)).toBe(value)
  })

  it.each(['abc', '1.2.3', '1,000.5', '2e3'])('refuses %j (NaN for the schema to name)', (text) => {
    expect(parseDecimalInput(text)).toBeNaN()
  })

  it('reads dollars as whole cents', () => {
    expect(parseMoneyInput('12.50')).toBe(1250)
    expect(parseMoneyInput('0,1')).toBe(10)
    expect(parseMoneyInput('')).toBeUndefined()
    expect(parseMoneyInput('x')).toBeNaN()
  })

  it('shows quantities, changes and money in each language', () => {
    expect(formatQuantity('en', 1234.5678)).toBe('1,234.568')
    expect(formatQuantity('es', 2.5)).toBe('2,5')
    expect(formatSignedQuantity('en', -2.5)).toBe('−2.5')
    expect(formatSignedQuantity('en', 10)).toBe('+10')
    expect(formatCents('en', 5000)).toBe('$50.00')
    expect(formatCents('es', 1250)).toMatch(/12,50/)
  })
})
