import type { z } from 'zod'
import { type DomainError, isDomainError } from '../errors/domain-error.ts'
import { readAddress } from './address-reader.ts'
import { ADDRESS_LEVELS } from './address-segments.ts'
import type { AddressParseResult, AddressPrefix } from './address-types.ts'
import { writeAddress } from './address-writer.ts'

/** A canonical address string of any level, as produced by {@link formatAddressPrefix}. */
export type AddressPrefixString = string & z.$brand<'AddressPrefix'>

/**
 * Strictly parses a canonical address of any level, from a property (`MAIN`)
 * to a full position (`MAIN.GROW1.VEG-A.LEFT.R3.C5.P1`), and says which level
 * it is. Absent parts are left out of `parts`.
 *
 * @throws DomainError `ADDRESS.EMPTY`, `ADDRESS.INVALID_SEGMENT` or
 *   `ADDRESS.TOO_MANY_SEGMENTS`.
 */
export function parseAddressPrefix(input: string): AddressPrefix {
  return readAddress(input)
}

/** {@link parseAddressPrefix} without throwing: `{ success, data }` or `{ success, error }`. */
export function safeParseAddressPrefix(
  input: string,
): AddressParseResult<AddressPrefix, DomainError> {
  try {
    return { success: true, data: readAddress(input) }
  } catch (error) {
    if (isDomainError(error)) return { success: false, error }
    throw error
  }
}

/**
 * Writes an address down to `prefix.level`; parts below that level are
 * ignored. From the `row` level on, `parts.kind` picks `R/C` or `L/H`.
 *
 * @throws DomainError `ADDRESS.INVALID_SEGMENT` when a part the level needs is
 *   missing or could not be parsed back.
 */
export function formatAddressPrefix(prefix: AddressPrefix): AddressPrefixString {
  return writeAddress(prefix.parts, ADDRESS_LEVELS.indexOf(prefix.level) + 1) as AddressPrefixString
}

/**
 * Whether `address` lies within `prefix`: every segment of the prefix equals
 * the address's segment at the same place. Either may be at any level; an
 * address is within itself, and a table row never contains a rack level.
 * Both must be canonical (normalize typed input first).
 *
 * @throws DomainError when either is not a well-formed address.
 */
export function isAddressWithinPrefix(address: string, prefix: string): boolean {
  readAddress(address)
  readAddress(prefix)
  const addressSegments = address.split('.')
  const prefixSegments = prefix.split('.')
  if (prefixSegments.length > addressSegments.length) return false
  return prefixSegments.every((segment, i) => segment === addressSegments[i])
}
