// Live occupancy (from `layout.occupancy`) matched to the canvas's tables and racks: by
// the shape id the section was published from, else by the shape's `meta.entityId`.
import type { LayoutOccupancy } from '@growops/domain'
import { cellKey, type CellStatus, type SectionOccupancyView } from './overlay-state.ts'

/** Which status a cell with several slots shows: the most telling one. */
const RANK: Record<CellStatus, number> = { E: 0, R: 1, D: 2, O: 3 }

export function occupancyViews(
  occupancy: LayoutOccupancy,
  shapes: Iterable<{ id: string; meta: Record<string, unknown> }>,
): Map<string, SectionOccupancyView> {
  const ids = new Set<string>()
  const byEntity = new Map<string, string>()
  for (const shape of shapes) {
    ids.add(shape.id)
    const entityId = shape.meta.entityId
    if (typeof entityId === 'string') byEntity.set(entityId, shape.id)
  }
  const views = new Map<string, SectionOccupancyView>()
  for (const section of occupancy.sections) {
    const shapeId =
      section.key !== null && ids.has(section.key) ? section.key : byEntity.get(section.sectionId)
    if (shapeId === undefined) continue
    const cells = new Map<string, { status: CellStatus; colour: string | null }>()
    for (const [row, column, , status, batchIndex] of section.cells) {
      const key = cellKey(row, column)
      const current = cells.get(key)
      if (current && RANK[current.status] >= RANK[status]) continue
      cells.set(key, { status, colour: occupancy.batches[batchIndex]?.colour ?? null })
    }
    views.set(shapeId, { cells })
  }
  return views
}
