// What an address becomes when a property, building, room or section code is renamed
// (HIER3). The api applies the same rule to whole rooms at once in SQL; this is the
// reference it is tested against.
import { parsePositionAddress, formatPositionAddress } from '../addressing/position-address.ts'
import type { PositionAddressString } from '../addressing/position-address.ts'
import { HIERARCHY_CODE_LEVELS, type HierarchyCodeLevel } from './hierarchy-code.ts'

/** The 1-based address segment a level's code occupies: property 1 … section 4. */
export function addressSegmentOfLevel(level: HierarchyCodeLevel): number {
  return HIERARCHY_CODE_LEVELS.indexOf(level) + 1
}

/**
 * The address of a position after the `level` code above it was renamed to `code`: only
 * that segment changes; every other segment, the form (R/C or L/H) and the slot stay.
 *
 * @throws DomainError `ADDRESS.*` when `address` is not a canonical position address, or
 *   `ADDRESS.INVALID_SEGMENT` when `code` is not a valid code (ADDR10).
 */
export function readdressPosition(
  address: string,
  level: HierarchyCodeLevel,
  code: string,
): PositionAddressString {
  const parsed = parsePositionAddress(address)
  return formatPositionAddress({ ...parsed, [level]: code })
}

/**
 * The address prefix of a hierarchy entity from its ancestors' codes and its own,
 * e.g. `['MAIN', 'GROW1', 'VEG-A']` → `MAIN.GROW1.VEG-A`. Used to label an entity in
 * messages; codes are taken as stored.
 */
export function hierarchyLabel(codes: readonly string[]): string {
  return codes.join('.')
}

/** The Metrc Location name a room reports as unless set otherwise (HIER5): `GROW1 VEG-A`. */
export function defaultMetrcLocationName(buildingCode: string, roomCode: string): string {
  return `${buildingCode} ${roomCode}`
}
