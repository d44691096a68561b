// Appending a row (a table row R<n> or a rack level L<n>) to an existing section (HIER6).
import { formatAddressPrefix } from '../addressing/address-prefix.ts'
import type { AddressCodes } from '../addressing/address-types.ts'
import type { PositionAddressString } from '../addressing/position-address.ts'
import { DomainError } from '../errors/domain-error.ts'
import {
  addressFormForSectionType,
  generateTableGrid,
  type SectionPosition,
} from '../grids/grid.ts'
import { GRID_LIMITS, type SectionType } from '../grids/grid.schema.ts'

/**
 * The number the next row of a section gets: one more than the highest it has (a gap left
 * by a deleted row in the middle is not refilled).
 *
 * @throws DomainError `GRID.OUT_OF_RANGE` when that number is above the grid limit.
 */
export function nextRowNumber(existing: readonly number[]): number {
  const next = existing.reduce((highest, number) => Math.max(highest, number), 0) + 1
  if (next > GRID_LIMITS.rows.max) {
    throw new DomainError(
      'GRID.OUT_OF_RANGE',
      `This section already has row ${next - 1}; a section has at most ${GRID_LIMITS.rows.max} rows or levels.`,
      { field: 'rows', value: next, min: GRID_LIMITS.rows.min, max: GRID_LIMITS.rows.max },
    )
  }
  return next
}

/**
 * The positions of row `rowNumber` of a section: `columns` cells of `slotsPerPosition`
 * slots, addressed in the section type's form (R/C or L/H), in column then slot order.
 *
 * @throws DomainError `GRID.OUT_OF_RANGE` for a bad row number, column or slot count, or
 *   `ADDRESS.INVALID_SEGMENT` for a bad code.
 */
export function generateRowAddresses(
  codes: AddressCodes,
  type: SectionType,
  row: { number: number; columns: number; slotsPerPosition?: number },
): SectionPosition[] {
  const kind = addressFormForSectionType(type)
  const section = formatAddressPrefix({ level: 'section', parts: codes })
  if (
    !Number.isInteger(row.number) ||
    row.number < GRID_LIMITS.rows.min ||
    row.number > GRID_LIMITS.rows.max
  ) {
    throw new DomainError(
      'GRID.OUT_OF_RANGE',
      `rows must be a whole number from ${GRID_LIMITS.rows.min} to ${GRID_LIMITS.rows.max}; got ${String(row.number)}.`,
      { field: 'rows', value: row.number, ...GRID_LIMITS.rows },
    )
  }
  const [first, second] = kind === 'rack' ? ['L', 'H'] : ['R', 'C']
  return generateTableGrid({
    rows: 1,
    columns: row.columns,
    slotsPerPosition: row.slotsPerPosition,
  }).map(({ column, slot }) => ({
    kind,
    row: row.number,
    column,
    slot,
    address:
      `${section}.${first}${row.number}.${second}${column}.P${slot}` as PositionAddressString,
  }))
}
