import type { AddressForm, AddressLevel } from './address-segments.ts'

/** The four code segments every address starts with. */
export interface AddressCodes {
  property: string
  building: string
  room: string
  section: string
}

/** A plant position on a table or floor: `PROPERTY.BUILDING.ROOM.SECTION.R<row>.C<column>.P<slot>`. */
export interface TablePositionAddress extends AddressCodes {
  kind: 'table'
  row: number
  column: number
  slot: number
}

/** A plant position on a rack: `PROPERTY.BUILDING.ROOM.SECTION.L<level>.H<hanger>.P<slot>`. */
export interface RackPositionAddress extends AddressCodes {
  kind: 'rack'
  level: number
  hanger: number
  slot: number
}

/** A full plant position address, always including the slot. */
export type PositionAddress = TablePositionAddress | RackPositionAddress

/**
 * The parts of an address at any level. Keys below the level are absent (not
 * `undefined`); `kind` is present from the `row` level on, and then either
 * `row`/`column` (table) or `level`/`hanger` (rack) are used.
 */
export interface AddressPrefixParts {
  property: string
  building?: string
  room?: string
  section?: string
  kind?: AddressForm
  row?: number
  column?: number
  level?: number
  hanger?: number
  slot?: number
}

/** A well-formed address of any length: a property, building, room, section, row, cell or position. */
export interface AddressPrefix {
  level: AddressLevel
  parts: AddressPrefixParts
}

/** Result of the non-throwing parsers. */
export type AddressParseResult<T, E> = { success: true; data: T } | { success: false; error: E }
