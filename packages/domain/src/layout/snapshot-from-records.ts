// Canvas records (the Y.Doc `records` map, tldraw store records) → LayoutSnapshot, with the
// problems that stop a publish (LAYC1–LAYC6). Also the live marks on the canvas.
import { importedShapeId, type LayoutShapeKind } from './canvas-model.ts'
import type { LayoutIssue } from './layout-issue.ts'
import {
  LayoutSnapshotSchema,
  type LayoutSnapshot,
  type SnapshotBuilding,
  type SnapshotRoom,
  type SnapshotSection,
} from './layout-snapshot.schema.ts'
import { placeElements, type Placed } from './place-elements.ts'
import { readShapes, type ReadShape } from './read-shapes.ts'
import { sortLayoutSnapshot } from './sort-snapshot.ts'
import { validateLayoutSnapshot } from './validate-layout.ts'

export interface LayoutFromRecords {
  /** The snapshot to publish; null while any issue remains. */
  snapshot: LayoutSnapshot | null
  issues: LayoutIssue[]
}

const ENTITY_KIND: Partial<Record<LayoutShapeKind, 'building' | 'room' | 'section'>> = {
  building: 'building',
  room: 'room',
  table: 'section',
  rack: 'section',
}

/** Copies of an imported shape share its entity id; one keeps it (LAYC4), the rest are new. */
function settleEntityIds(shapes: readonly ReadShape[]): Map<string, string> {
  const holders = new Map<string, ReadShape[]>()
  for (const shape of shapes) {
    if (shape.entityId === undefined || ENTITY_KIND[shape.kind] === undefined) continue
    const list = holders.get(shape.entityId)
    if (list === undefined) holders.set(shape.entityId, [shape])
    else list.push(shape)
  }
  const kept = new Map<string, string>()
  for (const [entityId, list] of holders) {
    const canonical = list.find(
      (s) => s.id === importedShapeId(ENTITY_KIND[s.kind] ?? 'section', entityId),
    )
    // `shapes` is sorted by id, so the first holder has the smallest id.
    const keeper = canonical ?? list[0]
    if (keeper !== undefined) kept.set(keeper.id, entityId)
  }
  return kept
}

/** Names are trimmed; an empty one becomes the code (LAYC2). */
function nameOf(shape: ReadShape): string {
  const props = shape.parsed.props
  const name = 'name' in props ? props.name.trim() : ''
  return name === '' && 'code' in props ? props.code : name
}

// Elements are built as literals with `entityId` set afterwards: spreading an optional
// field made every object a dictionary and the whole read three times slower.
function withEntity<T extends { entityId?: string }>(element: T, entityId: string | undefined): T {
  if (entityId !== undefined) element.entityId = entityId
  return element
}

function emptyRoom(shape: ReadShape, entityId: string | undefined): SnapshotRoom | null {
  if (shape.parsed.kind !== 'room') return null
  const room: SnapshotRoom = {
    key: shape.id,
    code: shape.parsed.props.code,
    name: nameOf(shape),
    type: shape.parsed.props.roomType,
    rect: shape.rect,
    sections: [],
    aisles: [],
    doors: [],
    sensors: [],
  }
  return withEntity(room, entityId)
}

function addToRoom(room: SnapshotRoom, shape: ReadShape, entityId: string | undefined): void {
  const p = shape.parsed
  if (p.kind === 'table' || p.kind === 'rack') {
    const table = p.kind === 'table'
    const section: SnapshotSection = {
      key: shape.id,
      code: p.props.code,
      name: nameOf(shape),
      type: p.props.sectionType,
      rect: shape.rect,
      rows: table ? p.props.rows : p.props.levels,
      columns: table ? p.props.columns : p.props.hangersPerLevel,
      slotsPerPosition: p.props.slotsPerPosition,
      spacingInches: p.props.spacingInches,
    }
    room.sections.push(withEntity(section, entityId))
  } else if (p.kind === 'aisle' || p.kind === 'door') {
    const list = p.kind === 'aisle' ? room.aisles : room.doors
    list.push({ key: shape.id, rect: shape.rect, label: p.props.label })
  } else if (p.kind === 'sensor') {
    room.sensors.push({
      key: shape.id,
      code: p.props.code,
      kind: p.props.sensorKind,
      label: p.props.label,
      x: shape.rect.x,
      y: shape.rect.y,
    })
  }
}

function assemble(placed: Placed, entityIds: Map<string, string>): LayoutSnapshot {
  const rooms = new Map<string, SnapshotRoom>()
  for (const [roomId, room] of placed.rooms) {
    const built = emptyRoom(room, entityIds.get(roomId))
    if (built !== null) rooms.set(roomId, built)
  }
  for (const [shape, roomId] of placed.children) {
    const room = rooms.get(roomId)
    if (room !== undefined) addToRoom(room, shape, entityIds.get(shape.id))
  }
  const buildings = placed.buildings.flatMap((shape) => {
    if (shape.parsed.kind !== 'building') return []
    const building: SnapshotBuilding = {
      key: shape.id,
      code: shape.parsed.props.code,
      name: nameOf(shape),
      type: shape.parsed.props.buildingType,
      rect: shape.rect,
      rooms: (placed.roomsOf.get(shape.id) ?? []).flatMap((id) => rooms.get(id) ?? []),
    }
    return [withEntity(building, entityIds.get(shape.id))]
  })
  return sortLayoutSnapshot({ schemaVersion: 1, buildings })
}

/** The element key nearest to a schema issue's path, to mark the right shape. */
function keyAtPath(snapshot: LayoutSnapshot, path: readonly PropertyKey[]): string[] {
  let node: unknown = snapshot
  let key: string | null = null
  for (const step of path) {
    if (typeof node !== 'object' || node === null) break
    node = (node as Record<PropertyKey, unknown>)[step]
    if (
      typeof node === 'object' &&
      node !== null &&
      'key' in node &&
      typeof node.key === 'string'
    ) {
      key = node.key
    }
  }
  return key === null ? [] : [key]
}

function schemaIssues(snapshot: LayoutSnapshot): LayoutIssue[] {
  const parsed = LayoutSnapshotSchema.safeParse(snapshot)
  if (parsed.success) return []
  return parsed.error.issues.map((issue) => {
    const field = issue.path.map(String).join('.')
    return {
      code: 'INVALID_PROPS',
      shapeIds: keyAtPath(snapshot, issue.path),
      message: `The layout has an invalid ${field}: ${issue.message}`,
      params: { field, kind: '', code: '' },
    }
  })
}

function readLayout(records: Iterable<unknown>, finalCheck: boolean): LayoutFromRecords {
  const { shapes, broken, issues } = readShapes(records)
  const placed = placeElements(shapes, broken)
  issues.push(...placed.issues)
  const draft = assemble(placed, settleEntityIds(shapes))
  issues.push(...validateLayoutSnapshot(draft))
  if (finalCheck && issues.length === 0) issues.push(...schemaIssues(draft))
  return { snapshot: issues.length === 0 ? draft : null, issues }
}

/**
 * Reads the canvas records into a `LayoutSnapshot` (LAYC1–LAYC6): shapes of the `gw-*`
 * types only, page rects in feet, each element in the smallest parent containing it, keys
 * = shape ids, entity ids from `meta.entityId`, in the deterministic order of LAYC5; then
 * the cross-element rules of `validateLayoutSnapshot` and, when those pass, the
 * `LayoutSnapshotSchema` itself. The snapshot is null when any issue exists. The result
 * does not depend on the order of `records`.
 */
export function layoutSnapshotFromRecords(records: Iterable<unknown>): LayoutFromRecords {
  return readLayout(records, true)
}

/**
 * The issues alone, for live marks on the canvas (which shapes, and why): the same as
 * `layoutSnapshotFromRecords` except the final schema parse, which the shape checks
 * already cover. About 5 ms for 1,500 shapes (measured in snapshot-from-records.test.ts).
 */
export function validateLayoutRecords(records: Iterable<unknown>): LayoutIssue[] {
  return readLayout(records, false).issues
}
