// Size helpers of tables and racks, layer visibility, the scale bar and property inputs.
import { LAYOUT_SHAPE_TYPES } from '@growops/domain'
import type { TLShape } from 'tldraw'
import { describe, expect, it } from 'vitest'
import { parseFieldInput, PROPERTY_FIELDS } from '../components/property-fields.ts'
import { scaleBarFor } from '../components/scale-bar.tsx'
import { layerVisibilityAtom, layoutShapeVisibility, setLayerVisible } from './layer-visibility.ts'
import {
  rackCanvasSize,
  rackCells,
  tableCanvasSize,
  tableCells,
} from './shapes/section-geometry.ts'

describe('section geometry', () => {
  it('a table is its cells at the spacing plus a 1 ft margin, in canvas units', () => {
    // 3 columns × 2 rows at 24 in = 6 × 4 ft, + 2 ft of margin each way.
    expect(tableCanvasSize({ rows: 2, columns: 3, spacingInches: 24 })).toEqual({ w: 80, h: 60 })
    const cells = tableCells({ rows: 2, columns: 3, spacingInches: 24 })
    expect(cells.map((c) => c.label)).toEqual([
      'R1 C1',
      'R1 C2',
      'R1 C3',
      'R2 C1',
      'R2 C2',
      'R2 C3',
    ])
    expect(cells[5]).toMatchObject({ x: 10 + 2 * 20, y: 10 + 20, w: 20, h: 20 })
  })

  it('a rack is hangers along its length and levels as bands across its depth', () => {
    expect(rackCanvasSize({ hangersPerLevel: 10, spacingInches: 12 })).toEqual({ w: 120, h: 40 })
    const cells = rackCells({ levels: 2, hangersPerLevel: 3, spacingInches: 12 })
    expect(cells.map((c) => c.label)).toEqual([
      'L1 H1',
      'L1 H2',
      'L1 H3',
      'L2 H1',
      'L2 H2',
      'L2 H3',
    ])
    expect(cells[3]).toMatchObject({ x: 10, y: 20, w: 10, h: 10 })
  })
})

describe('layers', () => {
  it('hides a layout shape when its layer is off, and leaves other shapes alone', () => {
    const table = { type: LAYOUT_SHAPE_TYPES.table } as TLShape
    const sensor = { type: LAYOUT_SHAPE_TYPES.sensor } as TLShape
    const other = { type: 'geo' } as TLShape
    setLayerVisible('tables', false)
    expect(layoutShapeVisibility(table)).toBe('hidden')
    expect(layoutShapeVisibility(sensor)).toBe('visible')
    expect(layoutShapeVisibility(other)).toBe('inherit')
    setLayerVisible('tables', true)
    expect(layoutShapeVisibility(table)).toBe('visible')
    expect(layerVisibilityAtom.get().tables).toBe(true)
  })
})

describe('scale bar', () => {
  it('picks the longest round length that fits', () => {
    expect(scaleBarFor(1)).toEqual({ feet: 10, px: 100 })
    expect(scaleBarFor(0.1)).toEqual({ feet: 100, px: 100 })
    expect(scaleBarFor(8).feet).toBe(1)
  })
})

describe('property inputs', () => {
  const field = (kind: keyof typeof PROPERTY_FIELDS, key: string) =>
    PROPERTY_FIELDS[kind].find((f) => f.key === key)!
  it('checks grid numbers against the shared limits', () => {
    expect(parseFieldInput('table', field('table', 'rows'), '12')).toEqual({ ok: true, value: 12 })
    expect(parseFieldInput('table', field('table', 'rows'), '0')).toEqual({
      ok: false,
      problem: 'number',
    })
    expect(parseFieldInput('table', field('table', 'rows'), '2.5')).toEqual({
      ok: false,
      problem: 'number',
    })
    expect(parseFieldInput('rack', field('rack', 'slotsPerPosition'), '9')).toEqual({
      ok: false,
      problem: 'number',
    })
  })
  it('turns feet into canvas units and codes into capitals', () => {
    expect(parseFieldInput('room', field('room', 'w'), '42')).toEqual({ ok: true, value: 420 })
    expect(parseFieldInput('room', field('room', 'w'), '0.5')).toEqual({
      ok: false,
      problem: 'size',
    })
    expect(parseFieldInput('room', field('room', 'code'), 'veg-a')).toEqual({
      ok: true,
      value: 'VEG-A',
    })
    expect(parseFieldInput('room', field('room', 'roomType'), 'NOPE')).toEqual({
      ok: false,
      problem: 'text',
    })
  })
})
