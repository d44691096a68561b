import { describe, expect, it } from 'vitest'
import {
  buildGridMatrix,
  columnHeader,
  moveInGrid,
  rowHeader,
  selectedColumnsKey,
  type RoomGridCell,
} from './room-grid-model.ts'

function cells(rows: number, columns: number, slots = 1, skip: string[] = []): RoomGridCell[] {
  const out: RoomGridCell[] = []
  for (let row = 1; row <= rows; row++)
    for (let column = 1; column <= columns; column++)
      for (let slot = 1; slot <= slots; slot++) {
        const id = `${row}-${column}-${slot}`
        if (!skip.includes(id))
          out.push({ id, row, column, slot, label: id, tone: 'empty', symbol: '' })
      }
  return out
}

describe('buildGridMatrix', () => {
  it('lays cells out by row and column, in any input order', () => {
    const matrix = buildGridMatrix(cells(2, 3).reverse(), 2, 3)
    expect(matrix.rows.map((row) => row.map((cell) => cell?.id))).toEqual([
      ['1-1-1', '1-2-1', '1-3-1'],
      ['2-1-1', '2-2-1', '2-3-1'],
    ])
    expect(matrix.indexById.get('2-3-1')).toEqual([1, 2])
  })

  it('gives every slot its own display column', () => {
    const matrix = buildGridMatrix(cells(1, 2, 2), 1, 2)
    expect(matrix.columnCount).toBe(4)
    expect(matrix.rows[0]?.map((cell) => cell?.id)).toEqual(['1-1-1', '1-1-2', '1-2-1', '1-2-2'])
    expect(columnHeader('table', 2, 3)).toBe('C2 P2')
  })

  it('leaves missing positions empty', () => {
    const matrix = buildGridMatrix(cells(1, 3, 1, ['1-2-1']), 1, 3)
    expect(matrix.rows[0]?.[1]).toBeNull()
  })
})

describe('moveInGrid', () => {
  const matrix = buildGridMatrix(cells(3, 4, 1, ['2-2-1']), 3, 4)

  it.each([
    ['ArrowRight', [0, 0], [0, 1]],
    ['ArrowLeft', [0, 0], [0, 0]],
    ['ArrowDown', [2, 3], [2, 3]],
    ['ArrowUp', [1, 0], [0, 0]],
    ['Home', [1, 3], [1, 0]],
    ['End', [1, 0], [1, 3]],
    ['PageUp', [2, 2], [0, 2]],
    ['PageDown', [0, 2], [2, 2]],
  ] as const)('%s from %j goes to %j', (key, from, to) => {
    expect(moveInGrid(matrix, from, key)).toEqual(to)
  })

  it('skips a missing position', () => {
    expect(moveInGrid(matrix, [1, 0], 'ArrowRight')).toEqual([1, 2])
    expect(moveInGrid(matrix, [0, 1], 'ArrowDown')).toEqual([2, 1])
  })

  it('Ctrl+Home and Ctrl+End reach the corners', () => {
    expect(moveInGrid(matrix, [1, 2], 'Home', true)).toEqual([0, 0])
    expect(moveInGrid(matrix, [1, 2], 'End', true)).toEqual([2, 3])
  })
})

describe('labels and selection keys', () => {
  it('uses R/C on tables and L/H on racks', () => {
    expect(rowHeader('table', 2)).toBe('R3')
    expect(rowHeader('rack', 0)).toBe('L1')
    expect(columnHeader('rack', 1, 4)).toBe('H5')
  })

  it('keys a row by its selected columns only', () => {
    const row = buildGridMatrix(cells(1, 4), 1, 4).rows[0] ?? []
    expect(selectedColumnsKey(row, new Set(['1-2-1', '1-4-1', 'elsewhere']))).toBe('1,3,')
    expect(selectedColumnsKey(row, new Set())).toBe('')
  })
})
