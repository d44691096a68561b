// The first step of reading a canvas: which records are layout shapes, their props, and
// their page rects in feet (LAYC1, LAYC6).
import {
  canvasToFeet,
  LAYOUT_SHAPE_TYPES,
  LayoutShapePropsSchemas,
  type AisleShapeProps,
  type BuildingShapeProps,
  type DoorShapeProps,
  type LayoutShapeKind,
  type RackShapeProps,
  type RoomShapeProps,
  type SensorShapeProps,
  type TableShapeProps,
} from './canvas-model.ts'
import { roundFeet } from './geometry.ts'
import { describeElement, type LayoutIssue } from './layout-issue.ts'
import type { SnapshotRect } from './layout-snapshot.schema.ts'

export type ParsedShapeProps =
  | { kind: 'building'; props: BuildingShapeProps }
  | { kind: 'room'; props: RoomShapeProps }
  | { kind: 'table'; props: TableShapeProps }
  | { kind: 'rack'; props: RackShapeProps }
  | { kind: 'aisle'; props: AisleShapeProps }
  | { kind: 'door'; props: DoorShapeProps }
  | { kind: 'sensor'; props: SensorShapeProps }

export interface ReadShape {
  id: string
  kind: LayoutShapeKind
  /** Page rect in feet; a sensor is a point (width and height 0). */
  rect: SnapshotRect
  entityId?: string
  parsed: ParsedShapeProps
}

/** A building or room whose props are broken but whose outline is known. */
export interface BrokenContainer {
  kind: 'building' | 'room'
  rect: SnapshotRect
}

interface RawShape {
  id: string
  type: string
  parentId: string
  x: number
  y: number
  props: Record<string, unknown>
  meta: Record<string, unknown>
}

const KIND_OF_TYPE = new Map<string, LayoutShapeKind>(
  Object.entries(LAYOUT_SHAPE_TYPES).map(([kind, type]) => [type, kind as LayoutShapeKind]),
)

/** How far from the page origin a snapshot may place anything, in feet. */
const PAGE_LIMIT_FEET = 100_000

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function finite(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0
}

// A hand check rather than a zod parse: this runs for every record on every canvas change.
function asShape(record: unknown): RawShape | null {
  if (!isObject(record) || record.typeName !== 'shape') return null
  const { id, type, parentId } = record
  if (typeof id !== 'string' || !id.startsWith('shape:') || typeof type !== 'string') return null
  return {
    id,
    type,
    parentId: typeof parentId === 'string' ? parentId : '',
    x: finite(record.x),
    y: finite(record.y),
    props: isObject(record.props) ? record.props : {},
    meta: isObject(record.meta) ? record.meta : {},
  }
}

/** Page offsets: a shape's x/y plus those of every parent shape (rotation ignored). */
function pageOffsets(byId: ReadonlyMap<string, RawShape>): (shape: RawShape) => [number, number] {
  const memo = new Map<string, [number, number]>()
  const visit = (shape: RawShape, seen: Set<string>): [number, number] => {
    const known = memo.get(shape.id)
    if (known !== undefined) return known
    const parent = byId.get(shape.parentId)
    let at: [number, number] = [shape.x, shape.y]
    if (parent !== undefined && !seen.has(parent.id)) {
      seen.add(shape.id)
      const [px, py] = visit(parent, seen)
      at = [px + shape.x, py + shape.y]
    }
    memo.set(shape.id, at)
    return at
  }
  return (shape) => visit(shape, new Set())
}

function parseProps(kind: LayoutShapeKind, props: Record<string, unknown>) {
  // The union of schemas gives a union of results; `kind` pairs each with its props type.
  const result = LayoutShapePropsSchemas[kind].safeParse(props)
  if (!result.success) return { ok: false as const, error: result.error }
  return { ok: true as const, parsed: { kind, props: result.data } as ParsedShapeProps }
}

function invalidProps(
  kind: LayoutShapeKind,
  raw: RawShape,
  field: string,
  why: string,
): LayoutIssue {
  const code = typeof raw.props.code === 'string' ? raw.props.code : ''
  return {
    code: 'INVALID_PROPS',
    shapeIds: [raw.id],
    message: `${describeElement(kind, code)} has an invalid ${field} (${why}); correct it in its panel.`,
    params: { kind, code, field },
  }
}

function rectOf(raw: RawShape, page: [number, number], kind: LayoutShapeKind): SnapshotRect {
  const sized = kind !== 'sensor'
  return {
    x: roundFeet(canvasToFeet(page[0])),
    y: roundFeet(canvasToFeet(page[1])),
    width: sized ? roundFeet(canvasToFeet(finite(raw.props.w))) : 0,
    height: sized ? roundFeet(canvasToFeet(finite(raw.props.h))) : 0,
  }
}

/**
 * The layout shapes among `records`, sorted by id (so that the order of a Y.Map never
 * matters), with `INVALID_PROPS` for those whose props do not parse.
 */
export function readShapes(records: Iterable<unknown>): {
  shapes: ReadShape[]
  broken: BrokenContainer[]
  issues: LayoutIssue[]
} {
  const byId = new Map<string, RawShape>()
  for (const record of records) {
    const shape = asShape(record)
    if (shape !== null) byId.set(shape.id, shape)
  }
  const pageOf = pageOffsets(byId)
  const shapes: ReadShape[] = []
  const broken: BrokenContainer[] = []
  const issues: LayoutIssue[] = []
  const ids = [...byId.keys()].sort()
  for (const id of ids) {
    const raw = byId.get(id)
    const kind = raw === undefined ? undefined : KIND_OF_TYPE.get(raw.type)
    if (raw === undefined || kind === undefined) continue
    const rect = rectOf(raw, pageOf(raw), kind)
    const far =
      Math.abs(rect.x) > PAGE_LIMIT_FEET ? 'x' : Math.abs(rect.y) > PAGE_LIMIT_FEET ? 'y' : null
    if (far !== null) {
      issues.push(invalidProps(kind, raw, far, `more than ${PAGE_LIMIT_FEET} ft from the origin`))
      continue
    }
    const result = parseProps(kind, raw.props)
    if (!result.ok) {
      const first = result.error.issues[0]
      const field = first?.path.map(String).join('.') || 'props'
      issues.push(invalidProps(kind, raw, field, first?.message ?? 'unreadable'))
      if ((kind === 'building' || kind === 'room') && rect.width > 0 && rect.height > 0) {
        broken.push({ kind, rect })
      }
      continue
    }
    const entityId = typeof raw.meta.entityId === 'string' ? raw.meta.entityId : ''
    shapes.push({
      id,
      kind,
      rect,
      parsed: result.parsed,
      ...(UUID.test(entityId) ? { entityId } : {}),
    })
  }
  return { shapes, broken, issues }
}
