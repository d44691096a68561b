import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isAddressWithinPrefix } from '../addressing/address-prefix.ts'
import { formatPositionAddress } from '../addressing/position-address.ts'
import { DomainError } from '../errors/domain-error.ts'
import {
  addressFormForSectionType,
  generateRackGrid,
  generateSectionAddresses,
  generateTableGrid,
} from './grid.ts'
import {
  RackGridInputSchema,
  SectionTypeSchema,
  TableGridInputSchema,
  type SectionType,
} from './grid.schema.ts'

function gridError(run: () => unknown): DomainError {
  try {
    run()
  } catch (error) {
    if (error instanceof DomainError) return error
    throw error
  }
  throw new Error('expected a DomainError')
}

describe('generateTableGrid', () => {
  it('[GRID1] orders cells by row, then column, then slot, from 1', () => {
    expect(generateTableGrid({ rows: 2, columns: 2, slotsPerPosition: 2 })).toEqual([
      { kind: 'table', row: 1, column: 1, slot: 1 },
      { kind: 'table', row: 1, column: 1, slot: 2 },
      { kind: 'table', row: 1, column: 2, slot: 1 },
      { kind: 'table', row: 1, column: 2, slot: 2 },
      { kind: 'table', row: 2, column: 1, slot: 1 },
      { kind: 'table', row: 2, column: 1, slot: 2 },
      { kind: 'table', row: 2, column: 2, slot: 1 },
      { kind: 'table', row: 2, column: 2, slot: 2 },
    ])
  })

  it('[GRID1] defaults to one slot per position', () => {
    expect(generateTableGrid({ rows: 1, columns: 3 })).toEqual([
      { kind: 'table', row: 1, column: 1, slot: 1 },
      { kind: 'table', row: 1, column: 2, slot: 1 },
      { kind: 'table', row: 1, column: 3, slot: 1 },
    ])
  })

  it('[GRID1] yields rows × columns × slots distinct cells', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 4 }),
        (rows, columns, slotsPerPosition) => {
          const cells = generateTableGrid({ rows, columns, slotsPerPosition })
          expect(cells).toHaveLength(rows * columns * slotsPerPosition)
          const keys = cells.map((c) => c.row * 1e6 + c.column * 10 + c.slot)
          expect([...keys].sort((a, b) => a - b)).toEqual(keys)
          expect(new Set(keys).size).toBe(keys.length)
        },
      ),
    )
  })

  it('[GRID3] accepts the largest grid', () => {
    expect(generateTableGrid({ rows: 200, columns: 200, slotsPerPosition: 4 })).toHaveLength(
      160_000,
    )
  })
})

describe('generateRackGrid', () => {
  it('[GRID2] maps levels to rows and hangers to columns', () => {
    expect(generateRackGrid({ levels: 2, hangersPerLevel: 2 })).toEqual([
      { kind: 'rack', row: 1, column: 1, slot: 1 },
      { kind: 'rack', row: 1, column: 2, slot: 1 },
      { kind: 'rack', row: 2, column: 1, slot: 1 },
      { kind: 'rack', row: 2, column: 2, slot: 1 },
    ])
  })
})

describe('grid limits', () => {
  it.each([
    ['rows 0', () => generateTableGrid({ rows: 0, columns: 1 }), 'rows', 0, 200],
    ['rows 201', () => generateTableGrid({ rows: 201, columns: 1 }), 'rows', 201, 200],
    ['columns 1.5', () => generateTableGrid({ rows: 1, columns: 1.5 }), 'columns', 1.5, 200],
    [
      'columns NaN',
      () => generateTableGrid({ rows: 1, columns: Number.NaN }),
      'columns',
      Number.NaN,
      200,
    ],
    [
      'slots 5',
      () => generateTableGrid({ rows: 1, columns: 1, slotsPerPosition: 5 }),
      'slotsPerPosition',
      5,
      4,
    ],
    [
      'slots 0',
      () => generateRackGrid({ levels: 1, hangersPerLevel: 1, slotsPerPosition: 0 }),
      'slotsPerPosition',
      0,
      4,
    ],
    ['levels 201', () => generateRackGrid({ levels: 201, hangersPerLevel: 1 }), 'levels', 201, 200],
    [
      'hangers -1',
      () => generateRackGrid({ levels: 1, hangersPerLevel: -1 }),
      'hangersPerLevel',
      -1,
      200,
    ],
  ])('[GRID3] refuses %s with GRID.OUT_OF_RANGE', (_title, run, field, value, max) => {
    const error = gridError(run)
    expect(error.code).toBe('GRID.OUT_OF_RANGE')
    expect(error.details).toEqual({ field, value, min: 1, max })
    expect(error.message).toMatch(new RegExp(`^${field} must be a whole number from 1 to ${max}`))
  })

  it.each([
    [{ rows: 200, columns: 200 }, true],
    [{ rows: 201, columns: 1 }, false],
    [{ rows: 1, columns: 1, slotsPerPosition: 5 }, false],
    [{ rows: 1.5, columns: 1 }, false],
  ])('[GRID3] TableGridInputSchema agrees with the generator on %j', (input, ok) => {
    expect(TableGridInputSchema.safeParse(input).success).toBe(ok)
  })

  it('[GRID3] the schemas default slotsPerPosition to 1', () => {
    expect(TableGridInputSchema.parse({ rows: 1, columns: 1 }).slotsPerPosition).toBe(1)
    expect(RackGridInputSchema.parse({ levels: 1, hangersPerLevel: 1 }).slotsPerPosition).toBe(1)
  })
})

describe('addressFormForSectionType', () => {
  it.each<[SectionType, 'table' | 'rack']>([
    ['FLOOR', 'table'],
    ['TABLE', 'table'],
    ['TRAY', 'table'],
    ['RACK', 'rack'],
    ['HANGER', 'rack'],
  ])('[GRID4] %s → %s', (type, form) => {
    expect(addressFormForSectionType(type)).toBe(form)
  })

  it('[GRID4] covers every section type', () => {
    expect(SectionTypeSchema.options).toEqual(['FLOOR', 'TABLE', 'RACK', 'HANGER', 'TRAY'])
  })
})

describe('generateSectionAddresses', () => {
  const veg = { property: 'MAIN', building: 'GROW1', room: 'VEG-A', section: 'LEFT' }
  const dry = { property: 'MAIN', building: 'DRY', room: 'DRY-A', section: 'RACK1' }

  it('[GRID5] writes table addresses in grid order', () => {
    expect(
      generateSectionAddresses(veg, 'TABLE', { rows: 1, columns: 2 }).map((p) => p.address),
    ).toEqual(['MAIN.GROW1.VEG-A.LEFT.R1.C1.P1', 'MAIN.GROW1.VEG-A.LEFT.R1.C2.P1'])
  })

  it('[GRID5] writes rack addresses with L and H', () => {
    expect(
      generateSectionAddresses(dry, 'HANGER', { rows: 2, columns: 1, slotsPerPosition: 2 }),
    ).toEqual([
      { kind: 'rack', row: 1, column: 1, slot: 1, address: 'MAIN.DRY.DRY-A.RACK1.L1.H1.P1' },
      { kind: 'rack', row: 1, column: 1, slot: 2, address: 'MAIN.DRY.DRY-A.RACK1.L1.H1.P2' },
      { kind: 'rack', row: 2, column: 1, slot: 1, address: 'MAIN.DRY.DRY-A.RACK1.L2.H1.P1' },
      { kind: 'rack', row: 2, column: 1, slot: 2, address: 'MAIN.DRY.DRY-A.RACK1.L2.H1.P2' },
    ])
  })

  it('[GRID5] every address equals formatPositionAddress of its cell, is unique and within the section', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<SectionType>('FLOOR', 'TABLE', 'RACK', 'HANGER', 'TRAY'),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 4 }),
        (type, rows, columns, slotsPerPosition) => {
          const positions = generateSectionAddresses(veg, type, { rows, columns, slotsPerPosition })
          for (const p of positions) {
            const expected =
              p.kind === 'rack'
                ? formatPositionAddress({
                    kind: 'rack',
                    ...veg,
                    level: p.row,
                    hanger: p.column,
                    slot: p.slot,
                  })
                : formatPositionAddress({
                    kind: 'table',
                    ...veg,
                    row: p.row,
                    column: p.column,
                    slot: p.slot,
                  })
            expect(p.address).toBe(expected)
            expect(isAddressWithinPrefix(p.address, 'MAIN.GROW1.VEG-A.LEFT')).toBe(true)
          }
          expect(new Set(positions.map((p) => p.address)).size).toBe(positions.length)
        },
      ),
    )
  })

  it('[GRID5] refuses a bad code naming the segment', () => {
    const error = gridError(() =>
      generateSectionAddresses({ ...veg, room: 'veg a' }, 'TABLE', { rows: 1, columns: 1 }),
    )
    expect(error.code).toBe('ADDRESS.INVALID_SEGMENT')
    expect(error.details['segmentIndex']).toBe(3)
  })

  it('[GRID5] refuses a grid outside the limits', () => {
    expect(
      gridError(() => generateSectionAddresses(dry, 'RACK', { rows: 0, columns: 1 })).details,
    ).toMatchObject({
      field: 'levels',
    })
  })
})
