import { describe, expect, it } from 'vitest'
import {
  AddressPrefixInputSchema,
  AddressPrefixSchema,
  PositionAddressInputSchema,
  PositionAddressSchema,
} from './address.schema.ts'

describe('PositionAddressSchema', () => {
  it('[ADDR13] accepts a canonical address and returns it unchanged', () => {
    expect(PositionAddressSchema.parse('MAIN.GROW1.VEG-A.LEFT.R3.C5.P1')).toBe(
      'MAIN.GROW1.VEG-A.LEFT.R3.C5.P1',
    )
  })

  it.each([
    ['lower case', 'main.GROW1.VEG-A.LEFT.R3.C5.P1', 'ADDRESS.INVALID_SEGMENT'],
    ['a cell without slot', 'MAIN.GROW1.VEG-A.LEFT.R3.C5', 'ADDRESS.INCOMPLETE'],
    ['an empty string', '', 'ADDRESS.EMPTY'],
  ])('[ADDR13] refuses %s with the domain code in params', (_title, input, code) => {
    const result = PositionAddressSchema.safeParse(input)
    expect(result.success).toBe(false)
    const issue = result.error?.issues[0]
    expect(issue?.code).toBe('custom')
    expect(issue).toMatchObject({ params: { code, messageKey: `errors.${code}` } })
  })

  it('[ADDR13] issue params carry the segment details', () => {
    const issue = PositionAddressSchema.safeParse('MAIN.GROW1.VEG-A.LEFT.R3.H5.P1').error?.issues[0]
    expect(issue?.message).toMatch(
      /^Address "MAIN\.GROW1\.VEG-A\.LEFT\.R3\.H5\.P1": segment 6 "H5"/,
    )
    expect(issue).toMatchObject({
      params: { segmentIndex: 6, segment: 'H5', problem: 'MIXED_FORM' },
    })
  })

  it('[ADDR13] refuses a non-string', () => {
    expect(PositionAddressSchema.safeParse(42).success).toBe(false)
  })

  it('[ADDR13] the input variant normalizes first', () => {
    expect(PositionAddressInputSchema.parse(' main . grow1.veg-a.left.r3.c5.p1 ')).toBe(
      'MAIN.GROW1.VEG-A.LEFT.R3.C5.P1',
    )
    expect(PositionAddressInputSchema.safeParse('main.grow1').success).toBe(false)
  })
})

describe('AddressPrefixSchema', () => {
  it.each([
    'MAIN',
    'MAIN.GROW1.VEG-A',
    'MAIN.DRY.DRY-A.RACK1.L2.H5',
    'MAIN.GROW1.VEG-A.LEFT.R3.C5.P1',
  ])('[ADDR13] accepts %s', (input) => {
    expect(AddressPrefixSchema.parse(input)).toBe(input)
  })

  it('[ADDR13] refuses a malformed prefix naming the segment', () => {
    const issue = AddressPrefixSchema.safeParse('MAIN.GROW1.').error?.issues[0]
    expect(issue).toMatchObject({ params: { code: 'ADDRESS.INVALID_SEGMENT', segmentIndex: 3 } })
  })

  it('[ADDR13] the input variant normalizes first', () => {
    expect(AddressPrefixInputSchema.parse(' main.grow1 ')).toBe('MAIN.GROW1')
  })
})
