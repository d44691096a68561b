// The reconciliation planner (LAYR1–LAYR7): a validated LayoutSnapshot against the stored
// hierarchy → what to create, update, re-address and remove. Pure; the api applies it.
import { defaultMetrcLocationName } from '../../hierarchy/readdress.ts'
import { generateSectionAddresses } from '../../grids/grid.ts'
import type { LayoutSnapshot, SnapshotSection } from '../layout-snapshot.schema.ts'
import {
  readStoredLayout,
  sameStoredLayout,
  storedLayoutOf,
  type CurrentBuilding,
  type CurrentHierarchy,
  type CurrentRoom,
  type CurrentSection,
} from './current-hierarchy.ts'
import type {
  BuildingData,
  LayoutPlan,
  PlannedEntity,
  PlannedEntitySummary,
  PlannedRoom,
  RemovedEntity,
  RoomData,
  SectionData,
} from './layout-plan.ts'
import { matchEntities, type SnapshotCandidate, type StoredCandidate } from './match-entities.ts'

const PROPERTY = 'property'

interface StoredTree {
  buildings: Map<string, { row: CurrentBuilding; path: string }>
  rooms: Map<string, { row: CurrentRoom; path: string; parentId: string }>
  sections: Map<string, { row: CurrentSection; path: string; parentId: string }>
}

function indexStored(current: CurrentHierarchy): StoredTree {
  const tree: StoredTree = { buildings: new Map(), rooms: new Map(), sections: new Map() }
  for (const building of current.buildings) {
    tree.buildings.set(building.id, { row: building, path: building.code })
    for (const room of building.rooms) {
      const roomPath = `${building.code}.${room.code}`
      tree.rooms.set(room.id, { row: room, path: roomPath, parentId: building.id })
      for (const section of room.sections) {
        const path = `${roomPath}.${section.code}`
        tree.sections.set(section.id, { row: section, path, parentId: room.id })
      }
    }
  }
  return tree
}

function candidates<T extends { row: { id: string; code: string; layout: unknown } }>(
  rows: Map<string, T & { parentId?: string }>,
): StoredCandidate[] {
  return [...rows.values()].map(({ row, parentId }) => ({
    id: row.id,
    code: row.code,
    layout: row.layout,
    parentId: parentId ?? PROPERTY,
  }))
}

function changedFields<Data extends object>(
  data: Data,
  stored: { [K in keyof Data]?: unknown } | null,
  equal: Partial<Record<keyof Data, (a: unknown, b: unknown) => boolean>> = {},
): (keyof Data)[] {
  const keys = Object.keys(data) as (keyof Data)[]
  if (stored === null) return keys
  return keys.filter((key) => {
    const same = equal[key] ?? ((a: unknown, b: unknown) => a === b)
    return !same(stored[key], data[key])
  })
}

const LAYOUT_EQUAL = {
  layout: (stored: unknown, next: unknown) =>
    sameStoredLayout(readStoredLayout(stored), next as BuildingData['layout']),
}

/** Snapshot key → stored id kept, for parents of the next level. */
type Kept = Map<string, string>

function planBuildings(snapshot: LayoutSnapshot, tree: StoredTree, kept: Kept) {
  const list: SnapshotCandidate[] = snapshot.buildings.map((b) => ({
    key: b.key,
    entityId: b.entityId,
    code: b.code,
    parentId: PROPERTY,
  }))
  const matches = matchEntities(list, candidates(tree.buildings))
  return snapshot.buildings.map((building): PlannedEntity<BuildingData> => {
    const match = matches.get(building.key)
    const stored = match ? tree.buildings.get(match.id) : undefined
    if (match) kept.set(building.key, match.id)
    const data: BuildingData = {
      code: building.code,
      name: building.name,
      type: building.type,
      layout: storedLayoutOf(building.key, building.rect),
    }
    return {
      key: building.key,
      id: match?.id ?? null,
      data,
      changed: changedFields(data, stored?.row ?? null, LAYOUT_EQUAL),
      fromPath: stored?.path ?? null,
      path: building.code,
    }
  })
}

function planRooms(snapshot: LayoutSnapshot, tree: StoredTree, kept: Kept): PlannedRoom[] {
  const list: SnapshotCandidate[] = snapshot.buildings.flatMap((b) =>
    b.rooms.map((r) => ({
      key: r.key,
      entityId: r.entityId,
      code: r.code,
      parentId: kept.get(b.key) ?? null,
    })),
  )
  const matches = matchEntities(list, candidates(tree.rooms))
  return snapshot.buildings.flatMap((building) =>
    building.rooms.map((room): PlannedRoom => {
      const match = matches.get(room.key)
      const stored = match ? tree.rooms.get(match.id) : undefined
      if (match) kept.set(room.key, match.id)
      const data: RoomData = {
        buildingKey: building.key,
        code: room.code,
        name: room.name,
        type: room.type,
        layout: storedLayoutOf(room.key, room.rect),
      }
      const parentKept = stored !== undefined && kept.get(building.key) === stored.parentId
      return {
        key: room.key,
        id: match?.id ?? null,
        data,
        changed: changedFields(
          data,
          stored ? { ...stored.row, buildingKey: parentKept ? building.key : null } : null,
          LAYOUT_EQUAL,
        ),
        fromPath: stored?.path ?? null,
        path: `${building.code}.${room.code}`,
        metrcLocationName: defaultMetrcLocationName(building.code, room.code),
      }
    }),
  )
}

interface SectionPlace {
  section: SnapshotSection
  roomKey: string
  /** Codes for addresses. */
  building: string
  room: string
}

function planSections(
  places: SectionPlace[],
  tree: StoredTree,
  kept: Kept,
): PlannedEntity<SectionData>[] {
  const list: SnapshotCandidate[] = places.map(({ section, roomKey }) => ({
    key: section.key,
    entityId: section.entityId,
    code: section.code,
    parentId: kept.get(roomKey) ?? null,
  }))
  const matches = matchEntities(list, candidates(tree.sections))
  return places.map(({ section, roomKey, building, room }) => {
    const match = matches.get(section.key)
    const stored = match ? tree.sections.get(match.id) : undefined
    if (match) kept.set(section.key, match.id)
    const data: SectionData = {
      roomKey,
      code: section.code,
      name: section.name,
      type: section.type,
      spacingInches: section.spacingInches,
      layout: storedLayoutOf(section.key, section.rect),
    }
    const parentKept = stored !== undefined && kept.get(roomKey) === stored.parentId
    return {
      key: section.key,
      id: match?.id ?? null,
      data,
      changed: changedFields(
        data,
        stored ? { ...stored.row, roomKey: parentKept ? roomKey : null } : null,
        LAYOUT_EQUAL,
      ),
      fromPath: stored?.path ?? null,
      path: `${building}.${room}.${section.code}`,
    }
  })
}

function cellKey(row: number, column: number, slot: number): string {
  return `${row}:${column}:${slot}`
}

/** Rows and positions of one snapshot section against the stored section it keeps, if any. */
function planGrid(plan: LayoutPlan, place: SectionPlace, stored: CurrentSection | undefined): void {
  const { section } = place
  const wanted = generateSectionAddresses(
    {
      property: plan.propertyCode,
      building: place.building,
      room: place.room,
      section: section.code,
    },
    section.type,
    { rows: section.rows, columns: section.columns, slotsPerPosition: section.slotsPerPosition },
  )
  const storedRows = new Set(stored?.rows.map((row) => row.number) ?? [])
  for (let number = 1; number <= section.rows; number++) {
    if (!storedRows.has(number)) plan.rows.create.push({ sectionKey: section.key, number })
  }
  for (const row of stored?.rows ?? []) {
    if (row.number > section.rows) {
      plan.rows.remove.push({ id: row.id, sectionId: stored?.id ?? '', number: row.number })
    }
  }
  const survivors = new Map(
    (stored?.positions ?? []).map((p) => [cellKey(p.row, p.column, p.slot), p]),
  )
  for (const cell of wanted) {
    const key = cellKey(cell.row, cell.column, cell.slot)
    const existing = survivors.get(key)
    if (existing === undefined) {
      plan.positions.create.push({
        sectionKey: section.key,
        row: cell.row,
        column: cell.column,
        slot: cell.slot,
        address: cell.address,
      })
      continue
    }
    survivors.delete(key)
    if (existing.address === cell.address) plan.positions.unchanged += 1
    else {
      plan.positions.readdress.push({
        id: existing.id,
        sectionKey: section.key,
        from: existing.address,
        to: cell.address,
        plant: existing.plant,
      })
    }
  }
  for (const gone of survivors.values()) removePosition(plan, gone)
}

function removePosition(plan: LayoutPlan, position: CurrentSection['positions'][number]): void {
  plan.positions.remove.push({ id: position.id, address: position.address, plant: position.plant })
  if (position.plant) {
    plan.blocked.push({
      address: position.address,
      plantId: position.plant.id,
      plantTag: position.plant.tag,
    })
  }
}

function unclaimed<T extends { row: { id: string }; path: string }>(
  rows: Map<string, T>,
  kept: Kept,
): (RemovedEntity & { row: T['row'] })[] {
  const keptIds = new Set(kept.values())
  return [...rows.values()]
    .filter(({ row }) => !keptIds.has(row.id))
    .map(({ row, path }) => ({ id: row.id, path, row }))
}

/**
 * Plans a publish of `snapshot` over the stored hierarchy `current`. The snapshot must be
 * valid (schema and `validateLayoutSnapshot`: unique keys and sibling codes). Identity
 * follows LAYR2, positions LAYR3, removals and blocking LAYR4; see SPEC.md.
 */
export function planLayoutReconciliation(
  snapshot: LayoutSnapshot,
  current: CurrentHierarchy,
): LayoutPlan {
  const tree = indexStored(current)
  const kept: Kept = new Map()
  const plan: LayoutPlan = {
    propertyCode: current.propertyCode,
    buildings: planBuildings(snapshot, tree, kept),
    rooms: planRooms(snapshot, tree, kept),
    sections: [],
    removed: { buildings: [], rooms: [], sections: [] },
    rows: { create: [], remove: [] },
    positions: { create: [], readdress: [], remove: [], unchanged: 0 },
    blocked: [],
  }
  const places: SectionPlace[] = snapshot.buildings.flatMap((b) =>
    b.rooms.flatMap((r) =>
      r.sections.map((section) => ({ section, roomKey: r.key, building: b.code, room: r.code })),
    ),
  )
  plan.sections = planSections(places, tree, kept)
  for (const place of places) {
    const id = kept.get(place.section.key)
    planGrid(plan, place, id === undefined ? undefined : tree.sections.get(id)?.row)
  }
  const strip = ({ id, path }: RemovedEntity): RemovedEntity => ({ id, path })
  for (const gone of unclaimed(tree.sections, kept)) {
    plan.removed.sections.push(strip(gone))
    for (const row of gone.row.rows) {
      plan.rows.remove.push({ id: row.id, sectionId: gone.id, number: row.number })
    }
    for (const position of gone.row.positions) removePosition(plan, position)
  }
  plan.removed.rooms = unclaimed(tree.rooms, kept).map(strip)
  plan.removed.buildings = unclaimed(tree.buildings, kept).map(strip)
  return plan
}

/** Whether applying the plan would change nothing stored (LAYR5). */
export function isLayoutPlanEmpty(plan: LayoutPlan): boolean {
  const untouched = (entities: readonly PlannedEntitySummary[]) =>
    entities.every((entity) => entity.id !== null && entity.changed.length === 0)
  return (
    untouched(plan.buildings) &&
    untouched(plan.rooms) &&
    untouched(plan.sections) &&
    plan.removed.buildings.length === 0 &&
    plan.removed.rooms.length === 0 &&
    plan.removed.sections.length === 0 &&
    plan.rows.create.length === 0 &&
    plan.rows.remove.length === 0 &&
    plan.positions.create.length === 0 &&
    plan.positions.readdress.length === 0 &&
    plan.positions.remove.length === 0
  )
}
