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
import { rectsOverlap, roundFeet } from './geometry.ts'
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

interface Node {
  stored: StoredLayout | null
  width: number
  height: number
}
interface Offset {
  x: number
  y: number
}

/**
 * Places children relative to their parent's top-left corner. Stored positions are kept
 * when every one of them lies inside the parent and none overlap; the other children go in
 * rows below them. Returns the offsets and the parent's size (grown to fit).
 */
function arrangeChildren(
  parent: StoredLayout | null,
  children: readonly Node[],
  gap: number,
  empty: number,
): { offsets: Offset[]; width: number; height: number } {
  const offsets: (Offset | null)[] = children.map((c) =>
    parent !== null && c.stored !== null
      ? { x: roundFeet(c.stored.x - parent.x), y: roundFeet(c.stored.y - parent.y) }
      : null,
  )
  const rects = children.map((c, i) => {
    const o = offsets[i]
    return o ? { x: o.x, y: o.y, width: c.width, height: c.height } : null
  })
  const usable = rects.every(
    (r, i) =>
      r === null ||
      (r.x >= 0 && r.y >= 0 && !rects.slice(0, i).some((q) => q !== null && rectsOverlap(q, r))),
  )
  if (!usable) offsets.fill(null)
  let bottom = 0
  let right = 0
  children.forEach((c, i) => {
    const o = offsets[i]
    if (!o) return
    bottom = Math.max(bottom, o.y + c.height)
    right = Math.max(right, o.x + c.width)
  })
  const loose = children.map((c, i) => ({ c, i })).filter(({ i }) => offsets[i] === null)
  const area = loose.reduce((sum, { c }) => sum + (c.width + gap) * (c.height + gap), 0)
  // About twice as wide as deep: rooms of tables side by side, as growers lay them out.
  const rowWidth = Math.max(Math.sqrt(2 * area), ...loose.map(({ c }) => c.width))
  let x = gap
  let y = bottom > 0 ? bottom + gap : gap
  let rowHeight = 0
  for (const { c, i } of loose) {
    if (x > gap && x + c.width > gap + rowWidth) {
      y += rowHeight + gap
      x = gap
      rowHeight = 0
    }
    offsets[i] = { x: roundFeet(x), y: roundFeet(y) }
    right = Math.max(right, x + c.width)
    bottom = Math.max(bottom, y + c.height)
    x += c.width + gap
    rowHeight = Math.max(rowHeight, c.height)
  }
  const fitted = children.length === 0 ? empty : 0
  return {
    offsets: offsets.map((o) => o ?? { x: 0, y: 0 }),
    width: roundFeet(Math.max(parent?.width ?? 0, fitted, right + (loose.length > 0 ? gap : 0))),
    height: roundFeet(Math.max(parent?.height ?? 0, fitted, bottom + (loose.length > 0 ? gap : 0))),
  }
}

/** Buildings keep stored places that do not overlap; the rest go left to right after them. */
function arrangeBuildings(nodes: readonly Node[]): Offset[] {
  const rects = nodes.map((n) =>
    n.stored ? { x: n.stored.x, y: n.stored.y, width: n.width, height: n.height } : null,
  )
  const usable = rects.every(
    (r, i) => r === null || !rects.slice(0, i).some((q) => q !== null && rectsOverlap(q, r)),
  )
  const placed = rects.map((r) => (usable ? r : null))
  let x = 0
  for (const r of placed) if (r) x = Math.max(x, r.x + r.width + IMPORT_LAYOUT_FEET.buildingGap)
  return nodes.map((n, i) => {
    const r = placed[i]
    if (r) return { x: r.x, y: r.y }
    const at = { x: roundFeet(x), y: 0 }
    x += n.width + IMPORT_LAYOUT_FEET.buildingGap
    return at
  })
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

function rectAt(parent: Offset, offset: Offset, node: Node): SnapshotRect {
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
  const origins = arrangeBuildings(buildings.map((x) => x.node))
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
