import { describe, expect, it } from 'vitest'
import {
  CanvasShapeRecordSchema,
  LayoutShapePropsSchemas,
  type LayoutShapeKind,
} from './canvas-model.ts'
import { testUuid } from './layout-arbitraries.ts'
import { recordsFromSnapshot, shapeIdForKey } from './records-from-snapshot.ts'
import { building, rect, room, section, snapshotOf } from './snapshot-fixtures.ts'

const snapshot = snapshotOf(
  building('shape:b1', 'GROW1', rect(0, 0, 100, 60), [
    room(
      'shape:r1',
      'VEG-A',
      rect(10, 10, 50, 40),
      [
        section('t1', 'T1', rect(12, 12, 8, 6), { entityId: testUuid(1) }),
        section('shape:k1', 'K1', rect(30, 12, 8, 4), {
          type: 'HANGER',
          rows: 3,
          columns: 6,
          slotsPerPosition: 2,
          spacingInches: 12,
        }),
      ],
      {
        aisles: [{ key: 'shape:a1', rect: rect(12, 30, 40, 4), label: 'Main aisle' }],
        doors: [{ key: 'shape:d1', rect: rect(20, 49, 3, 2), label: '' }],
        sensors: [{ key: 'shape:x1', code: 'T-1', kind: 'CO2', label: 'North', x: 59, y: 11 }],
      },
    ),
  ]),
)

describe('recordsFromSnapshot', () => {
  const records = recordsFromSnapshot(snapshot)

  it('[LAYC4] uses keys as shape ids, adding the shape: prefix when missing', () => {
    expect(records.map((r) => r.id)).toEqual([
      'shape:b1',
      'shape:r1',
      'shape:t1',
      'shape:k1',
      'shape:a1',
      'shape:d1',
      'shape:x1',
    ])
    expect(shapeIdForKey('shape:abc')).toBe('shape:abc')
  })

  it('[LAYC6] writes page positions in canvas units, unrotated, on the given page', () => {
    const onPage = recordsFromSnapshot(snapshot, { pageId: 'page:version-3' })
    expect(onPage.every((r) => r.parentId === 'page:version-3')).toBe(true)
    expect(records[0]).toEqual({
      id: 'shape:b1',
      typeName: 'shape',
      type: 'gw-building',
      parentId: 'page:page',
      index: 'a0',
      x: 0,
      y: 0,
      rotation: 0,
      isLocked: false,
      opacity: 1,
      props: { w: 1000, h: 600, code: 'GROW1', name: 'GROW1', buildingType: 'CULTIVATION' },
      meta: {},
    })
    expect(records[2]).toMatchObject({
      type: 'gw-table',
      x: 120,
      y: 120,
      meta: { entityId: testUuid(1) },
      // 3 columns × 2 ft + 2 ft margin, 2 rows × 2 ft + 2 ft margin
      props: { w: 80, h: 60, sectionType: 'TABLE', rows: 2, columns: 3, spacingInches: 24 },
    })
    expect(records[3]).toMatchObject({
      type: 'gw-rack',
      // 6 hangers × 1 ft + 2 ft margin; a rack is 2 ft deep plus margins
      props: {
        w: 80,
        h: 40,
        sectionType: 'HANGER',
        levels: 3,
        hangersPerLevel: 6,
        slotsPerPosition: 2,
      },
    })
    expect(records[6]).toMatchObject({
      type: 'gw-sensor',
      x: 590,
      y: 110,
      props: { code: 'T-1', sensorKind: 'CO2', label: 'North' },
    })
  })

  it('[LAYC6] every record is a valid canvas shape record with props its shape util accepts', () => {
    for (const record of records) {
      expect(CanvasShapeRecordSchema.safeParse(record).success).toBe(true)
      const kind = record.type.slice('gw-'.length) as LayoutShapeKind
      expect(LayoutShapePropsSchemas[kind].safeParse(record.props).success).toBe(true)
    }
  })

  it('[LAYC7] index keys increase in draw order: buildings, rooms, then their contents', () => {
    expect(records.map((r) => r.index)).toEqual(['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6'])
    const many = recordsFromSnapshot(
      snapshotOf(
        ...Array.from({ length: 70 }, (_, i) =>
          building(`shape:b${i}`, `B${i}`, rect(i * 20, 0, 10, 10)),
        ),
      ),
    )
    const keys = many.map((r) => String(r.index))
    expect(keys.slice(60, 64)).toEqual(['ay', 'az', 'b00', 'b01'])
    expect([...keys].sort()).toEqual(keys)
  })
})
