// Small builders for layout tests (not exported from the package).
import {
  LAYOUT_SNAPSHOT_VERSION,
  type LayoutSnapshot,
  type SnapshotBuilding,
  type SnapshotRect,
  type SnapshotRoom,
  type SnapshotSection,
} from './layout-snapshot.schema.ts'

export function rect(x: number, y: number, width: number, height: number): SnapshotRect {
  return { x, y, width, height }
}

export function section(
  key: string,
  code: string,
  at: SnapshotRect,
  extra: Partial<SnapshotSection> = {},
): SnapshotSection {
  return {
    key,
    code,
    name: code,
    type: 'TABLE',
    rect: at,
    rows: 2,
    columns: 3,
    slotsPerPosition: 1,
    spacingInches: 24,
    ...extra,
  }
}

export function room(
  key: string,
  code: string,
  at: SnapshotRect,
  sections: SnapshotSection[] = [],
  extra: Partial<SnapshotRoom> = {},
): SnapshotRoom {
  return {
    key,
    code,
    name: code,
    type: 'VEG',
    rect: at,
    sections,
    aisles: [],
    doors: [],
    sensors: [],
    ...extra,
  }
}

export function building(
  key: string,
  code: string,
  at: SnapshotRect,
  rooms: SnapshotRoom[] = [],
  extra: Partial<SnapshotBuilding> = {},
): SnapshotBuilding {
  return { key, code, name: code, type: 'CULTIVATION', rect: at, rooms, ...extra }
}

export function snapshotOf(...buildings: SnapshotBuilding[]): LayoutSnapshot {
  return { schemaVersion: LAYOUT_SNAPSHOT_VERSION, buildings }
}
