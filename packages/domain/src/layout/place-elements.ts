// Containment by geometry (LAYC1): which building each room is in, and which room each
// table, rack, aisle, door and sensor is in.
import { rectArea, rectCentre, rectContainsPoint, rectContainsRect } from './geometry.ts'
import { describeElement, type LayoutIssue } from './layout-issue.ts'
import type { BrokenContainer, ReadShape } from './read-shapes.ts'

export interface Placed {
  buildings: ReadShape[]
  /** Rooms that are inside a building, by shape id. */
  rooms: Map<string, ReadShape>
  /** Room ids of each building id. */
  roomsOf: Map<string, string[]>
  /** Each placed room-level element with its room id. */
  children: [ReadShape, string][]
  issues: LayoutIssue[]
}

/** Smallest first (ties by id), so the first container holding a point is the one. */
function bySize(containers: ReadShape[]): ReadShape[] {
  return containers.sort(
    (a, b) => rectArea(a.rect) - rectArea(b.rect) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
}

function codeOrLabel(shape: ReadShape): string {
  const props = shape.parsed.props
  if ('code' in props && props.code !== '') return props.code
  return 'label' in props ? props.label : ''
}

function outside(
  shape: ReadShape,
  parentKind: 'building' | 'room',
  parent: ReadShape | undefined,
): LayoutIssue {
  const code = codeOrLabel(shape)
  const what = describeElement(shape.kind, code)
  const parentCode = parent === undefined ? '' : codeOrLabel(parent)
  const message =
    parent === undefined
      ? `${what} is not inside any ${parentKind}; move it into one.`
      : `${what} sticks out of ${describeElement(parentKind, parentCode)}; move it wholly inside.`
  return {
    code: 'OUTSIDE_PARENT',
    shapeIds: [shape.id],
    message,
    params: { kind: shape.kind, code, parentKind, parent: parentCode },
  }
}

/** Doors sit across a wall and sensors are points: their centre decides. */
function needsWholeRect(shape: ReadShape): boolean {
  return shape.kind !== 'door' && shape.kind !== 'sensor'
}

/**
 * Puts every element in the smallest container holding its centre and reports those
 * outside any, or sticking out of theirs (LAYC1). An element whose centre lies only in a
 * building or room with broken props is left out silently: that container's own issue
 * says what to fix.
 */
export function placeElements(
  shapes: readonly ReadShape[],
  broken: readonly BrokenContainer[] = [],
): Placed {
  const buildings = bySize(shapes.filter((s) => s.kind === 'building'))
  const allRooms = bySize(shapes.filter((s) => s.kind === 'room'))
  const placed: Placed = {
    buildings,
    rooms: new Map(),
    roomsOf: new Map(),
    children: [],
    issues: [],
  }
  const inBroken = (kind: 'building' | 'room', x: number, y: number) =>
    broken.some((b) => b.kind === kind && rectContainsPoint(b.rect, x, y))

  for (const room of allRooms) {
    const c = rectCentre(room.rect)
    const building = buildings.find((b) => rectContainsPoint(b.rect, c.x, c.y))
    if (building === undefined) {
      if (!inBroken('building', c.x, c.y)) placed.issues.push(outside(room, 'building', undefined))
      continue
    }
    if (!rectContainsRect(building.rect, room.rect)) {
      placed.issues.push(outside(room, 'building', building))
      continue
    }
    placed.rooms.set(room.id, room)
    const list = placed.roomsOf.get(building.id)
    if (list === undefined) placed.roomsOf.set(building.id, [room.id])
    else list.push(room.id)
  }

  for (const shape of shapes) {
    if (shape.kind === 'building' || shape.kind === 'room') continue
    const c = rectCentre(shape.rect)
    const room = allRooms.find((r) => rectContainsPoint(r.rect, c.x, c.y))
    if (room === undefined) {
      if (!inBroken('room', c.x, c.y)) placed.issues.push(outside(shape, 'room', undefined))
      continue
    }
    if (needsWholeRect(shape) && !rectContainsRect(room.rect, shape.rect)) {
      placed.issues.push(outside(shape, 'room', room))
      continue
    }
    // A child of a room that is itself misplaced is left out: the room's issue covers it.
    if (placed.rooms.has(room.id)) placed.children.push([shape, room.id])
  }
  return placed
}
