// Cross-element rules of a layout snapshot (LAYC2–LAYC5): codes, identities, overlapping
// sections, size limits. Shape-level validity is the schema's; containment is structural.
import { checkHierarchyCode, type HierarchyCodeLevel } from '../hierarchy/hierarchy-code.ts'
import { overlappingPairs } from './geometry.ts'
import { describeElement, layoutKindName, type LayoutIssue } from './layout-issue.ts'
import {
  LAYOUT_SNAPSHOT_LIMITS,
  type LayoutSnapshot,
  type SnapshotSection,
} from './layout-snapshot.schema.ts'

type CodedLevel = Exclude<HierarchyCodeLevel, 'property'>
interface Coded {
  key: string
  code: string
  name: string
  entityId?: string | undefined
}

function checkCoded(level: CodedLevel, item: Coded, issues: LayoutIssue[]): void {
  const problem = checkHierarchyCode(level, item.code)
  if (problem !== null) {
    issues.push({
      code: 'INVALID_CODE',
      shapeIds: [item.key],
      message: problem.message,
      params: { kind: level, code: item.code, problem: problem.problem },
    })
  }
  if (item.name.trim() === '') {
    issues.push({
      code: 'EMPTY_NAME',
      shapeIds: [item.key],
      message: `${describeElement(level, item.code)} has no name; give it one.`,
      params: { kind: level, code: item.code },
    })
  }
}

/** Sibling codes must differ (HIER2); invalid codes are reported once, as INVALID_CODE. */
function checkSiblingCodes(
  level: CodedLevel,
  siblings: readonly Coded[],
  parent: { kind: 'property' | CodedLevel; code: string },
  issues: LayoutIssue[],
): void {
  const byCode = new Map<string, string[]>()
  for (const item of siblings) {
    if (checkHierarchyCode(level, item.code) !== null) continue
    const keys = byCode.get(item.code)
    if (keys === undefined) byCode.set(item.code, [item.key])
    else keys.push(item.key)
  }
  const where =
    parent.kind === 'property' ? 'the property' : `${describeElement(parent.kind, parent.code)}`
  for (const [code, keys] of byCode) {
    if (keys.length < 2) continue
    issues.push({
      code: 'DUPLICATE_CODE',
      shapeIds: keys,
      message: `${layoutKindName(level)} code "${code}" is used by ${keys.length} ${level}s in ${where}; give each its own code.`,
      params: { kind: level, code, parent: parent.code, count: keys.length },
    })
  }
}

function checkOverlaps(
  room: { code: string },
  sections: readonly SnapshotSection[],
  issues: LayoutIssue[],
): void {
  for (const [a, b] of overlappingPairs(sections)) {
    issues.push({
      code: 'OVERLAPPING_SECTIONS',
      shapeIds: [a.key, b.key],
      message: `Sections "${a.code}" and "${b.code}" overlap in room "${room.code}"; move them apart.`,
      params: { code: a.code, other: b.code, parent: room.code },
    })
  }
}

function tooMany(
  what: string,
  count: number,
  limit: number,
  where: string,
  shapeIds: string[],
): LayoutIssue {
  return {
    code: 'TOO_MANY_ELEMENTS',
    shapeIds,
    message: `${where} has ${count} ${what}; at most ${limit} are allowed.`,
    params: { what, count, limit, parent: where },
  }
}

function checkLimits(snapshot: LayoutSnapshot, issues: LayoutIssue[]): void {
  const limits = LAYOUT_SNAPSHOT_LIMITS
  if (snapshot.buildings.length > limits.buildings) {
    issues.push(
      tooMany('buildings', snapshot.buildings.length, limits.buildings, 'The property', []),
    )
  }
  for (const building of snapshot.buildings) {
    const where = describeElement('building', building.code)
    if (building.rooms.length > limits.roomsPerBuilding) {
      const n = building.rooms.length
      issues.push(tooMany('rooms', n, limits.roomsPerBuilding, where, [building.key]))
    }
    for (const room of building.rooms) {
      const inRoom = describeElement('room', room.code)
      const counts = {
        sections: [room.sections.length, limits.sectionsPerRoom],
        aisles: [room.aisles.length, limits.elementsPerRoom],
        doors: [room.doors.length, limits.elementsPerRoom],
        sensors: [room.sensors.length, limits.elementsPerRoom],
      } as const
      for (const [what, [count, limit]] of Object.entries(counts)) {
        if (count > limit) issues.push(tooMany(what, count, limit, inRoom, [room.key]))
      }
    }
  }
}

/** Keys name canvas shapes and entity ids name hierarchy rows: each may appear once. */
function checkIdentities(snapshot: LayoutSnapshot, issues: LayoutIssue[]): void {
  const keys = new Map<string, number>()
  const entities = new Map<string, string[]>()
  const note = (key: string, entityId: string | undefined): void => {
    keys.set(key, (keys.get(key) ?? 0) + 1)
    if (entityId === undefined) return
    const holders = entities.get(entityId)
    if (holders === undefined) entities.set(entityId, [key])
    else holders.push(key)
  }
  for (const b of snapshot.buildings) {
    note(b.key, b.entityId)
    for (const r of b.rooms) {
      note(r.key, r.entityId)
      for (const s of r.sections) note(s.key, s.entityId)
      for (const e of [...r.aisles, ...r.doors, ...r.sensors]) note(e.key, undefined)
    }
  }
  for (const [key, count] of keys) {
    if (count < 2) continue
    issues.push({
      code: 'DUPLICATE_KEY',
      shapeIds: [key],
      message: `The key "${key}" is used by ${count} elements; each element needs its own key.`,
      params: { key, count },
    })
  }
  for (const [entityId, holders] of entities) {
    if (holders.length < 2) continue
    issues.push({
      code: 'DUPLICATE_ENTITY',
      shapeIds: holders,
      message: `${holders.length} elements stand for the same existing element (${entityId}); keep one.`,
      params: { entityId, count: holders.length },
    })
  }
}

/** Positions the layout creates: rows × columns × slots of every section. */
export function countLayoutPositions(snapshot: LayoutSnapshot): number {
  let total = 0
  for (const b of snapshot.buildings) {
    for (const r of b.rooms) {
      for (const s of r.sections) total += s.rows * s.columns * s.slotsPerPosition
    }
  }
  return total
}

/**
 * The cross-element problems of a snapshot (LAYC2–LAYC5), in snapshot order: codes that
 * break HIER1, blank names, sibling codes used twice, keys or entity ids used twice,
 * sections of one room that overlap, and the size limits. Empty when it may be published.
 */
export function validateLayoutSnapshot(snapshot: LayoutSnapshot): LayoutIssue[] {
  const issues: LayoutIssue[] = []
  checkSiblingCodes('building', snapshot.buildings, { kind: 'property', code: '' }, issues)
  for (const building of snapshot.buildings) {
    checkCoded('building', building, issues)
    checkSiblingCodes('room', building.rooms, { kind: 'building', code: building.code }, issues)
    for (const room of building.rooms) {
      checkCoded('room', room, issues)
      checkSiblingCodes('section', room.sections, { kind: 'room', code: room.code }, issues)
      for (const section of room.sections) checkCoded('section', section, issues)
      checkOverlaps(room, room.sections, issues)
    }
  }
  checkIdentities(snapshot, issues)
  checkLimits(snapshot, issues)
  const positions = countLayoutPositions(snapshot)
  if (positions > LAYOUT_SNAPSHOT_LIMITS.positions) {
    issues.push({
      code: 'TOO_MANY_POSITIONS',
      shapeIds: [],
      message: `The layout has ${positions} positions; a property has at most ${LAYOUT_SNAPSHOT_LIMITS.positions}.`,
      params: { count: positions, limit: LAYOUT_SNAPSHOT_LIMITS.positions },
    })
  }
  return issues
}
