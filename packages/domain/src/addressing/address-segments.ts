// Segment-by-segment validation shared by the position and prefix parsers and
// by the formatters, so that whatever we format is exactly what we can parse.
import { DomainError } from '../errors/domain-error.ts'

/** Table addresses use `R<row>.C<column>`; rack addresses use `L<level>.H<hanger>`. */
export type AddressForm = 'table' | 'rack'

/** How deep an address goes; `position` is a full address with its slot. */
export type AddressLevel =
  'property' | 'building' | 'room' | 'section' | 'row' | 'cell' | 'position'

/** Levels in order: the level of an address with n segments is `ADDRESS_LEVELS[n - 1]`. */
export const ADDRESS_LEVELS = [
  'property',
  'building',
  'room',
  'section',
  'row',
  'cell',
  'position',
] as const satisfies readonly AddressLevel[]

export const ADDRESS_CODE_MAX_LENGTH = 16
export const ADDRESS_NUMBER_MAX = 9999
export const POSITION_SEGMENT_COUNT = 7

/** What a segment is, for messages and for translated details. */
export type SegmentRole =
  | 'property'
  | 'building'
  | 'room'
  | 'section'
  | 'row-or-level'
  | 'row'
  | 'level'
  | 'column'
  | 'hanger'
  | 'slot'

/** Machine-readable reason a segment was refused (details.problem). */
export type SegmentProblemCode =
  | 'MISSING'
  | 'EMPTY'
  | 'WHITESPACE'
  | 'TOO_LONG'
  | 'LOWER_CASE'
  | 'INVALID_CHARACTER'
  | 'EDGE_HYPHEN'
  | 'WRONG_PREFIX'
  | 'MIXED_FORM'
  | 'MISSING_NUMBER'
  | 'NOT_A_NUMBER'
  | 'LEADING_ZERO'
  | 'ZERO'
  | 'TOO_LARGE'

export interface SegmentProblem {
  problem: SegmentProblemCode
  /** Finishes the sentence "…, but it …". */
  reason: string
}

const EXPECTED: Record<SegmentRole, string> = {
  property: 'a property code',
  building: 'a building code',
  room: 'a room code',
  section: 'a section code',
  'row-or-level': 'a table row number R<n> or a rack level L<n>',
  row: 'a row number R<n>',
  level: 'a rack level L<n>',
  column: 'a column number C<n>',
  hanger: 'a hanger number H<n>',
  slot: 'a slot number P<n>',
}

const CODE_ROLES = ['property', 'building', 'room', 'section'] as const

const NUMBER_LETTER = { row: 'R', level: 'L', column: 'C', hanger: 'H', slot: 'P' } as const

/** Roles of the number segments (5 to 7). */
export type NumberSegmentRole = Exclude<SegmentRole, (typeof CODE_ROLES)[number]>

/** The English description of what belongs in a segment. */
export function describeSegmentRole(role: SegmentRole): string {
  return EXPECTED[role]
}

/** The role of the 1-based segment `index`, given the form once it is known. */
export function segmentRoleAt(index: number, form: AddressForm | null): SegmentRole {
  return CODE_ROLES[index - 1] ?? numberRoleAt(index, form)
}

/** The role of number segment 5, 6 or 7 (anything past 6 is the slot). */
export function numberRoleAt(index: number, form: AddressForm | null): NumberSegmentRole {
  if (index === 5) return form === null ? 'row-or-level' : form === 'table' ? 'row' : 'level'
  if (index === 6) return form === 'rack' ? 'hanger' : 'column'
  return 'slot'
}

/** Checks one code segment (property, building, room, section). */
export function checkCode(segment: string): SegmentProblem | null {
  if (segment === '') return EMPTY
  if (/\s/.test(segment)) return WHITESPACE
  if (segment.length > ADDRESS_CODE_MAX_LENGTH) {
    return {
      problem: 'TOO_LONG',
      reason: `is ${segment.length} characters long; codes have at most ${ADDRESS_CODE_MAX_LENGTH}`,
    }
  }
  if (/[a-z]/.test(segment)) {
    return { problem: 'LOWER_CASE', reason: 'has lower-case letters; codes are upper-case' }
  }
  const bad = /[^A-Z0-9-]/.exec(segment)
  if (bad !== null) {
    return {
      problem: 'INVALID_CHARACTER',
      reason: `contains "${bad[0]}"; codes use only A-Z, 0-9 and -`,
    }
  }
  if (segment.startsWith('-') || segment.endsWith('-')) {
    return { problem: 'EDGE_HYPHEN', reason: 'starts or ends with a hyphen' }
  }
  return null
}

/** Checks one number segment such as `R3`, given the letter it must start with. */
export function checkNumber(segment: string, letter: string): SegmentProblem | null {
  if (segment === '') return EMPTY
  if (/\s/.test(segment)) return WHITESPACE
  if (!segment.startsWith(letter)) {
    return {
      problem: 'WRONG_PREFIX',
      reason: `does not start with the upper-case letter ${letter}`,
    }
  }
  const digits = segment.slice(1)
  if (digits === '') return { problem: 'MISSING_NUMBER', reason: `has no number after ${letter}` }
  if (!/^[0-9]+$/.test(digits)) {
    return { problem: 'NOT_A_NUMBER', reason: `has something other than digits after ${letter}` }
  }
  if (/^0+$/.test(digits)) return { problem: 'ZERO', reason: 'is zero; numbers start at 1' }
  if (digits.startsWith('0')) {
    const plain = digits.replace(/^0+/, '')
    return {
      problem: 'LEADING_ZERO',
      reason: `has a leading zero; write ${letter}${plain}, not ${segment}`,
    }
  }
  if (digits.length > 4 || Number(digits) > ADDRESS_NUMBER_MAX) {
    return { problem: 'TOO_LARGE', reason: `is above the largest number, ${ADDRESS_NUMBER_MAX}` }
  }
  return null
}

/** Checks a number segment where a table/rack letter mix-up deserves its own reason. */
export function checkNumberOfRole(segment: string, role: NumberSegmentRole): SegmentProblem | null {
  if (role === 'row-or-level') {
    const letter = segment.startsWith('L') ? 'L' : 'R'
    const problem = checkNumber(segment, letter)
    if (problem?.problem !== 'WRONG_PREFIX') return problem
    return {
      problem: 'WRONG_PREFIX',
      reason: 'starts with neither R (table row) nor L (rack level)',
    }
  }
  const problem = checkNumber(segment, NUMBER_LETTER[role])
  if (problem?.problem !== 'WRONG_PREFIX') return problem
  if (role === 'column' && /^H[0-9]/.test(segment)) {
    return {
      problem: 'MIXED_FORM',
      reason:
        'mixes the two forms: H<n> (hanger) belongs to rack addresses L<n>.H<n>; this address has a table row R<n>, so a column C<n> comes next',
    }
  }
  if (role === 'hanger' && /^C[0-9]/.test(segment)) {
    return {
      problem: 'MIXED_FORM',
      reason:
        'mixes the two forms: C<n> (column) belongs to table addresses R<n>.C<n>; this address has a rack level L<n>, so a hanger H<n> comes next',
    }
  }
  return problem
}

/** Parses a segment already checked by {@link checkNumber}. */
export function numberOf(segment: string): number {
  return Number(segment.slice(1))
}

/** Checks that a number given to a formatter can be written as a segment. */
export function checkNumberValue(value: number): SegmentProblem | null {
  if (!Number.isSafeInteger(value)) {
    return { problem: 'NOT_A_NUMBER', reason: 'is not a whole number' }
  }
  if (value < 1) return { problem: 'ZERO', reason: 'is below 1; numbers start at 1' }
  if (value > ADDRESS_NUMBER_MAX) {
    return { problem: 'TOO_LARGE', reason: `is above the largest number, ${ADDRESS_NUMBER_MAX}` }
  }
  return null
}

/** Used by the formatters when a part the level needs is absent. */
export const MISSING: SegmentProblem = { problem: 'MISSING', reason: 'is missing' }

const EMPTY: SegmentProblem = {
  problem: 'EMPTY',
  reason: 'is empty (two dots in a row, or a dot at the start or end)',
}
const WHITESPACE: SegmentProblem = {
  problem: 'WHITESPACE',
  reason: 'contains a space (typed or scanned text can go through normalizeAddressInput first)',
}

/** Shortens user text echoed in messages so a huge input cannot flood logs. */
export function excerpt(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`
}

/** The DomainError for a refused segment; details name the segment and why. */
export function invalidSegmentError(
  input: string,
  segmentIndex: number,
  segment: string,
  role: SegmentRole,
  problem: SegmentProblem,
): DomainError {
  const expected = describeSegmentRole(role)
  const shown = excerpt(segment, 40)
  return new DomainError(
    'ADDRESS.INVALID_SEGMENT',
    `Address "${excerpt(input)}": segment ${segmentIndex} "${shown}" should be ${expected}, but it ${problem.reason}.`,
    {
      input: excerpt(input),
      segmentIndex,
      segment: shown,
      segmentRole: role,
      expected,
      problem: problem.problem,
      reason: problem.reason,
    },
  )
}
