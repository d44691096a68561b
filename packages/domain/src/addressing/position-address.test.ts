import { describe, expect, it } from 'vitest'
import { DomainError } from '../errors/domain-error.ts'
import type { PositionAddress } from './address-types.ts'
import {
  formatPositionAddress,
  parsePositionAddress,
  safeParsePositionAddress,
} from './position-address.ts'

const table: PositionAddress = {
  kind: 'table',
  property: 'MAIN',
  building: 'GROW1',
  room: 'VEG-A',
  section: 'LEFT',
  row: 3,
  column: 5,
  slot: 1,
}
const rack: PositionAddress = {
  kind: 'rack',
  property: 'MAIN',
  building: 'DRY',
  room: 'DRY-A',
  section: 'RACK1',
  level: 2,
  hanger: 5,
  slot: 1,
}

function errorOf(input: string): DomainError {
  const result = safeParsePositionAddress(input)
  if (result.success) throw new Error(`expected ${input} to be refused`)
  return result.error
}

describe('parsePositionAddress / formatPositionAddress', () => {
  it.each([
    ['[ADDR1] a table position', 'MAIN.GROW1.VEG-A.LEFT.R3.C5.P1', table],
    ['[ADDR1] a rack position', 'MAIN.DRY.DRY-A.RACK1.L2.H5.P1', rack],
    [
      '[ADDR2] one-character and 16-character codes',
      'A.B-1.0.ABCDEFGHIJKLMNOP.R1.C1.P4',
      {
        ...table,
        property: 'A',
        building: 'B-1',
        room: '0',
        section: 'ABCDEFGHIJKLMNOP',
        row: 1,
        column: 1,
        slot: 4,
      },
    ],
    [
      '[ADDR4] the largest numbers',
      'MAIN.GROW1.VEG-A.LEFT.R9999.C9999.P9999',
      { ...table, row: 9999, column: 9999, slot: 9999 },
    ],
    [
      '[ADDR2] a code that looks like a number segment',
      'MAIN.GROW1.VEG-A.R1.R3.C5.P1',
      { ...table, section: 'R1' },
    ],
  ])('%s', (_title, text, address) => {
    expect(parsePositionAddress(text)).toEqual(address)
    expect(formatPositionAddress(address)).toBe(text)
  })
})

describe('refused position addresses', () => {
  it.each([
    ['[ADDR3] rejects an empty segment', 'MAIN..VEG-A.LEFT.R3.C5.P1', 2, 'EMPTY'],
    ['[ADDR3] rejects a leading dot', '.MAIN.GROW1.VEG-A.LEFT.R3.C5', 1, 'EMPTY'],
    ['[ADDR3] rejects a trailing dot', 'MAIN.GROW1.VEG-A.LEFT.R3.C5.', 7, 'EMPTY'],
    ['[ADDR2] rejects a lower-case code', 'MAIN.GROW1.veg-a.LEFT.R3.C5.P1', 3, 'LOWER_CASE'],
    [
      '[ADDR2] rejects a 17-character code',
      'MAIN.GROW1.VEG-A.ABCDEFGHIJKLMNOPQ.R3.C5.P1',
      4,
      'TOO_LONG',
    ],
    ['[ADDR2] rejects an underscore', 'MAIN.GROW_1.VEG-A.LEFT.R3.C5.P1', 2, 'INVALID_CHARACTER'],
    [
      '[ADDR2] rejects a non-ASCII letter',
      'MAÍN.GROW1.VEG-A.LEFT.R3.C5.P1',
      1,
      'INVALID_CHARACTER',
    ],
    ['[ADDR2] rejects a leading hyphen', 'MAIN.GROW1.-VEG.LEFT.R3.C5.P1', 3, 'EDGE_HYPHEN'],
    ['[ADDR2] rejects a trailing hyphen', 'MAIN.GROW1.VEG-.LEFT.R3.C5.P1', 3, 'EDGE_HYPHEN'],
    ['[ADDR8] rejects surrounding whitespace', ' MAIN.GROW1.VEG-A.LEFT.R3.C5.P1', 1, 'WHITESPACE'],
    [
      '[ADDR8] rejects a space inside a segment',
      'MAIN.GROW 1.VEG-A.LEFT.R3.C5.P1',
      2,
      'WHITESPACE',
    ],
    ['[ADDR4] rejects a leading zero', 'MAIN.GROW1.VEG-A.LEFT.R03.C5.P1', 5, 'LEADING_ZERO'],
    ['[ADDR4] rejects zero', 'MAIN.GROW1.VEG-A.LEFT.R3.C0.P1', 6, 'ZERO'],
    ['[ADDR4] rejects a number above 9999', 'MAIN.GROW1.VEG-A.LEFT.R3.C5.P10000', 7, 'TOO_LARGE'],
    [
      '[ADDR4] rejects a letter without a number',
      'MAIN.GROW1.VEG-A.LEFT.R.C5.P1',
      5,
      'MISSING_NUMBER',
    ],
    [
      '[ADDR4] rejects non-digits after the letter',
      'MAIN.GROW1.VEG-A.LEFT.R3A.C5.P1',
      5,
      'NOT_A_NUMBER',
    ],
    ['[ADDR4] rejects a sign', 'MAIN.GROW1.VEG-A.LEFT.R-3.C5.P1', 5, 'NOT_A_NUMBER'],
    ['[ADDR5] rejects a lower-case letter', 'MAIN.GROW1.VEG-A.LEFT.R3.C5.p1', 7, 'WRONG_PREFIX'],
    [
      '[ADDR5] rejects a row segment that is neither R nor L',
      'MAIN.GROW1.VEG-A.LEFT.X3.C5.P1',
      5,
      'WRONG_PREFIX',
    ],
    ['[ADDR5] rejects R then H', 'MAIN.GROW1.VEG-A.LEFT.R3.H5.P1', 6, 'MIXED_FORM'],
    ['[ADDR5] rejects L then C', 'MAIN.DRY.DRY-A.RACK1.L2.C5.P1', 6, 'MIXED_FORM'],
    [
      '[ADDR5] rejects a wrong letter in the slot',
      'MAIN.GROW1.VEG-A.LEFT.R3.C5.S1',
      7,
      'WRONG_PREFIX',
    ],
    [
      '[ADDR6] reports the first wrong segment from the left',
      'main.GROW1..LEFT.R0.C5.P1',
      1,
      'LOWER_CASE',
    ],
  ])('%s', (_title, input, segmentIndex, problem) => {
    const error = errorOf(input)
    expect(error.code).toBe('ADDRESS.INVALID_SEGMENT')
    expect(error.details).toMatchObject({ segmentIndex, problem })
    expect(() => parsePositionAddress(input)).toThrow(DomainError)
  })

  it('[ADDR6] details and message name the segment, what was expected and why', () => {
    const error = errorOf('MAIN.GROW1.veg-a.LEFT.R3.C5.P1')
    expect(error.details).toEqual({
      input: 'MAIN.GROW1.veg-a.LEFT.R3.C5.P1',
      segmentIndex: 3,
      segment: 'veg-a',
      segmentRole: 'room',
      expected: 'a room code',
      problem: 'LOWER_CASE',
      reason: 'has lower-case letters; codes are upper-case',
    })
    expect(error.message).toBe(
      'Address "MAIN.GROW1.veg-a.LEFT.R3.C5.P1": segment 3 "veg-a" should be a room code, but it has lower-case letters; codes are upper-case.',
    )
    expect(error.messageKey).toBe('errors.ADDRESS.INVALID_SEGMENT')
  })

  it.each([
    [
      'MAIN.GROW1.VEG-A.LEFT.R3.H5.P1',
      'column',
      'a column number C<n>',
      /H<n> \(hanger\) belongs to rack addresses/,
    ],
    [
      'MAIN.DRY.DRY-A.RACK1.L2.C5.P1',
      'hanger',
      'a hanger number H<n>',
      /C<n> \(column\) belongs to table addresses/,
    ],
  ])(
    '[ADDR5] mixing forms in %s names segment 6 and the form',
    (input, segmentRole, expected, reason) => {
      const error = errorOf(input)
      expect(error.details).toMatchObject({ segmentIndex: 6, segmentRole, expected })
      expect(error.details['reason']).toMatch(reason)
    },
  )

  it('[ADDR5] segment 5 expects R or L', () => {
    expect(errorOf('MAIN.GROW1.VEG-A.LEFT.C3.C5.P1').details).toMatchObject({
      segmentIndex: 5,
      segmentRole: 'row-or-level',
      expected: 'a table row number R<n> or a rack level L<n>',
    })
  })

  it.each([
    ['[ADDR7] rejects an empty string', ''],
    ['[ADDR7] rejects whitespace only', '   '],
  ])('%s with ADDRESS.EMPTY', (_title, input) => {
    expect(errorOf(input).code).toBe('ADDRESS.EMPTY')
  })

  it('[ADDR7] rejects an eighth segment with ADDRESS.TOO_MANY_SEGMENTS', () => {
    const error = errorOf('MAIN.GROW1.VEG-A.LEFT.R3.C5.P1.X')
    expect(error.code).toBe('ADDRESS.TOO_MANY_SEGMENTS')
    expect(error.details).toMatchObject({
      segmentIndex: 8,
      segment: 'X',
      segmentCount: 8,
      maxSegments: 7,
    })
  })

  it('[ADDR7] checks the first seven segments before counting', () => {
    expect(errorOf('MAIN.GROW1.VEG-A.LEFT.R3.C5.P0.X').code).toBe('ADDRESS.INVALID_SEGMENT')
  })

  it.each([
    ['MAIN', 'property', 2, 'a building code'],
    ['MAIN.GROW1.VEG-A', 'room', 4, 'a section code'],
    ['MAIN.GROW1.VEG-A.LEFT', 'section', 5, 'a table row number R<n> or a rack level L<n>'],
    ['MAIN.DRY.DRY-A.RACK1.L2', 'row', 6, 'a hanger number H<n>'],
    ['MAIN.GROW1.VEG-A.LEFT.R3.C5', 'cell', 7, 'a slot number P<n>'],
  ])(
    '[ADDR7] a shorter address %s is ADDRESS.INCOMPLETE at level %s',
    (input, level, segmentIndex, expected) => {
      const error = errorOf(input)
      expect(error.code).toBe('ADDRESS.INCOMPLETE')
      expect(error.details).toMatchObject({ level, segmentIndex, expected })
    },
  )

  it('[ADDR7] the incomplete message tells a person what to add', () => {
    expect(errorOf('MAIN.DRY.DRY-A.RACK1.L2.H5').message).toBe(
      'Address "MAIN.DRY.DRY-A.RACK1.L2.H5" names a rack hanger, not a plant position: segment 7, a slot number P<n>, is missing (add .P1 for the first slot). A position address has 7 segments, e.g. MAIN.GROW1.VEG-A.LEFT.R3.C5.P1.',
    )
  })

  it('[ADDR6] shortens a huge input in details and message', () => {
    const error = errorOf(`MAIN.${'A'.repeat(10_000)}.VEG-A.LEFT.R3.C5.P1`)
    expect(error.details).toMatchObject({ segmentIndex: 2, problem: 'TOO_LONG' })
    expect(error.message.length).toBeLessThan(300)
  })
})

describe('formatPositionAddress refusals', () => {
  it.each([
    ['[ADDR10] a lower-case code', { ...table, room: 'veg-a' }, 3, 'LOWER_CASE'],
    ['[ADDR10] a code with a dot', { ...table, section: 'LEFT.2' }, 4, 'INVALID_CHARACTER'],
    ['[ADDR10] an empty code', { ...table, property: '' }, 1, 'EMPTY'],
    ['[ADDR10] a fractional row', { ...table, row: 1.5 }, 5, 'NOT_A_NUMBER'],
    ['[ADDR10] NaN', { ...table, column: Number.NaN }, 6, 'NOT_A_NUMBER'],
    ['[ADDR10] zero', { ...rack, hanger: 0 }, 6, 'ZERO'],
    ['[ADDR10] a negative slot', { ...rack, slot: -1 }, 7, 'ZERO'],
    ['[ADDR10] a number above 9999', { ...rack, level: 10_000 }, 5, 'TOO_LARGE'],
  ])('%s', (_title, address, segmentIndex, problem) => {
    try {
      formatPositionAddress(address)
      expect.fail('should have thrown')
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError)
      expect((error as DomainError).code).toBe('ADDRESS.INVALID_SEGMENT')
      expect((error as DomainError).details).toMatchObject({ segmentIndex, problem })
    }
  })
})

describe('safeParsePositionAddress', () => {
  it('[ADDR14] returns the data on success', () => {
    expect(safeParsePositionAddress('MAIN.GROW1.VEG-A.LEFT.R3.C5.P1')).toEqual({
      success: true,
      data: table,
    })
  })

  it('[ADDR14] returns the same error the throwing parser throws', () => {
    const input = 'MAIN.GROW1.VEG-A.LEFT.R3.H5.P1'
    const result = safeParsePositionAddress(input)
    expect(result.success).toBe(false)
    expect(() => parsePositionAddress(input)).toThrow(result.success ? '' : result.error.message)
  })
})
