// Builders the planner tests share: snapshots written tersely, and the hierarchy a plan
// leaves behind (with plants placed where a test wants them).
import { generateSectionAddresses } from '../../grids/grid.ts'
import type {
  LayoutSnapshot,
  SnapshotBuilding,
  SnapshotRoom,
  SnapshotSection,
} from '../layout-snapshot.schema.ts'
import { applyLayoutPlanInMemory } from './apply-plan-in-memory.ts'
import type { CurrentHierarchy, CurrentPosition } from './current-hierarchy.ts'
import { planLayoutReconciliation } from './plan-layout-reconciliation.ts'

const RECT = { x: 0, y: 0, width: 10, height: 10 }

export function section(
  key: string,
  code: string,
  grid: Partial<Pick<SnapshotSection, 'rows' | 'columns' | 'slotsPerPosition' | 'type'>> = {},
): SnapshotSection {
  return {
    key,
    code,
    name: code,
    type: grid.type ?? 'TABLE',
    rect: RECT,
    rows: grid.rows ?? 2,
    columns: grid.columns ?? 3,
    slotsPerPosition: grid.slotsPerPosition ?? 1,
    spacingInches: 24,
  }
}

export function room(key: string, code: string, sections: SnapshotSection[]): SnapshotRoom {
  return {
    key,
    code,
    name: code,
    type: 'VEG',
    rect: RECT,
    sections,
    aisles: [],
    doors: [],
    sensors: [],
  }
}

export function building(key: string, code: string, rooms: SnapshotRoom[]): SnapshotBuilding {
  return { key, code, name: code, type: 'CULTIVATION', rect: RECT, rooms }
}

export function snapshotOf(buildings: SnapshotBuilding[]): LayoutSnapshot {
  return { schemaVersion: 1, buildings }
}

export const EMPTY: CurrentHierarchy = { propertyCode: 'MAIN', buildings: [] }

/** Sequential ids, so a test can tell new rows from kept ones. */
export function idSource(prefix = 'id'): () => string {
  let next = 0
  return () => `${prefix}-${++next}`
}

/** Plans and applies `snapshot` over `current`. */
export function publishInMemory(
  snapshot: LayoutSnapshot,
  current: CurrentHierarchy = EMPTY,
  newId: () => string = idSource(),
): CurrentHierarchy {
  return applyLayoutPlanInMemory(current, planLayoutReconciliation(snapshot, current), newId)
}

export function allPositions(hierarchy: CurrentHierarchy): CurrentPosition[] {
  return hierarchy.buildings.flatMap((b) =>
    b.rooms.flatMap((r) => r.sections.flatMap((s) => s.positions)),
  )
}

/** Places a plant on the position at `address` (a copy; the input is left alone). */
export function withPlant(
  hierarchy: CurrentHierarchy,
  address: string,
  plant: { id: string; tag: string },
): CurrentHierarchy {
  const copy = structuredClone(hierarchy)
  const position = allPositions(copy).find((p) => p.address === address)
  if (!position) throw new Error(`no position ${address}`)
  position.plant = plant
  return copy
}

/** Every address the snapshot draws, computed straight from its grids. */
export function snapshotAddresses(snapshot: LayoutSnapshot, propertyCode = 'MAIN'): string[] {
  return snapshot.buildings.flatMap((b) =>
    b.rooms.flatMap((r) =>
      r.sections.flatMap((s) =>
        generateSectionAddresses(
          { property: propertyCode, building: b.code, room: r.code, section: s.code },
          s.type,
          s,
        ).map((p) => p.address),
      ),
    ),
  )
}
