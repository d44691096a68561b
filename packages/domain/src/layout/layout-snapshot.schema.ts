// The published form of a layout: plain JSON a publish sends to the api, validated here
// and stored as a numbered LayoutVersion. Distances are in feet; `key` is the canvas
// shape id, so the same element keeps its identity (and its positions their ids) across
// publishes even when its code changes.
import { z } from 'zod'
import { GRID_LIMITS, SectionTypeSchema } from '../grids/grid.schema.ts'
import {
  BuildingCodeSchema,
  BuildingTypeSchema,
  RoomCodeSchema,
  RoomTypeSchema,
  SectionCodeSchema,
  SPACING_INCHES_LIMITS,
} from '../hierarchy/hierarchy.schema.ts'
import { SensorKindSchema } from './canvas-model.ts'

export const LAYOUT_SNAPSHOT_VERSION = 1

/** Upper bounds that keep one publish a bounded amount of work. */
export const LAYOUT_SNAPSHOT_LIMITS = {
  buildings: 100,
  roomsPerBuilding: 200,
  sectionsPerRoom: 500,
  elementsPerRoom: 500,
  /** Every position of the property after the publish. */
  positions: 100_000,
} as const

const FeetSchema = z.number().min(-100_000).max(100_000)
const LengthSchema = z.number().positive().max(100_000)
const KeySchema = z.string().min(1).max(120)
const NameSchema = z.string().trim().min(1, 'Give a name.').max(100)

/** An axis-aligned rectangle on the page, in feet. */
export const SnapshotRectSchema = z.object({
  x: FeetSchema,
  y: FeetSchema,
  width: LengthSchema,
  height: LengthSchema,
})
export type SnapshotRect = z.infer<typeof SnapshotRectSchema>

function gridCount(limit: { min: number; max: number }) {
  return z.int().min(limit.min).max(limit.max)
}

/**
 * A table, tray, floor grid or rack. In storage terms: for racks `rows` are levels and
 * `columns` hangers per level (as in `generateSectionAddresses`).
 */
export const SnapshotSectionSchema = z.object({
  key: KeySchema,
  /** The Section row this shape was imported from, when it was. */
  entityId: z.uuid().optional(),
  code: SectionCodeSchema,
  name: NameSchema,
  type: SectionTypeSchema,
  rect: SnapshotRectSchema,
  rows: gridCount(GRID_LIMITS.rows),
  columns: gridCount(GRID_LIMITS.columns),
  slotsPerPosition: gridCount(GRID_LIMITS.slotsPerPosition),
  spacingInches: gridCount(SPACING_INCHES_LIMITS),
})
export type SnapshotSection = z.infer<typeof SnapshotSectionSchema>

export const SnapshotAisleSchema = z.object({
  key: KeySchema,
  rect: SnapshotRectSchema,
  label: z.string().max(100),
})
export const SnapshotDoorSchema = z.object({
  key: KeySchema,
  rect: SnapshotRectSchema,
  label: z.string().max(100),
})
export const SnapshotSensorSchema = z.object({
  key: KeySchema,
  code: z.string().max(32),
  kind: SensorKindSchema,
  label: z.string().max(100),
  x: FeetSchema,
  y: FeetSchema,
})

export const SnapshotRoomSchema = z.object({
  key: KeySchema,
  entityId: z.uuid().optional(),
  code: RoomCodeSchema,
  name: NameSchema,
  type: RoomTypeSchema,
  rect: SnapshotRectSchema,
  sections: z.array(SnapshotSectionSchema).max(LAYOUT_SNAPSHOT_LIMITS.sectionsPerRoom),
  aisles: z.array(SnapshotAisleSchema).max(LAYOUT_SNAPSHOT_LIMITS.elementsPerRoom),
  doors: z.array(SnapshotDoorSchema).max(LAYOUT_SNAPSHOT_LIMITS.elementsPerRoom),
  sensors: z.array(SnapshotSensorSchema).max(LAYOUT_SNAPSHOT_LIMITS.elementsPerRoom),
})
export type SnapshotRoom = z.infer<typeof SnapshotRoomSchema>

export const SnapshotBuildingSchema = z.object({
  key: KeySchema,
  entityId: z.uuid().optional(),
  code: BuildingCodeSchema,
  name: NameSchema,
  type: BuildingTypeSchema,
  rect: SnapshotRectSchema,
  rooms: z.array(SnapshotRoomSchema).max(LAYOUT_SNAPSHOT_LIMITS.roomsPerBuilding),
})
export type SnapshotBuilding = z.infer<typeof SnapshotBuildingSchema>

/**
 * The whole property as drawn. Shape-level validity (codes, grid limits) is checked by
 * this schema; cross-element rules (unique sibling codes, overlapping tables, position
 * count) by `validateLayoutSnapshot`.
 */
export const LayoutSnapshotSchema = z.object({
  schemaVersion: z.literal(LAYOUT_SNAPSHOT_VERSION),
  buildings: z.array(SnapshotBuildingSchema).max(LAYOUT_SNAPSHOT_LIMITS.buildings),
})
export type LayoutSnapshot = z.infer<typeof LayoutSnapshotSchema>

// ───────────── what a publish changes ─────────────

/**
 * The answer of `layout.preview` and `layout.publish`: what the publish changes (or
 * changed). Paths are dotted codes below the property (`GROW1.VEG-A.LEFT`); samples are
 * capped so a 10,000-position publish answers quickly.
 */
export const LayoutDiffSchema = z.object({
  positions: z.object({
    create: z.int().nonnegative(),
    readdress: z.int().nonnegative(),
    remove: z.int().nonnegative(),
    unchanged: z.int().nonnegative(),
  }),
  created: z.object({
    buildings: z.array(z.string()),
    rooms: z.array(z.string()),
    sections: z.array(z.string()),
  }),
  removed: z.object({
    buildings: z.array(z.string()),
    rooms: z.array(z.string()),
    sections: z.array(z.string()),
  }),
  /** Buildings, rooms and sections whose path changes (code change or moved to another parent). */
  renamed: z.array(z.object({ from: z.string(), to: z.string() })),
  samples: z.object({
    create: z.array(z.string()),
    readdress: z.array(z.object({ from: z.string(), to: z.string() })),
    remove: z.array(z.string()),
  }),
  /** Removals refused because a plant stands there: nothing is published while any remain. */
  blocked: z.array(z.object({ address: z.string(), plantId: z.string(), plantTag: z.string() })),
  /** True when the publish changes nothing in the hierarchy. */
  unchanged: z.boolean(),
})
export type LayoutDiff = z.infer<typeof LayoutDiffSchema>

// ───────────── procedure inputs ─────────────

export const LayoutPropertyInputSchema = z.object({ propertyId: z.uuid() })

export const LayoutPublishInputSchema = z.object({
  propertyId: z.uuid(),
  snapshot: LayoutSnapshotSchema,
  /** The latest version number the publisher previewed against; a newer one means someone else published. */
  basedOnVersion: z.int().nonnegative().nullable().optional(),
  idempotencyKey: z.uuid().optional(),
})
export type LayoutPublishInput = z.infer<typeof LayoutPublishInputSchema>

/** `layout.preview`: the snapshot to compare with the stored hierarchy. */
export const LayoutPreviewInputSchema = z.object({
  propertyId: z.uuid(),
  snapshot: LayoutSnapshotSchema,
})
export type LayoutPreviewInput = z.infer<typeof LayoutPreviewInputSchema>

export const LayoutVersionInputSchema = z.object({
  propertyId: z.uuid(),
  number: z.int().positive(),
})

// ───────────── occupancy overlay ─────────────

/** One letter per position status, to keep 10,000 positions small on the wire. */
export const OCCUPANCY_STATUS_CODES = {
  EMPTY: 'E',
  OCCUPIED: 'O',
  RESERVED: 'R',
  DAMAGED: 'D',
} as const

/**
 * Live status of every position, grouped by section, for the canvas overlay. A cell is
 * `[row, column, slot, statusCode, batchIndex]`, batchIndex pointing into `batches`
 * (-1 for none): the plant's batch when occupied, the reserving batch when reserved.
 */
export const LayoutOccupancySchema = z.object({
  generatedAt: z.iso.datetime(),
  batches: z.array(z.object({ id: z.string(), code: z.string(), colour: z.string() })),
  sections: z.array(
    z.object({
      sectionId: z.string(),
      /** The canvas shape id the section was last published from, when known. */
      key: z.string().nullable(),
      cells: z.array(z.tuple([z.int(), z.int(), z.int(), z.enum(['E', 'O', 'R', 'D']), z.int()])),
    }),
  ),
})
export type LayoutOccupancy = z.infer<typeof LayoutOccupancySchema>
