// Inserts a grid's positions in one statement (unnest of parallel arrays): a 200 × 200
// section is 40,000 rows, which row-by-row or parameter-per-value inserts make slow.
import type { TransactionClient } from '@growops/db'
import type { SectionPosition } from '@growops/domain'

export interface PositionPlacement {
  propertyId: string
  roomId: string
  sectionId: string
  /** Row id by row (or rack level) number. */
  rowIdByNumber: ReadonlyMap<number, string>
}

export async function insertPositions(
  tx: TransactionClient,
  placement: PositionPlacement,
  cells: readonly SectionPosition[],
): Promise<number> {
  const rowIds: string[] = []
  const columns: number[] = []
  const slots: number[] = []
  const addresses: string[] = []
  for (const cell of cells) {
    const rowId = placement.rowIdByNumber.get(cell.row)
    if (rowId === undefined) throw new Error(`row ${cell.row} was not created`)
    rowIds.push(rowId)
    columns.push(cell.column)
    slots.push(cell.slot)
    addresses.push(cell.address)
  }
  const now = new Date()
  return tx.$executeRaw`
    INSERT INTO "Position"
      (id, "rowId", "sectionId", "roomId", "propertyId", "column", slot, address, status, "createdAt", "updatedAt")
    SELECT gen_random_uuid()::text, cell."rowId", ${placement.sectionId}, ${placement.roomId},
           ${placement.propertyId}, cell."column", cell.slot, cell.address, 'EMPTY'::"PositionStatus",
           ${now}, ${now}
    FROM unnest(${rowIds}::text[], ${columns}::int[], ${slots}::int[], ${addresses}::text[])
      AS cell("rowId", "column", slot, address)`
}
