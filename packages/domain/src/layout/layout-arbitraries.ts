// fast-check generators for layout tests (not exported from the package).
import fc from 'fast-check'
import { SectionTypeSchema } from '../grids/grid.schema.ts'
import { SensorKindSchema, rackSizeFeet, tableSizeFeet } from './canvas-model.ts'
import type { HierarchyForLayout } from './hierarchy-to-snapshot.ts'
import {
  LAYOUT_SNAPSHOT_VERSION,
  type LayoutSnapshot,
  type SnapshotRoom,
  type SnapshotSection,
} from './layout-snapshot.schema.ts'
import { roundFeet } from './geometry.ts'
import { sortLayoutSnapshot } from './sort-snapshot.ts'

export const testUuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`

/** Feet on the 1/1000 ft grid, from 0 to `max`. */
const feet = (max: number) => fc.integer({ min: 0, max: max * 1000 }).map((v) => v / 1000)
const name = fc
  .string({ minLength: 1, maxLength: 20 })
  .map((s) => s.trim())
  .filter((s) => s.length > 0)

const sectionArb = fc.record({
  type: fc.constantFrom(...SectionTypeSchema.options),
  rows: fc.integer({ min: 1, max: 5 }),
  columns: fc.integer({ min: 1, max: 5 }),
  slotsPerPosition: fc.integer({ min: 1, max: 4 }),
  spacingInches: fc.integer({ min: 1, max: 24 }),
  dx: feet(5),
  dy: feet(5),
  name,
  imported: fc.boolean(),
})
const roomArb = fc.record({
  type: fc.constantFrom('VEG', 'FLOWER', 'CLONE', 'DRY', 'CURE', 'TRIM' as const),
  sections: fc.array(sectionArb, { maxLength: 5 }),
  aisles: fc.array(
    fc.record({
      dx: feet(40),
      width: feet(10).map((w) => roundFeet(w + 1)),
      label: fc.string({ maxLength: 10 }),
    }),
    { maxLength: 2 },
  ),
  doors: fc.array(fc.record({ dx: feet(100), label: fc.string({ maxLength: 10 }) }), {
    maxLength: 2,
  }),
  sensors: fc.array(
    fc.record({
      dx: feet(100),
      dy: feet(38),
      code: fc.string({ maxLength: 8 }),
      kind: fc.constantFrom(...SensorKindSchema.options),
    }),
    { maxLength: 2 },
  ),
  name,
  imported: fc.boolean(),
})
const buildingArb = fc.record({
  type: fc.constantFrom('CULTIVATION', 'PROCESSING', 'DRYING', 'STORAGE' as const),
  rooms: fc.array(roomArb, { maxLength: 4 }),
  x: feet(100),
  y: fc.integer({ min: -500, max: 500 }),
  name,
  imported: fc.boolean(),
})

/**
 * Valid, sorted snapshots whose elements lie inside their parents and whose siblings do
 * not overlap: buildings 1,000 ft apart, rooms in a row, sections in 20 ft cells, aisles
 * and sensors in a strip below them; numbers on the 1/1000 ft grid.
 */
export const validSnapshotArb: fc.Arbitrary<LayoutSnapshot> = fc
  .array(buildingArb, { maxLength: 3 })
  .map((drawn) => {
    let n = 0
    const next = () => ++n
    const buildings = drawn.map((b, bi) => {
      const bx = roundFeet(bi * 1000 + b.x)
      const rooms = b.rooms.map((r, ri): SnapshotRoom => {
        const rx = roundFeet(bx + 2 + ri * 130)
        const ry = b.y + 2
        const sections = r.sections.map((s, si): SnapshotSection => {
          const rack = s.type === 'RACK' || s.type === 'HANGER'
          const size = rack
            ? rackSizeFeet({ hangersPerLevel: s.columns, spacingInches: s.spacingInches })
            : tableSizeFeet(s)
          const id = next()
          return {
            key: `shape:s${id}`,
            ...(s.imported ? { entityId: testUuid(id) } : {}),
            code: `S${si}`,
            name: s.name,
            type: s.type,
            rect: {
              x: roundFeet(rx + 1 + si * 20 + s.dx),
              y: roundFeet(ry + 1 + s.dy),
              width: roundFeet(size.width),
              height: roundFeet(size.height),
            },
            rows: s.rows,
            columns: s.columns,
            slotsPerPosition: s.slotsPerPosition,
            spacingInches: s.spacingInches,
          }
        })
        const id = next()
        return {
          key: `shape:r${id}`,
          ...(r.imported ? { entityId: testUuid(id) } : {}),
          code: `R${ri}`,
          name: r.name,
          type: r.type,
          rect: { x: rx, y: ry, width: 122, height: 40 },
          sections,
          aisles: r.aisles.map((a) => ({
            key: `shape:a${next()}`,
            rect: { x: roundFeet(rx + 1 + a.dx), y: ry + 22, width: a.width, height: 4 },
            label: a.label,
          })),
          doors: r.doors.map((d) => ({
            key: `shape:d${next()}`,
            rect: { x: roundFeet(rx + 5 + d.dx), y: ry + 39, width: 3, height: 2 },
            label: d.label,
          })),
          sensors: r.sensors.map((s) => ({
            key: `shape:x${next()}`,
            code: s.code,
            kind: s.kind,
            label: '',
            x: roundFeet(rx + 1 + s.dx),
            y: roundFeet(ry + 1 + s.dy),
          })),
        }
      })
      const id = next()
      return {
        key: `shape:b${id}`,
        ...(b.imported ? { entityId: testUuid(id) } : {}),
        code: `B${bi}`,
        name: b.name,
        type: b.type,
        rect: { x: bx, y: b.y, width: 4 + Math.max(1, rooms.length) * 130, height: 44 },
        rooms,
      }
    })
    return sortLayoutSnapshot({ schemaVersion: LAYOUT_SNAPSHOT_VERSION, buildings })
  })

/** A stored `layout` JSON: missing, junk, or a rect (maybe with a key) anywhere. */
const storedLayoutArb = fc.oneof(
  fc.constant(null),
  fc.constant({ nonsense: true }),
  fc.record(
    {
      key: fc.constantFrom('shape:k1', 'shape:k2', 'shape:k3'),
      x: fc.integer({ min: -300, max: 300 }),
      y: fc.integer({ min: -300, max: 300 }),
      width: fc.double({ min: 0.5, max: 300, noNaN: true }),
      height: fc.integer({ min: 1, max: 300 }),
    },
    { requiredKeys: ['x', 'y', 'width', 'height'] },
  ),
)

/** Hierarchies with unique sibling codes and any stored layouts, as the api reads them. */
export const hierarchyArb: fc.Arbitrary<HierarchyForLayout> = fc
  .array(
    fc.record({
      layout: storedLayoutArb,
      rooms: fc.array(
        fc.record({
          type: fc.constantFrom('VEG', 'FLOWER', 'DRY' as const),
          layout: storedLayoutArb,
          sections: fc.array(
            fc.record({
              type: fc.constantFrom(...SectionTypeSchema.options),
              spacingInches: fc.option(fc.integer({ min: 1, max: 60 })),
              layout: storedLayoutArb,
              rows: fc.integer({ min: 1, max: 12 }),
              columns: fc.integer({ min: 1, max: 12 }),
              slotsPerPosition: fc.integer({ min: 1, max: 4 }),
            }),
            { maxLength: 6 },
          ),
        }),
        { maxLength: 4 },
      ),
    }),
    { maxLength: 4 },
  )
  .map((drawn) => {
    let n = 0
    return {
      buildings: drawn.map((b, bi) => ({
        id: testUuid(++n),
        code: `B${bi}`,
        name: `B${bi}`,
        type: 'CULTIVATION' as const,
        layout: b.layout,
        rooms: b.rooms.map((r, ri) => ({
          id: testUuid(++n),
          code: `R${ri}`,
          name: `R${ri}`,
          type: r.type,
          layout: r.layout,
          sections: r.sections.map((s, si) => ({
            ...s,
            id: testUuid(++n),
            code: `S${si}`,
            name: `S${si}`,
          })),
        })),
      })),
    }
  })
