/** The fields that put positions in grid order. */
export interface OrderedPosition {
  id: string
  sectionId: string
  row: number
  column: number
  slot: number
}

/**
 * Selected positions in grid order (section as listed, then row, column, slot), so the
 * n-th tag goes to the n-th position people see.
 */
export function orderPositions<P extends OrderedPosition>(
  ids: Iterable<string>,
  positionsById: ReadonlyMap<string, P>,
  sectionOrder: readonly string[],
): P[] {
  const sectionIndex = new Map(sectionOrder.map((id, index) => [id, index]))
  const chosen: P[] = []
  for (const id of ids) {
    const position = positionsById.get(id)
    if (position) chosen.push(position)
  }
  return chosen.sort(
    (a, b) =>
      (sectionIndex.get(a.sectionId) ?? 0) - (sectionIndex.get(b.sectionId) ?? 0) ||
      a.row - b.row ||
      a.column - b.column ||
      a.slot - b.slot,
  )
}
