// The property's hierarchy as stored, in the shape the reconciliation planner reads: what
// the api loads before a publish, and what a publish leaves behind.
import type { SectionType } from '../../grids/grid.schema.ts'
import type { BuildingType, RoomType } from '../../hierarchy/hierarchy.schema.ts'
import {
  StoredLayoutSchema,
  type HierarchyForLayout,
  type StoredLayout,
} from '../hierarchy-to-snapshot.ts'
import type { SnapshotRect } from '../layout-snapshot.schema.ts'

export interface CurrentPlant {
  id: string
  tag: string
}

/** A stored position; `row` is its row's number (a rack level), `column` its hanger for racks. */
export interface CurrentPosition {
  id: string
  row: number
  column: number
  slot: number
  address: string
  /** The plant standing there, if any. */
  plant: CurrentPlant | null
}

export interface CurrentRow {
  id: string
  number: number
}

export interface CurrentSection {
  id: string
  code: string
  name: string
  type: SectionType
  spacingInches: number | null
  /** The `layout` JSON column as stored (a publish writes a {@link StoredLayout}). */
  layout: unknown
  rows: CurrentRow[]
  positions: CurrentPosition[]
}

export interface CurrentRoom {
  id: string
  code: string
  name: string
  type: RoomType
  layout: unknown
  sections: CurrentSection[]
}

export interface CurrentBuilding {
  id: string
  code: string
  name: string
  type: BuildingType
  layout: unknown
  rooms: CurrentRoom[]
}

export interface CurrentHierarchy {
  /** The first address segment of every position. */
  propertyCode: string
  buildings: CurrentBuilding[]
}

/**
 * What a publish stores in a building's, room's or section's `layout` column: the canvas
 * shape it came from (`key`) and where it was drawn, in feet.
 */
export type PublishedLayout = StoredLayout & { key: string }

/** The stored layout of a row, or null when it has none (created outside the canvas). */
export function readStoredLayout(value: unknown): StoredLayout | null {
  const parsed = StoredLayoutSchema.safeParse(value)
  return parsed.success ? parsed.data : null
}

/** The layout a publish stores for an element drawn at `rect` by shape `key`. */
export function storedLayoutOf(key: string, rect: SnapshotRect): PublishedLayout {
  return { key, x: rect.x, y: rect.y, width: rect.width, height: rect.height }
}

export function sameStoredLayout(a: StoredLayout | null, b: PublishedLayout): boolean {
  return (
    a !== null &&
    a.key === b.key &&
    a.x === b.x &&
    a.y === b.y &&
    a.width === b.width &&
    a.height === b.height
  )
}

/** The same hierarchy in the form `hierarchyToSnapshot` imports (grid sizes from positions). */
export function hierarchyForLayoutOf(current: CurrentHierarchy): HierarchyForLayout {
  return {
    buildings: current.buildings.map(({ rooms, ...building }) => ({
      ...building,
      rooms: rooms.map(({ sections, ...room }) => ({
        ...room,
        sections: sections.map(({ rows, positions, ...section }) => ({
          ...section,
          // The highest row number, so an import never drops a row after a gap.
          rows: Math.max(1, ...rows.map((r) => r.number)),
          columns: Math.max(1, ...positions.map((p) => p.column)),
          slotsPerPosition: Math.max(1, ...positions.map((p) => p.slot)),
        })),
      })),
    })),
  }
}
