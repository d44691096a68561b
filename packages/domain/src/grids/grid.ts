import { formatAddressPrefix } from '../addressing/address-prefix.ts'
import type { AddressForm } from '../addressing/address-segments.ts'
import type { AddressCodes } from '../addressing/address-types.ts'
import type { PositionAddressString } from '../addressing/position-address.ts'
import { DomainError } from '../errors/domain-error.ts'
import {
  GRID_LIMITS,
  type RackGridInput,
  type SectionType,
  type TableGridInput,
} from './grid.schema.ts'

/**
 * One plant position slot in a section's grid. For racks `row` is the level
 * and `column` the hanger, matching how positions are stored.
 */
export interface GridCell {
  kind: AddressForm
  row: number
  column: number
  slot: number
}

/** A grid cell with its full address. */
export interface SectionPosition extends GridCell {
  address: PositionAddressString
}

/** A section's grid in storage terms: for racks, rows are levels and columns hangers. */
export interface SectionGrid {
  rows: number
  columns: number
  slotsPerPosition?: number
}

/**
 * Every cell of a table grid, ordered by row, then column, then slot.
 *
 * @throws DomainError `GRID.OUT_OF_RANGE` unless rows and columns are whole
 *   numbers 1..200 and slotsPerPosition 1..4.
 */
export function generateTableGrid({
  rows,
  columns,
  slotsPerPosition = 1,
}: TableGridInput): GridCell[] {
  checkLimit('rows', rows, GRID_LIMITS.rows)
  checkLimit('columns', columns, GRID_LIMITS.columns)
  checkLimit('slotsPerPosition', slotsPerPosition, GRID_LIMITS.slotsPerPosition)
  return cells('table', rows, columns, slotsPerPosition)
}

/**
 * Every cell of a rack grid, ordered by level, then hanger, then slot; the
 * level is reported as `row` and the hanger as `column`.
 *
 * @throws DomainError `GRID.OUT_OF_RANGE` unless levels and hangersPerLevel
 *   are whole numbers 1..200 and slotsPerPosition 1..4.
 */
export function generateRackGrid({
  levels,
  hangersPerLevel,
  slotsPerPosition = 1,
}: RackGridInput): GridCell[] {
  checkLimit('levels', levels, GRID_LIMITS.rows)
  checkLimit('hangersPerLevel', hangersPerLevel, GRID_LIMITS.columns)
  checkLimit('slotsPerPosition', slotsPerPosition, GRID_LIMITS.slotsPerPosition)
  return cells('rack', levels, hangersPerLevel, slotsPerPosition)
}

/** The address form a section type uses: RACK and HANGER → rack, others → table. */
export function addressFormForSectionType(type: SectionType): AddressForm {
  return type === 'RACK' || type === 'HANGER' ? 'rack' : 'table'
}

/**
 * Every position of a section with its full address, in grid order. The form
 * (R/C or L/H) follows the section type.
 *
 * @throws DomainError `ADDRESS.INVALID_SEGMENT` for a bad code, or
 *   `GRID.OUT_OF_RANGE` for a grid outside the limits.
 */
export function generateSectionAddresses(
  codes: AddressCodes,
  type: SectionType,
  grid: SectionGrid,
): SectionPosition[] {
  const section = formatAddressPrefix({ level: 'section', parts: codes })
  const form = addressFormForSectionType(type)
  const gridCells =
    form === 'rack'
      ? generateRackGrid({
          levels: grid.rows,
          hangersPerLevel: grid.columns,
          slotsPerPosition: grid.slotsPerPosition,
        })
      : generateTableGrid(grid)
  const [first, second] = form === 'rack' ? ['L', 'H'] : ['R', 'C']
  // Codes were checked once above and the grid limits keep numbers in range,
  // so writing the text directly gives what formatPositionAddress would.
  return gridCells.map(({ kind, row, column, slot }) => ({
    kind,
    row,
    column,
    slot,
    address: `${section}.${first}${row}.${second}${column}.P${slot}` as PositionAddressString,
  }))
}

function cells(
  kind: AddressForm,
  rows: number,
  columns: number,
  slotsPerPosition: number,
): GridCell[] {
  const result: GridCell[] = []
  for (let row = 1; row <= rows; row++) {
    for (let column = 1; column <= columns; column++) {
      for (let slot = 1; slot <= slotsPerPosition; slot++) result.push({ kind, row, column, slot })
    }
  }
  return result
}

function checkLimit(field: string, value: unknown, limit: { min: number; max: number }): void {
  if (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= limit.min &&
    value <= limit.max
  ) {
    return
  }
  throw new DomainError(
    'GRID.OUT_OF_RANGE',
    `${field} must be a whole number from ${limit.min} to ${limit.max}; got ${String(value)}.`,
    { field, value, min: limit.min, max: limit.max },
  )
}
