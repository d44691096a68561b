// Reads an address of any length (1..7 segments), checking segments left to
// right so that the first wrong segment is the one reported.
import { DomainError } from '../errors/domain-error.ts'
import {
  ADDRESS_LEVELS,
  POSITION_SEGMENT_COUNT,
  checkCode,
  checkNumberOfRole,
  excerpt,
  invalidSegmentError,
  numberOf,
  numberRoleAt,
  segmentRoleAt,
  type AddressForm,
} from './address-segments.ts'
import type { AddressPrefix, AddressPrefixParts } from './address-types.ts'

const CODE_KEYS = ['property', 'building', 'room', 'section'] as const

/** Strictly reads a canonical address at any level; throws DomainError. */
export function readAddress(input: string): AddressPrefix {
  if (input.trim() === '') {
    throw new DomainError('ADDRESS.EMPTY', 'The address is empty; scan or type an address.', {
      input,
    })
  }
  const segments = input.split('.')
  const parts: AddressPrefixParts = { property: '' }
  let form: AddressForm | null = null
  const checked = Math.min(segments.length, POSITION_SEGMENT_COUNT)
  for (let i = 0; i < checked; i++) {
    const segment = segments[i] ?? ''
    const index = i + 1
    if (index === 5) form = formOf(segment)
    const role = segmentRoleAt(index, form)
    const problem =
      index <= 4 ? checkCode(segment) : checkNumberOfRole(segment, numberRoleAt(index, form))
    if (problem !== null) throw invalidSegmentError(input, index, segment, role, problem)
    assignSegment(parts, index, segment, form)
  }
  if (segments.length > POSITION_SEGMENT_COUNT) {
    const extra = segments[POSITION_SEGMENT_COUNT] ?? ''
    throw new DomainError(
      'ADDRESS.TOO_MANY_SEGMENTS',
      `Address "${excerpt(input)}" has ${segments.length} segments; an address has at most ${POSITION_SEGMENT_COUNT} (…P<slot> is the last). Remove "${excerpt(extra, 40)}" and what follows.`,
      {
        input: excerpt(input),
        segmentCount: segments.length,
        maxSegments: POSITION_SEGMENT_COUNT,
        segmentIndex: POSITION_SEGMENT_COUNT + 1,
        segment: excerpt(extra, 40),
      },
    )
  }
  const level = ADDRESS_LEVELS[segments.length - 1] ?? 'position'
  return { level, parts }
}

function formOf(segment: string): AddressForm | null {
  if (segment.startsWith('R')) return 'table'
  if (segment.startsWith('L')) return 'rack'
  return null
}

function assignSegment(
  parts: AddressPrefixParts,
  index: number,
  segment: string,
  form: AddressForm | null,
): void {
  const codeKey = CODE_KEYS[index - 1]
  if (codeKey !== undefined) {
    parts[codeKey] = segment
    return
  }
  const value = numberOf(segment)
  if (index === 5) {
    parts.kind = form ?? 'table'
    if (form === 'rack') parts.level = value
    else parts.row = value
  } else if (index === 6) {
    if (form === 'rack') parts.hanger = value
    else parts.column = value
  } else {
    parts.slot = value
  }
}
