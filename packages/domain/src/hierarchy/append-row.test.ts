import { describe, expect, it } from 'vitest'
import { formatPositionAddress } from '../addressing/position-address.ts'
import { DomainError } from '../errors/domain-error.ts'
import { generateRowAddresses, nextRowNumber } from './append-row.ts'

const codes = { property: 'MAIN', building: 'GROW1', room: 'VEG-A', section: 'LEFT' }

describe('nextRowNumber', () => {
  it.each([
    [[], 1],
    [[1, 2, 3], 4],
    [[1, 3], 4],
    [[5, 2], 6],
  ])('[HIER6] after rows %j comes row %i (gaps are not refilled)', (existing, next) => {
    expect(nextRowNumber(existing)).toBe(next)
  })

  it('[HIER6] refuses a row past the grid limit', () => {
    const rows = Array.from({ length: 200 }, (_, i) => i + 1)
    expect(() => nextRowNumber(rows)).toThrow(DomainError)
    expect(() => nextRowNumber(rows)).toThrow(/at most 200 rows/)
  })
})

describe('generateRowAddresses', () => {
  it('[HIER6] addresses a table row in R/C form, column then slot', () => {
    const cells = generateRowAddresses(codes, 'TABLE', {
      number: 7,
      columns: 2,
      slotsPerPosition: 2,
    })
    expect(cells.map((cell) => cell.address)).toEqual([
      'MAIN.GROW1.VEG-A.LEFT.R7.C1.P1',
      'MAIN.GROW1.VEG-A.LEFT.R7.C1.P2',
      'MAIN.GROW1.VEG-A.LEFT.R7.C2.P1',
      'MAIN.GROW1.VEG-A.LEFT.R7.C2.P2',
    ])
    expect(cells[0]).toMatchObject({ kind: 'table', row: 7, column: 1, slot: 1 })
  })

  it('[HIER6] addresses a rack level in L/H form, each as formatPositionAddress would', () => {
    const cells = generateRowAddresses(codes, 'HANGER', { number: 3, columns: 4 })
    expect(cells).toHaveLength(4)
    for (const cell of cells) {
      expect(cell.address).toBe(
        formatPositionAddress({
          kind: 'rack',
          ...codes,
          level: cell.row,
          hanger: cell.column,
          slot: cell.slot,
        }),
      )
    }
  })

  it('[HIER6] refuses out-of-range grids and bad codes', () => {
    expect(() => generateRowAddresses(codes, 'TABLE', { number: 0, columns: 2 })).toThrow(
      /rows must be a whole number/,
    )
    expect(() => generateRowAddresses(codes, 'TABLE', { number: 1, columns: 201 })).toThrow(
      /columns must be/,
    )
    expect(() =>
      generateRowAddresses({ ...codes, room: 'veg' }, 'TABLE', { number: 1, columns: 1 }),
    ).toThrow(/segment 3/)
  })
})
