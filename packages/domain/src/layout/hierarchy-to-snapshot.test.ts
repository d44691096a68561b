import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { tableSizeFeet } from './canvas-model.ts'
import { rectContainsRect, rectsOverlap } from './geometry.ts'
import { hierarchyArb, testUuid as ID } from './layout-arbitraries.ts'
import {
  hierarchyToSnapshot,
  IMPORT_LAYOUT_FEET,
  type HierarchyRoomForLayout,
  type HierarchySectionForLayout,
} from './hierarchy-to-snapshot.ts'
import { LayoutSnapshotSchema, type LayoutSnapshot } from './layout-snapshot.schema.ts'
import { validateLayoutSnapshot } from './validate-layout.ts'

function tableRow(n: number, code: string, extra: Partial<HierarchySectionForLayout> = {}) {
  return {
    id: ID(n),
    code,
    name: `Table ${code}`,
    type: 'TABLE' as const,
    spacingInches: 24,
    layout: null,
    rows: 2,
    columns: 3,
    slotsPerPosition: 1,
    ...extra,
  }
}

function roomRow(
  n: number,
  code: string,
  sections: HierarchySectionForLayout[],
  layout: unknown = null,
): HierarchyRoomForLayout {
  return { id: ID(n), code, name: `Room ${code}`, type: 'VEG', layout, sections }
}

/** Every structural promise of an import: valid, contained, nothing overlapping. */
function expectWellFormed(snapshot: LayoutSnapshot): void {
  expect(LayoutSnapshotSchema.safeParse(snapshot).success).toBe(true)
  expect(validateLayoutSnapshot(snapshot)).toEqual([])
  const buildings = snapshot.buildings
  buildings.forEach((b, i) => {
    for (const other of buildings.slice(0, i)) expect(rectsOverlap(b.rect, other.rect)).toBe(false)
    b.rooms.forEach((r, j) => {
      expect(rectContainsRect(b.rect, r.rect)).toBe(true)
      for (const other of b.rooms.slice(0, j)) expect(rectsOverlap(r.rect, other.rect)).toBe(false)
      for (const s of r.sections) expect(rectContainsRect(r.rect, s.rect)).toBe(true)
    })
  })
}

describe('hierarchyToSnapshot', () => {
  it('[LAYC8] arranges sections in a row with 4 ft aisles and sizes them by their grid', () => {
    const snapshot = hierarchyToSnapshot({
      buildings: [
        {
          id: ID(1),
          code: 'GROW1',
          name: 'Grow 1',
          type: 'CULTIVATION',
          layout: null,
          rooms: [roomRow(2, 'VEG-A', [tableRow(3, 'T1'), tableRow(4, 'T2')])],
        },
      ],
    })
    expectWellFormed(snapshot)
    const b = snapshot.buildings[0]
    const r = b?.rooms[0]
    const size = tableSizeFeet({ rows: 2, columns: 3, spacingInches: 24 })
    expect(b?.rect).toMatchObject({ x: 0, y: 0 })
    expect(r?.rect).toEqual({
      x: 4,
      y: 4,
      width: 3 * IMPORT_LAYOUT_FEET.aisle + 2 * size.width,
      height: 2 * IMPORT_LAYOUT_FEET.aisle + size.height,
    })
    expect(r?.sections.map((s) => s.rect)).toEqual([
      { x: 8, y: 8, width: size.width, height: size.height },
      { x: 8 + size.width + 4, y: 8, width: size.width, height: size.height },
    ])
    expect(r?.sections[0]).toMatchObject({
      key: `shape:section-${ID(3)}`,
      entityId: ID(3),
      code: 'T1',
      name: 'Table T1',
      rows: 2,
      columns: 3,
      slotsPerPosition: 1,
      spacingInches: 24,
    })
    expect(b?.key).toBe(`shape:building-${ID(1)}`)
  })

  it('[LAYC8] keeps stored places and keys, grows a parent to fit, and adds new rows below', () => {
    const snapshot = hierarchyToSnapshot({
      buildings: [
        {
          id: ID(1),
          code: 'GROW1',
          name: 'Grow 1',
          type: 'CULTIVATION',
          layout: { key: 'shape:abc', x: 100, y: 50, width: 10, height: 10 },
          rooms: [
            roomRow(
              2,
              'VEG-A',
              [
                tableRow(3, 'T1', { layout: { x: 102, y: 52, width: 1, height: 1 } }),
                tableRow(4, 'T2'),
              ],
              { x: 101, y: 51, width: 5, height: 5 },
            ),
          ],
        },
      ],
    })
    expectWellFormed(snapshot)
    const b = snapshot.buildings[0]
    expect(b?.key).toBe('shape:abc')
    expect(b?.rect.x).toBe(100)
    expect(b?.rect.width).toBeGreaterThan(10)
    const [t1, t2] = b?.rooms[0]?.sections ?? []
    expect(t1?.rect).toMatchObject({ x: 102, y: 52 })
    expect(t2?.rect.y).toBe(52 + (t1?.rect.height ?? 0) + IMPORT_LAYOUT_FEET.aisle)
  })

  it('[LAYC8] arranges afresh when stored places overlap', () => {
    const at = { x: 0, y: 0, width: 5, height: 5 }
    const snapshot = hierarchyToSnapshot({
      buildings: ['A', 'B'].map((code, i) => ({
        id: ID(i + 1),
        code,
        name: code,
        type: 'CULTIVATION' as const,
        layout: at,
        rooms: [],
      })),
    })
    expectWellFormed(snapshot)
    expect(snapshot.buildings.map((b) => b.rect.x)).toEqual([0, 60])
  })

  it('[LAYC8] draws a section without rows as one row and fills in a missing spacing', () => {
    const snapshot = hierarchyToSnapshot({
      buildings: [
        {
          id: ID(1),
          code: 'DRY1',
          name: 'Dry',
          type: 'DRYING',
          layout: 'not a layout',
          rooms: [
            roomRow(2, 'DRY-A', [
              tableRow(3, 'R1', { type: 'RACK', rows: 0, columns: 0, spacingInches: null }),
            ]),
          ],
        },
      ],
    })
    expectWellFormed(snapshot)
    expect(snapshot.buildings[0]?.rooms[0]?.sections[0]).toMatchObject({
      rows: 1,
      columns: 1,
      spacingInches: 12,
    })
  })

  it('[LAYC8][LAYC5] any hierarchy imports into a valid, contained, non-overlapping snapshot', () => {
    fc.assert(
      fc.property(hierarchyArb, (hierarchy) => {
        const snapshot = hierarchyToSnapshot(hierarchy)
        expectWellFormed(snapshot)
        expect(hierarchyToSnapshot(hierarchy)).toEqual(snapshot)
      }),
      { numRuns: 300 },
    )
  })
})
