// Importing an existing facility onto an empty canvas (LAYC8): the hierarchy becomes a
// LayoutSnapshot, using each row's stored `layout` where it is usable and arranging the
// rest so that nothing overlaps and every child lies inside its parent.
import { z } from 'zod'
import { GRID_LIMITS, type SectionType } from '../grids/grid.schema.ts'
import {
  SPACING_INCHES_LIMITS,
  type BuildingType,
  type RoomType,
} from '../hierarchy/hierarchy.schema.ts'
import { importedShapeId, rackSizeFeet, tableSizeFeet } from './canvas-model.ts'
import {
  arrangeBuildings,
  arrangeChildren,
  type ArrangedNode,
  type Offset,
} from './auto-arrange.ts'
import { roundFeet } from './geometry.ts'
import {
  LAYOUT_SNAPSHOT_VERSION,
  type LayoutSnapshot,
  type SnapshotBuilding,
  type SnapshotRect,
  type SnapshotRoom,
  type SnapshotSection,
} from './layout-snapshot.schema.ts'
import { sortLayoutSnapshot } from './sort-snapshot.ts'

export interface HierarchySectionForLayout {
  id: string
  code: string
  name: string
  type: SectionType
  spacingInches: number | null
  layout: unknown
  /** How many rows (rack levels) the section has. */
  rows: number
  /** The highest column (hanger) number of any row. */
  columns: number
  /** The highest slot number of any position. */
  slotsPerPosition: number
}
export interface HierarchyRoomForLayout {
  id: string
  code: string
  name: string
  type: RoomType
  layout: unknown
  sections: HierarchySectionForLayout[]
}
export interface HierarchyBuildingForLayout {
  id: string
  code: string
  name: string
  type: BuildingType
  layout: unknown
  rooms: HierarchyRoomForLayout[]
}
/** A property's buildings, rooms and sections as the api reads them for an import. */
export interface HierarchyForLayout {
  buildings: HierarchyBuildingForLayout[]
}

/** Distances of the automatic arrangement, in feet. */
export const IMPORT_LAYOUT_FEET = {
  /** Between sections of a room, and between them and its walls. */
  aisle: 4,
  /** Between rooms of a building, and between them and its walls. */
  roomGap: 4,
  /** Between buildings. */
  buildingGap: 20,
  /** Side of a room without sections. */
  emptyRoom: 20,
  /** Side of a building without rooms. */
  emptyBuilding: 40,
} as const

/** Spacing a section without one is drawn with, in inches. */
export const DEFAULT_SPACING_INCHES = { table: 24, rack: 12 } as const

/** The `layout` JSON a building, room or section row stores: its rect in feet and its key. */
export const StoredLayoutSchema = z.object({
  key: z.string().min(1).max(120).optional(),
  x: z.number().min(-100_000).max(100_000),
  y: z.number().min(-100_000).max(100_000),
  width: z.number().positive().max(100_000),
  height: z.number().positive().max(100_000),
})
export type StoredLayout = z.infer<typeof StoredLayoutSchema>

function readStored(layout: unknown): StoredLayout | null {
  const parsed = StoredLayoutSchema.safeParse(layout)
  if (!parsed.success) return null
  const { key, x, y, width, height } = parsed.data
  const rect = {
    x: roundFeet(x),
    y: roundFeet(y),
    width: roundFeet(width),
    height: roundFeet(height),
  }
  if (rect.width <= 0 || rect.height <= 0) return null
  return key === undefined ? rect : { key, ...rect }
}

function clamp(value: number, limit: { min: number; max: number }): number {
  return Math.min(limit.max, Math.max(limit.min, Math.round(value)))
}

function sectionGrid(s: HierarchySectionForLayout) {
  const rack = s.type === 'RACK' || s.type === 'HANGER'
  const rows = clamp(s.rows, GRID_LIMITS.rows)
  const columns = clamp(s.columns, GRID_LIMITS.columns)
  const spacingInches = clamp(
    s.spacingInches ?? (rack ? DEFAULT_SPACING_INCHES.rack : DEFAULT_SPACING_INCHES.table),
    SPACING_INCHES_LIMITS,
  )
  const size = rack
    ? rackSizeFeet({ hangersPerLevel: columns, spacingInches })
    : tableSizeFeet({ rows, columns, spacingInches })
  return {
    rows,
    columns,
    slotsPerPosition: clamp(s.slotsPerPosition, GRID_LIMITS.slotsPerPosition),
    spacingInches,
    width: roundFeet(size.width),
    height: roundFeet(size.height),
  }
}

function rectAt(parent: Offset, offset: Offset, node: ArrangedNode): SnapshotRect {
  return {
    x: roundFeet(parent.x + offset.x),
    y: roundFeet(parent.y + offset.y),
    width: node.width,
    height: node.height,
  }
}

/** Keys are the stored ones where given and unique, else `importedShapeId(kind, id)`. */
function keyPicker(): (
  kind: 'building' | 'room' | 'section',
  id: string,
  stored: StoredLayout | null,
) => string {
  const used = new Set<string>()
  return (kind, id, stored) => {
    const key =
      stored?.key !== undefined && !used.has(stored.key) ? stored.key : importedShapeId(kind, id)
    used.add(key)
    return key
  }
}

/**
 * The snapshot of an existing facility, for importing it onto an empty canvas (LAYC8).
 * A row's stored `layout` (`{ key?, x, y, width, height }` in feet) places it when valid
 * and consistent; otherwise buildings go left to right, rooms in rows inside their
 * building and sections in rows inside their room with 4 ft aisles, and parents grow to
 * fit their children. The result passes `validateLayoutSnapshot` (no overlaps) and is in
 * the deterministic order of `sortLayoutSnapshot`.
 */
export function hierarchyToSnapshot(hierarchy: HierarchyForLayout): LayoutSnapshot {
  const pickKey = keyPicker()
  const buildings = hierarchy.buildings.map((b) => {
    const bStored = readStored(b.layout)
    const rooms = b.rooms.map((r) => {
      const rStored = readStored(r.layout)
      const sections = r.sections.map((s) => {
        const grid = sectionGrid(s)
        return {
          s,
          grid,
          node: { stored: readStored(s.layout), width: grid.width, height: grid.height },
        }
      })
      const nodes = sections.map((x) => x.node)
      const arranged = arrangeChildren(
        rStored,
        nodes,
        IMPORT_LAYOUT_FEET.aisle,
        IMPORT_LAYOUT_FEET.emptyRoom,
      )
      return {
        r,
        sections,
        arranged,
        node: { stored: rStored, width: arranged.width, height: arranged.height },
      }
    })
    const arranged = arrangeChildren(
      bStored,
      rooms.map((x) => x.node),
      IMPORT_LAYOUT_FEET.roomGap,
      IMPORT_LAYOUT_FEET.emptyBuilding,
    )
    return {
      b,
      rooms,
      arranged,
      node: { stored: bStored, width: arranged.width, height: arranged.height },
    }
  })
  const origins = arrangeBuildings(
    buildings.map((x) => x.node),
    IMPORT_LAYOUT_FEET.buildingGap,
  )
  const snapshot: LayoutSnapshot = {
    schemaVersion: LAYOUT_SNAPSHOT_VERSION,
    buildings: buildings.map(({ b, rooms, arranged, node }, bi): SnapshotBuilding => {
      const bRect = rectAt({ x: 0, y: 0 }, origins[bi] ?? { x: 0, y: 0 }, node)
      return {
        key: pickKey('building', b.id, node.stored),
        entityId: b.id,
        code: b.code,
        name: b.name,
        type: b.type,
        rect: bRect,
        rooms: rooms.map((room, ri): SnapshotRoom => {
          const rRect = rectAt(bRect, arranged.offsets[ri] ?? { x: 0, y: 0 }, room.node)
          return {
            key: pickKey('room', room.r.id, room.node.stored),
            entityId: room.r.id,
            code: room.r.code,
            name: room.r.name,
            type: room.r.type,
            rect: rRect,
            sections: room.sections.map(({ s, grid, node: sNode }, si): SnapshotSection => ({
              key: pickKey('section', s.id, sNode.stored),
              entityId: s.id,
              code: s.code,
              name: s.name,
              type: s.type,
              rect: rectAt(rRect, room.arranged.offsets[si] ?? { x: 0, y: 0 }, sNode),
              rows: grid.rows,
              columns: grid.columns,
              slotsPerPosition: grid.slotsPerPosition,
              spacingInches: grid.spacingInches,
            })),
            aisles: [],
            doors: [],
            sensors: [],
          }
        }),
      }
    }),
  }
  return sortLayoutSnapshot(snapshot)
}
