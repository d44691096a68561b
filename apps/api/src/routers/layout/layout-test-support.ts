// Snapshot builders for the layout procedure tests and the publish benchmark.
import type {
  LayoutSnapshot,
  SnapshotBuilding,
  SnapshotRoom,
  SnapshotSection,
} from '@growops/domain'

export function tableSection(
  key: string,
  code: string,
  at: { x: number; y: number },
  grid: Partial<Pick<SnapshotSection, 'rows' | 'columns' | 'slotsPerPosition' | 'type'>> = {},
): SnapshotSection {
  const rows = grid.rows ?? 2
  const columns = grid.columns ?? 3
  return {
    key,
    code,
    name: `Table ${code}`,
    type: grid.type ?? 'TABLE',
    rect: { x: at.x, y: at.y, width: columns * 2 + 1, height: rows * 2 + 1 },
    rows,
    columns,
    slotsPerPosition: grid.slotsPerPosition ?? 1,
    spacingInches: 24,
  }
}

export function roomOf(
  key: string,
  code: string,
  sections: SnapshotSection[],
  rect = { x: 0, y: 0, width: 500, height: 500 },
): SnapshotRoom {
  return {
    key,
    code,
    name: `Room ${code}`,
    type: 'VEG',
    rect,
    sections,
    aisles: [],
    doors: [],
    sensors: [],
  }
}

export function buildingOf(
  key: string,
  code: string,
  rooms: SnapshotRoom[],
  rect = { x: 0, y: 0, width: 2000, height: 2000 },
): SnapshotBuilding {
  return { key, code, name: `Building ${code}`, type: 'CULTIVATION', rect, rooms }
}

export function snapshotOf(buildings: SnapshotBuilding[]): LayoutSnapshot {
  return { schemaVersion: 1, buildings }
}

/**
 * A facility of about `positions` positions: one building, rooms of up to 10 tables of
 * 10 × 10, laid out without overlaps.
 */
export function largeSnapshot(positions: number): LayoutSnapshot {
  const tables = Math.ceil(positions / 100)
  const rooms: SnapshotRoom[] = []
  for (let r = 0; r * 10 < tables; r++) {
    const sections: SnapshotSection[] = []
    for (let t = 0; t < 10 && r * 10 + t < tables; t++) {
      sections.push(
        tableSection(
          `table-${r}-${t}`,
          `T${t + 1}`,
          { x: 2 + t * 25, y: 2 },
          { rows: 10, columns: 10 },
        ),
      )
    }
    rooms.push(
      roomOf(`room-${r}`, `ROOM${r + 1}`, sections, { x: 0, y: r * 40, width: 260, height: 30 }),
    )
  }
  return snapshotOf([
    buildingOf('building-1', 'GROW1', rooms, { x: 0, y: 0, width: 300, height: rooms.length * 40 }),
  ])
}
