// The canvas model shared by the web canvas, the collab server and the publish path:
// which tldraw shape types the layout uses, their props, the scale, and how the Y.Doc
// of a property ("layout:<propertyId>") is organised. Plain data only: no tldraw import.
import { z } from 'zod'
import { GRID_LIMITS } from '../grids/grid.schema.ts'
import {
  BuildingTypeSchema,
  RoomTypeSchema,
  SPACING_INCHES_LIMITS,
} from '../hierarchy/hierarchy.schema.ts'

/** Canvas units (tldraw page pixels at zoom 1) per foot: the whole canvas is drawn to scale. */
export const CANVAS_UNITS_PER_FOOT = 10

/** Grid snap step, in feet. */
export const SNAP_STEP_FEET = 1

export function feetToCanvas(feet: number): number {
  return feet * CANVAS_UNITS_PER_FOOT
}

export function canvasToFeet(units: number): number {
  return units / CANVAS_UNITS_PER_FOOT
}

/** The tldraw shape type of every layout element. */
export const LAYOUT_SHAPE_TYPES = {
  building: 'gw-building',
  room: 'gw-room',
  table: 'gw-table',
  rack: 'gw-rack',
  aisle: 'gw-aisle',
  door: 'gw-door',
  sensor: 'gw-sensor',
} as const
export type LayoutShapeKind = keyof typeof LAYOUT_SHAPE_TYPES
export type LayoutShapeType = (typeof LAYOUT_SHAPE_TYPES)[LayoutShapeKind]

/** Which layer toggle hides a shape kind (comments and occupancy are overlays, not shapes). */
export const LAYOUT_LAYERS = ['structure', 'tables', 'sensors', 'comments', 'occupancy'] as const
export type LayoutLayer = (typeof LAYOUT_LAYERS)[number]
export const LAYER_OF_SHAPE_KIND: Record<LayoutShapeKind, LayoutLayer> = {
  building: 'structure',
  room: 'structure',
  aisle: 'structure',
  door: 'structure',
  table: 'tables',
  rack: 'tables',
  sensor: 'sensors',
}

// Codes on the canvas are free text while someone types; publish validation (and the
// live marks) say what is wrong with them, so the shape props accept any short string.
const CanvasCodeSchema = z.string().max(32)
const CanvasNameSchema = z.string().max(100)
const CanvasSizeSchema = z.number().min(1).max(100_000)

/** Section types a table shape may stand for; racks are RACK or HANGER. */
export const TableSectionTypeSchema = z.enum(['TABLE', 'TRAY', 'FLOOR'])
export const RackSectionTypeSchema = z.enum(['RACK', 'HANGER'])

export const SensorKindSchema = z.enum(['TEMPERATURE', 'HUMIDITY', 'CO2', 'VPD', 'LIGHT', 'MULTI'])
export type SensorKind = z.infer<typeof SensorKindSchema>

function gridCount(limit: { min: number; max: number }) {
  return z.int().min(limit.min).max(limit.max)
}

/**
 * Props of each layout shape (w and h in canvas units). Tables and racks keep w/h equal
 * to the size their grid needs (`tableSizeFeet`, `rackSizeFeet`); the shape util resizes
 * them when the grid props change.
 */
export const LayoutShapePropsSchemas = {
  building: z.object({
    w: CanvasSizeSchema,
    h: CanvasSizeSchema,
    code: CanvasCodeSchema,
    name: CanvasNameSchema,
    buildingType: BuildingTypeSchema,
  }),
  room: z.object({
    w: CanvasSizeSchema,
    h: CanvasSizeSchema,
    code: CanvasCodeSchema,
    name: CanvasNameSchema,
    roomType: RoomTypeSchema,
  }),
  table: z.object({
    w: CanvasSizeSchema,
    h: CanvasSizeSchema,
    code: CanvasCodeSchema,
    name: CanvasNameSchema,
    sectionType: TableSectionTypeSchema,
    rows: gridCount(GRID_LIMITS.rows),
    columns: gridCount(GRID_LIMITS.columns),
    slotsPerPosition: gridCount(GRID_LIMITS.slotsPerPosition),
    /** Inches between plant centres. */
    spacingInches: gridCount(SPACING_INCHES_LIMITS),
  }),
  rack: z.object({
    w: CanvasSizeSchema,
    h: CanvasSizeSchema,
    code: CanvasCodeSchema,
    name: CanvasNameSchema,
    sectionType: RackSectionTypeSchema,
    levels: gridCount(GRID_LIMITS.rows),
    hangersPerLevel: gridCount(GRID_LIMITS.columns),
    slotsPerPosition: gridCount(GRID_LIMITS.slotsPerPosition),
    /** Inches between hangers along the rack. */
    spacingInches: gridCount(SPACING_INCHES_LIMITS),
  }),
  aisle: z.object({ w: CanvasSizeSchema, h: CanvasSizeSchema, label: CanvasNameSchema }),
  /** A door is drawn as an opening `w` wide in a wall; h is its (thin) depth. */
  door: z.object({ w: CanvasSizeSchema, h: CanvasSizeSchema, label: CanvasNameSchema }),
  sensor: z.object({
    code: CanvasCodeSchema,
    sensorKind: SensorKindSchema,
    label: CanvasNameSchema,
  }),
} as const

export type BuildingShapeProps = z.infer<typeof LayoutShapePropsSchemas.building>
export type RoomShapeProps = z.infer<typeof LayoutShapePropsSchemas.room>
export type TableShapeProps = z.infer<typeof LayoutShapePropsSchemas.table>
export type RackShapeProps = z.infer<typeof LayoutShapePropsSchemas.rack>
export type AisleShapeProps = z.infer<typeof LayoutShapePropsSchemas.aisle>
export type DoorShapeProps = z.infer<typeof LayoutShapePropsSchemas.door>
export type SensorShapeProps = z.infer<typeof LayoutShapePropsSchemas.sensor>

/** Border around a table's or rack's cells, in feet (room for the labels). */
export const SECTION_MARGIN_FEET = 1
/** How deep a rack is drawn (plan view), in feet. */
export const RACK_DEPTH_FEET = 2

/** A table's drawn size in feet: its cells at `spacingInches` plus a margin on each side. */
export function tableSizeFeet(p: Pick<TableShapeProps, 'rows' | 'columns' | 'spacingInches'>): {
  width: number
  height: number
} {
  const cell = p.spacingInches / 12
  return {
    width: p.columns * cell + 2 * SECTION_MARGIN_FEET,
    height: p.rows * cell + 2 * SECTION_MARGIN_FEET,
  }
}

/** A rack's plan-view size in feet: hangers along its length, a fixed depth. */
export function rackSizeFeet(p: Pick<RackShapeProps, 'hangersPerLevel' | 'spacingInches'>): {
  width: number
  height: number
} {
  return {
    width: (p.hangersPerLevel * p.spacingInches) / 12 + 2 * SECTION_MARGIN_FEET,
    height: RACK_DEPTH_FEET + 2 * SECTION_MARGIN_FEET,
  }
}

/**
 * A tldraw record as it is stored in the Y.Doc: plain JSON, one entry per record id in
 * the `records` map. Shapes carry `x`, `y` (canvas units, relative to `parentId`),
 * `rotation`, `props`, and `meta` (`entityId` when the shape stands for an existing
 * hierarchy row, set when a facility is imported onto the canvas).
 */
export const CanvasRecordSchema = z.looseObject({
  id: z.string().min(1),
  typeName: z.string().min(1),
})
export type CanvasRecord = z.infer<typeof CanvasRecordSchema>

export const CanvasShapeRecordSchema = z.looseObject({
  id: z.string().startsWith('shape:'),
  typeName: z.literal('shape'),
  type: z.string(),
  parentId: z.string(),
  x: z.number(),
  y: z.number(),
  rotation: z.number(),
  props: z.record(z.string(), z.unknown()),
  meta: z.record(z.string(), z.unknown()),
})
export type CanvasShapeRecord = z.infer<typeof CanvasShapeRecordSchema>

/** Names of the shared types inside a layout Y.Doc. */
export const LAYOUT_YDOC = {
  /** Y.Map<string, CanvasRecord>: every document-scope tldraw record by id (shapes, pages, …). */
  records: 'records',
  /** Y.Map<string, CommentThread>: thread metadata by thread id. */
  commentThreads: 'commentThreads',
  /** Y.Map<string, CommentMessage>: every message (first post and replies) by message id. */
  commentMessages: 'commentMessages',
  /** Y.Map<string, unknown>: document facts, e.g. `schemaVersion`, `importedAt`. */
  meta: 'meta',
} as const

/** The shape id a hierarchy row gets when a facility is imported: the same on every client. */
export function importedShapeId(kind: 'building' | 'room' | 'section', entityId: string): string {
  return `shape:${kind}-${entityId}`
}

// ───────────── comments ─────────────

export const COMMENT_TEXT_MAX = 2000

export const CommentAuthorSchema = z.object({
  userId: z.string().min(1),
  name: z.string().min(1).max(200),
})
export type CommentAuthor = z.infer<typeof CommentAuthorSchema>

/** Where a thread is pinned: to a shape (follows it) or to a point on the page (canvas units). */
export const CommentAnchorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('shape'), shapeId: z.string().startsWith('shape:') }),
  z.object({ kind: z.literal('point'), x: z.number(), y: z.number() }),
])
export type CommentAnchor = z.infer<typeof CommentAnchorSchema>

export const CommentThreadSchema = z.object({
  id: z.string().min(1),
  anchor: CommentAnchorSchema,
  createdBy: CommentAuthorSchema,
  createdAt: z.iso.datetime(),
  resolved: z.boolean(),
  /** Who last resolved or reopened it, and when. */
  statusChangedBy: CommentAuthorSchema.nullable(),
  statusChangedAt: z.iso.datetime().nullable(),
})
export type CommentThread = z.infer<typeof CommentThreadSchema>

export const CommentMessageSchema = z.object({
  id: z.string().min(1),
  threadId: z.string().min(1),
  author: CommentAuthorSchema,
  text: z
    .string()
    .trim()
    .min(1, 'Write something first.')
    .max(COMMENT_TEXT_MAX, `A comment has at most ${COMMENT_TEXT_MAX} characters.`),
  createdAt: z.iso.datetime(),
})
export type CommentMessage = z.infer<typeof CommentMessageSchema>

// ───────────── presence (Hocuspocus awareness) ─────────────

/** What each client publishes in its awareness state under the key `presence`. */
export const PresenceStateSchema = z.object({
  userId: z.string(),
  name: z.string(),
  /** A CSS colour, stable per user (see `presenceColour`). */
  colour: z.string(),
  readOnly: z.boolean(),
  /** Page coordinates of the pointer, null when it is off the canvas. */
  cursor: z.object({ x: z.number(), y: z.number() }).nullable(),
  selectedShapeIds: z.array(z.string()),
  /** The visible page area, so that others can follow this user. */
  viewport: z.object({ x: z.number(), y: z.number(), w: z.number(), h: z.number() }).nullable(),
  /** ISO time of the last pointer or selection change. */
  lastActiveAt: z.string(),
})
export type PresenceState = z.infer<typeof PresenceStateSchema>

const PRESENCE_COLOURS = [
  '#d1495b',
  '#00798c',
  '#edae49',
  '#30638e',
  '#6a4c93',
  '#2a9d8f',
  '#e76f51',
  '#3d5a80',
] as const

/** A colour per user, the same on every screen. */
export function presenceColour(userId: string): string {
  let hash = 0
  for (let i = 0; i < userId.length; i++) hash = (hash * 31 + userId.charCodeAt(i)) >>> 0
  return PRESENCE_COLOURS[hash % PRESENCE_COLOURS.length] ?? PRESENCE_COLOURS[0]
}
