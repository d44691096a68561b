import type { z } from 'zod'
import { DomainError, isDomainError } from '../errors/domain-error.ts'
import { readAddress } from './address-reader.ts'
import {
  ADDRESS_LEVELS,
  describeSegmentRole,
  excerpt,
  POSITION_SEGMENT_COUNT,
  segmentRoleAt,
  type AddressLevel,
} from './address-segments.ts'
import type { AddressParseResult, AddressPrefix, PositionAddress } from './address-types.ts'
import { writeAddress } from './address-writer.ts'

/** A canonical full position address string, as produced by {@link formatPositionAddress}. */
export type PositionAddressString = string & z.$brand<'PositionAddress'>

/**
 * Writes a position address, e.g. `MAIN.GROW1.VEG-A.LEFT.R3.C5.P1` or
 * `MAIN.DRY.DRY-A.RACK1.L2.H5.P1`.
 *
 * @throws DomainError `ADDRESS.INVALID_SEGMENT` when a code or number could not
 *   be parsed back (details name the 1-based segment index and the reason).
 */
export function formatPositionAddress(address: PositionAddress): PositionAddressString {
  return writeAddress(address, POSITION_SEGMENT_COUNT) as PositionAddressString
}

/**
 * Strictly parses a canonical full position address (seven segments, slot
 * included). Does not trim or upper-case: pass typed or scanned text through
 * `normalizeAddressInput` first.
 *
 * @throws DomainError `ADDRESS.EMPTY`, `ADDRESS.INVALID_SEGMENT` (first wrong
 *   segment: index, text, what was expected and why), `ADDRESS.TOO_MANY_SEGMENTS`
 *   or `ADDRESS.INCOMPLETE` (a shorter, well-formed address).
 */
export function parsePositionAddress(input: string): PositionAddress {
  const prefix = readAddress(input)
  if (prefix.level !== 'position') throw incompleteError(input, prefix)
  const { parts } = prefix
  const codes = {
    property: parts.property,
    building: parts.building ?? '',
    room: parts.room ?? '',
    section: parts.section ?? '',
  }
  const slot = parts.slot ?? 0
  return parts.kind === 'rack'
    ? { kind: 'rack', ...codes, level: parts.level ?? 0, hanger: parts.hanger ?? 0, slot }
    : { kind: 'table', ...codes, row: parts.row ?? 0, column: parts.column ?? 0, slot }
}

/** {@link parsePositionAddress} without throwing: `{ success, data }` or `{ success, error }`. */
export function safeParsePositionAddress(
  input: string,
): AddressParseResult<PositionAddress, DomainError> {
  try {
    return { success: true, data: parsePositionAddress(input) }
  } catch (error) {
    if (isDomainError(error)) return { success: false, error }
    throw error
  }
}

const LEVEL_NOUN: Record<AddressLevel, { table: string; rack: string }> = {
  property: { table: 'a property', rack: 'a property' },
  building: { table: 'a building', rack: 'a building' },
  room: { table: 'a room', rack: 'a room' },
  section: { table: 'a section', rack: 'a section' },
  row: { table: 'a table row', rack: 'a rack level' },
  cell: { table: 'a table cell', rack: 'a rack hanger' },
  position: { table: 'a position', rack: 'a position' },
}

function incompleteError(input: string, prefix: AddressPrefix): DomainError {
  const segmentCount = ADDRESS_LEVELS.indexOf(prefix.level) + 1
  const missingIndex = segmentCount + 1
  const form = prefix.parts.kind ?? null
  const missingRole = segmentRoleAt(missingIndex, form)
  const expected = describeSegmentRole(missingRole)
  const noun = LEVEL_NOUN[prefix.level][form ?? 'table']
  const hint = prefix.level === 'cell' ? ' (add .P1 for the first slot)' : ''
  return new DomainError(
    'ADDRESS.INCOMPLETE',
    `Address "${excerpt(input)}" names ${noun}, not a plant position: segment ${missingIndex}, ${expected}, is missing${hint}. A position address has ${POSITION_SEGMENT_COUNT} segments, e.g. MAIN.GROW1.VEG-A.LEFT.R3.C5.P1.`,
    {
      input: excerpt(input),
      level: prefix.level,
      segmentCount,
      segmentIndex: missingIndex,
      segmentRole: missingRole,
      expected,
    },
  )
}
